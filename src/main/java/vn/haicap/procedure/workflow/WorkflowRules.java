package vn.haicap.procedure.workflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.haicap.procedure.AgencyLevel;
import vn.haicap.procedure.StepKind;
import vn.haicap.procedure.StepShare;
import vn.haicap.procedure.WorkflowStep;
import vn.haicap.procedure.WorkflowStepDraft;
import vn.haicap.procedure.WorkflowViolation;
import vn.haicap.shared.Role;

/**
 * The rules a workflow definition must follow. Every broken rule is reported (not only the first), each
 * with a stable code and the step concerned:
 *
 * <ul>
 *   <li>it starts with {@code receive} and ends with {@code return}, and has at least one {@code process};
 *   <li>kinds, roles and agency levels are known ones; steps are done by staff, not by applicants;
 *   <li>{@code sign} is done by a {@code leader}, exactly once (the competent decision), after the
 *       appraisal; after it come only {@code transfer_back} and {@code return};
 *   <li>every {@code transfer_out} is followed later by a {@code transfer_back}, and no {@code transfer_back}
 *       comes without one;
 *   <li>each share is positive, given as a percentage or in hours (not both), and the shares add up to
 *       100 % of the time limit (hours count against the procedure's reference limit in working hours).
 * </ul>
 */
public final class WorkflowRules {

    public static final int MAX_STEPS = 40;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Percentages are compared to two decimals: 33.33 + 33.33 + 33.34 is 100. */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private static final Set<Role> APPLICANTS = EnumSet.of(Role.CITIZEN, Role.BUSINESS);

    private WorkflowRules() {}

    /** The validated steps, or the violations. */
    public record Outcome(List<WorkflowStep> steps, List<WorkflowViolation> violations) {

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    /**
     * @param limitHours the procedure's reference time limit in working hours, or null when it is not
     *     counted in working time (then shares must be percentages)
     */
    public static Outcome check(List<WorkflowStepDraft> drafts, @Nullable BigDecimal limitHours) {
        List<WorkflowViolation> violations = new ArrayList<>();
        if (drafts.isEmpty()) {
            return new Outcome(List.of(), List.of(WorkflowViolation.of("procedure.workflow.empty", 0)));
        }
        if (drafts.size() > MAX_STEPS) {
            return new Outcome(
                    List.of(), List.of(WorkflowViolation.of("procedure.workflow.too-many-steps", 0, MAX_STEPS)));
        }
        List<WorkflowStep> steps = new ArrayList<>();
        List<StepKind> kinds = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            WorkflowStep step = step(i + 1, drafts.get(i), violations);
            if (step != null) {
                steps.add(step);
            }
            kinds.add(
                    drafts.get(i).kind() == null
                            ? null
                            : StepKind.fromKey(drafts.get(i).kind()).orElse(null));
        }
        order(kinds, violations);
        transfers(kinds, violations);
        shares(drafts, limitHours, violations);
        violations.sort(java.util.Comparator.comparingInt(WorkflowViolation::step));
        return violations.isEmpty()
                ? new Outcome(List.copyOf(steps), List.of())
                : new Outcome(List.of(), List.copyOf(violations));
    }

    /** Checks a stored definition again, e.g. against a procedure version with another time limit. */
    public static Outcome recheck(List<WorkflowStep> steps, @Nullable BigDecimal limitHours) {
        return check(steps.stream().map(WorkflowRules::draft).toList(), limitHours);
    }

    public static WorkflowStepDraft draft(WorkflowStep step) {
        return new WorkflowStepDraft(
                step.kind().key(),
                step.role().key(),
                step.agency().key(),
                step.agencyName(),
                step.share().percent(),
                step.share().hours());
    }

    private static @Nullable WorkflowStep step(
            int number, WorkflowStepDraft draft, List<WorkflowViolation> violations) {
        Optional<StepKind> kind = Optional.ofNullable(draft.kind()).flatMap(StepKind::fromKey);
        if (kind.isEmpty()) {
            violations.add(
                    WorkflowViolation.of("procedure.workflow.kind-unknown", number, String.valueOf(draft.kind())));
        }
        Role role = role(draft.role());
        if (role == null) {
            violations.add(
                    WorkflowViolation.of("procedure.workflow.role-unknown", number, String.valueOf(draft.role())));
        } else if (APPLICANTS.contains(role)) {
            violations.add(WorkflowViolation.of("procedure.workflow.role-not-staff", number, role.key()));
        }
        Optional<AgencyLevel> agency = Optional.ofNullable(draft.agency()).flatMap(AgencyLevel::fromKey);
        if (agency.isEmpty()) {
            violations.add(
                    WorkflowViolation.of("procedure.workflow.agency-unknown", number, String.valueOf(draft.agency())));
        }
        String agencyName = draft.agencyName() == null || draft.agencyName().isBlank()
                ? null
                : draft.agencyName().strip();
        if (agency.orElse(null) == AgencyLevel.OTHER_AGENCY && agencyName == null) {
            violations.add(WorkflowViolation.of("procedure.workflow.agency-name-missing", number));
        }
        if (kind.orElse(null) == StepKind.SIGN && role != null && role != Role.LEADER) {
            violations.add(WorkflowViolation.of("procedure.workflow.sign-not-leader", number, role.key()));
        }
        StepShare share = new StepShare(draft.sharePercent(), draft.shareHours());
        if (kind.isEmpty() || role == null || agency.isEmpty()) {
            return null;
        }
        return new WorkflowStep(kind.get(), role, agency.get(), agencyName, share);
    }

