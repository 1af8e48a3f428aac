package vn.haicap.procedure.workflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.haicap.procedure.AgencyLevel;
import vn.haicap.procedure.CompetentLevel;
import vn.haicap.procedure.ProcedureView;
import vn.haicap.procedure.StepKind;
import vn.haicap.procedure.StepShare;
import vn.haicap.procedure.TimeLimit;
import vn.haicap.procedure.WorkflowStep;
import vn.haicap.shared.Role;

/**
 * The workflow a procedure starts with, for administrators to adapt: received at the public
 * administrative service centre by a counter officer in half a working day, processed by a specialist,
 * reviewed and signed by a leader, returned by a counter officer. A procedure decided only at province
 * level is transferred to the provincial department and back. Shares are in working hours when the limit
 * is counted in working time and long enough (two working days or more), else percentages.
 */
public final class DefaultWorkflow {

    public static final String PASC = "Trung tâm Phục vụ hành chính công";
    private static final BigDecimal RECEIVE_HOURS = BigDecimal.valueOf(4);
    private static final BigDecimal MIN_HOURS_FOR_HOURLY_SHARES = BigDecimal.valueOf(16);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal RECEIVE_PERCENT = BigDecimal.TEN;

    private record Part(
            StepKind kind,
            Role role,
            AgencyLevel agency,
            @Nullable String agencyName,
            int weight) {}

    private DefaultWorkflow() {}

    public static List<WorkflowStep> forProcedure(ProcedureView procedure) {
        boolean provinceOnly = procedure.levels().equals(List.of(CompetentLevel.PROVINCE));
        AgencyLevel desk = provinceOnly ? AgencyLevel.PROVINCE : AgencyLevel.COMMUNE;
        List<Part> rest = provinceOnly
                ? List.of(
                        new Part(StepKind.TRANSFER_OUT, Role.COUNTER_OFFICER, desk, PASC, 5),
                        new Part(StepKind.PROCESS, Role.SPECIALIST, AgencyLevel.DEPARTMENT, null, 50),
                        new Part(StepKind.REVIEW, Role.LEADER, AgencyLevel.DEPARTMENT, null, 10),
                        new Part(StepKind.SIGN, Role.LEADER, AgencyLevel.DEPARTMENT, null, 15),
                        new Part(StepKind.TRANSFER_BACK, Role.SPECIALIST, AgencyLevel.DEPARTMENT, null, 10),
                        new Part(StepKind.RETURN, Role.COUNTER_OFFICER, desk, PASC, 10))
                : List.of(
                        new Part(StepKind.PROCESS, Role.SPECIALIST, desk, null, 60),
                        new Part(StepKind.REVIEW, Role.LEADER, desk, null, 15),
                        new Part(StepKind.SIGN, Role.LEADER, desk, null, 15),
                        new Part(StepKind.RETURN, Role.COUNTER_OFFICER, desk, PASC, 10));
        BigDecimal limitHours =
                procedure.referenceLimit().map(TimeLimit::inWorkingHours).orElse(null);
        boolean hourly = limitHours != null && limitHours.compareTo(MIN_HOURS_FOR_HOURLY_SHARES) >= 0;
        List<WorkflowStep> steps = new ArrayList<>();
        steps.add(new WorkflowStep(
                StepKind.RECEIVE,
                Role.COUNTER_OFFICER,
                desk,
                PASC,
                hourly ? StepShare.hours(RECEIVE_HOURS) : StepShare.percent(RECEIVE_PERCENT)));
        BigDecimal remaining = hourly
                ? limitHours.subtract(RECEIVE_HOURS)
                : BigDecimal.valueOf(100).subtract(RECEIVE_PERCENT);
        BigDecimal left = remaining;
        for (int i = 0; i < rest.size(); i++) {
            Part part = rest.get(i);
            BigDecimal share;
            if (i == rest.size() - 1) {
                share = left;
            } else {
                BigDecimal exact = remaining
                        .multiply(BigDecimal.valueOf(part.weight()))
                        .divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
                share = hourly ? roundDownToHalf(exact).max(HALF) : exact.stripTrailingZeros();
            }
            left = left.subtract(share);
            steps.add(new WorkflowStep(
                    part.kind(),
                    part.role(),
                    part.agency(),
                    part.agencyName(),
                    hourly
                            ? StepShare.hours(share.stripTrailingZeros())
                            : StepShare.percent(share.stripTrailingZeros())));
        }
        return List.copyOf(steps);
    }

    private static BigDecimal roundDownToHalf(BigDecimal hours) {
        return hours.multiply(BigDecimal.valueOf(2))
                .setScale(0, RoundingMode.FLOOR)
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }
}
