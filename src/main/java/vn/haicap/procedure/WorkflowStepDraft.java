package vn.haicap.procedure;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A step as an administrator wrote it, before validation: kinds, roles and agency levels are their keys
 * ({@code sign}, {@code leader}, {@code department}) so that unknown values are reported as rule
 * violations rather than as unreadable requests.
 */
public record WorkflowStepDraft(
        @Nullable String kind,
        @Nullable String role,
        @Nullable String agency,
        @Nullable String agencyName,
        @Nullable BigDecimal sharePercent,
        @Nullable BigDecimal shareHours) {}