    private static @Nullable Role role(@Nullable String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        for (Role role : Role.values()) {
            if (role.key().equals(key.strip().toLowerCase(java.util.Locale.ROOT))) {
                return role;
            }
        }
        return null;
    }

    private static void order(List<StepKind> kinds, List<WorkflowViolation> violations) {
        if (kinds.get(0) != StepKind.RECEIVE) {
            violations.add(WorkflowViolation.of("procedure.workflow.first-not-receive", 1));
        }
        if (kinds.get(kinds.size() - 1) != StepKind.RETURN) {
            violations.add(WorkflowViolation.of("procedure.workflow.last-not-return", kinds.size()));
        }
        if (!kinds.contains(StepKind.PROCESS)) {
            violations.add(WorkflowViolation.of("procedure.workflow.no-process-step", 0));
        }
        int sign = kinds.indexOf(StepKind.SIGN);
        if (sign < 0) {
            violations.add(WorkflowViolation.of("procedure.workflow.no-sign-step", 0));
            return;
        }
        if (kinds.lastIndexOf(StepKind.SIGN) != sign) {
            violations.add(
                    WorkflowViolation.of("procedure.workflow.sign-not-once", kinds.lastIndexOf(StepKind.SIGN) + 1));
        }
        if (kinds.indexOf(StepKind.PROCESS) > sign) {
            violations.add(WorkflowViolation.of("procedure.workflow.sign-before-process", sign + 1));
        }
        for (int i = sign + 1; i < kinds.size(); i++) {
            StepKind kind = kinds.get(i);
            if (kind != null && kind != StepKind.SIGN && kind != StepKind.TRANSFER_BACK && kind != StepKind.RETURN) {
                violations.add(WorkflowViolation.of("procedure.workflow.step-after-sign", i + 1, kind.key()));
            }
        }
    }

    private static void transfers(List<StepKind> kinds, List<WorkflowViolation> violations) {
        // a stack of open transfers: each transfer_back closes the latest transfer_out
        java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) == StepKind.TRANSFER_OUT) {
                open.push(i + 1);
            } else if (kinds.get(i) == StepKind.TRANSFER_BACK) {
                if (open.isEmpty()) {
                    violations.add(WorkflowViolation.of("procedure.workflow.transfer-back-without-out", i + 1));
                } else {
                    open.pop();
                }
            }
        }
        open.descendingIterator()
                .forEachRemaining(
                        step -> violations.add(WorkflowViolation.of("procedure.workflow.transfer-not-returned", step)));
    }

    private static void shares(
            List<WorkflowStepDraft> drafts, @Nullable BigDecimal limitHours, List<WorkflowViolation> violations) {
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        for (int i = 0; i < drafts.size(); i++) {
            int number = i + 1;
            BigDecimal percent = drafts.get(i).sharePercent();
            BigDecimal hours = drafts.get(i).shareHours();
            if ((percent == null) == (hours == null)) {
                violations.add(WorkflowViolation.of("procedure.workflow.share-missing", number));
                complete = false;
                continue;
            }
            BigDecimal value = percent != null ? percent : hours;
            if (value.signum() <= 0) {
                violations.add(
                        WorkflowViolation.of("procedure.workflow.share-not-positive", number, value.toPlainString()));
                complete = false;
                continue;
            }
            if (percent != null) {
                total = total.add(percent);
            } else if (limitHours == null || limitHours.signum() <= 0) {
                violations.add(WorkflowViolation.of("procedure.workflow.hours-without-limit", number));
                complete = false;
            } else {
                total = total.add(hours.multiply(HUNDRED).divide(limitHours, 6, RoundingMode.HALF_UP));
            }
        }
        if (complete && total.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
            violations.add(WorkflowViolation.of(
                    "procedure.workflow.shares-not-100",
                    0,
                    total.setScale(2, RoundingMode.HALF_UP).toPlainString()));
        }
    }
}
