package vn.haicap.procedure;

import org.jspecify.annotations.Nullable;
import vn.haicap.shared.Role;

/**
 * One step of a procedure's internal workflow.
 *
 * @param agencyName the acting agency when it matters, e.g. "Sở Xây dựng" or "Công an xã"
 */
public record WorkflowStep(
        StepKind kind,
        Role role,
        AgencyLevel agency,
        @Nullable String agencyName,
        StepShare share) {}
