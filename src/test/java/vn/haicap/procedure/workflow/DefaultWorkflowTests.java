package vn.haicap.procedure.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.haicap.procedure.AgencyLevel;
import vn.haicap.procedure.Channel;
import vn.haicap.procedure.ChannelKind;
import vn.haicap.procedure.CompetentLevel;
import vn.haicap.procedure.Fee;
import vn.haicap.procedure.OnlineServiceLevel;
import vn.haicap.procedure.ProcedureView;
import vn.haicap.procedure.StepKind;
import vn.haicap.procedure.StepShare;
import vn.haicap.procedure.Target;
import vn.haicap.procedure.TimeLimit;
import vn.haicap.procedure.WorkflowStep;
import vn.haicap.procedure.parsing.TimeLimitParser;
import vn.haicap.shared.Role;

class DefaultWorkflowTests {

    private static ProcedureView procedure(List<CompetentLevel> levels, String limit) {
        TimeLimit timeLimit = TimeLimitParser.parse(limit).orElse(null);
        return new ProcedureView(
                "1.000001",
                1,
                "Thử",
                "Hộ tịch",
                levels,
                List.of(Target.CITIZEN),
                List.of(new Channel(ChannelKind.COUNTER, timeLimit, limit, Fee.free("Miễn phí"), null)),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                true,
                OnlineServiceLevel.NONE,
                LocalDate.of(2025, 7, 1),
                null);
    }

    private static BigDecimal limitHours(ProcedureView p) {
        return p.referenceLimit().map(TimeLimit::inWorkingHours).orElse(null);
    }

    @Test
    void aCommuneProcedureIsReceivedProcessedSignedAndReturnedAtTheCommune() {
        ProcedureView p = procedure(List.of(CompetentLevel.COMMUNE), "05 ngày làm việc");
        List<WorkflowStep> steps = DefaultWorkflow.forProcedure(p);
        assertThat(steps)
                .extracting(WorkflowStep::kind)
                .containsExactly(StepKind.RECEIVE, StepKind.PROCESS, StepKind.REVIEW, StepKind.SIGN, StepKind.RETURN);
        assertThat(steps)
                .extracting(WorkflowStep::role)
                .containsExactly(Role.COUNTER_OFFICER, Role.SPECIALIST, Role.LEADER, Role.LEADER, Role.COUNTER_OFFICER);
        assertThat(steps).allSatisfy(s -> assertThat(s.agency()).isEqualTo(AgencyLevel.COMMUNE));
        assertThat(steps.get(0).share()).isEqualTo(StepShare.hours(BigDecimal.valueOf(4)));
        assertThat(steps.stream().map(s -> s.share().hours()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("40");
        assertThat(WorkflowRules.recheck(steps, limitHours(p)).violations()).isEmpty();
    }

    @Test
    void aProvinceProcedureGoesToTheDepartmentAndBack() {
        ProcedureView p = procedure(List.of(CompetentLevel.PROVINCE), "15 ngày làm việc");
        List<WorkflowStep> steps = DefaultWorkflow.forProcedure(p);
        assertThat(steps)
                .extracting(WorkflowStep::kind)
                .containsExactly(
                        StepKind.RECEIVE,
                        StepKind.TRANSFER_OUT,
                        StepKind.PROCESS,
                        StepKind.REVIEW,
                        StepKind.SIGN,
                        StepKind.TRANSFER_BACK,
                        StepKind.RETURN);
        assertThat(steps.get(2).agency()).isEqualTo(AgencyLevel.DEPARTMENT);
        assertThat(steps.get(4).role()).isEqualTo(Role.LEADER);
        assertThat(WorkflowRules.recheck(steps, limitHours(p)).violations()).isEmpty();
    }

    @Test
    void shortOrCalendarLimitsGetPercentages() {
        for (String limit : List.of("Trong ngày", "04 giờ làm việc", "30 ngày", "Không quy định", "1 ngày làm việc")) {
            ProcedureView p = procedure(List.of(CompetentLevel.COMMUNE), limit);
            List<WorkflowStep> steps = DefaultWorkflow.forProcedure(p);
            assertThat(steps)
                    .as(limit)
                    .allSatisfy(s -> assertThat(s.share().percent()).isNotNull());
            assertThat(WorkflowRules.recheck(steps, limitHours(p)).violations())
                    .as(limit)
                    .isEmpty();
        }
    }

    @Test
    void everyLimitFromTwoDaysUpGetsAValidHourlyDefinition() {
        for (int halfDays = 4; halfDays <= 120; halfDays++) {
            String limit =
                    BigDecimal.valueOf(halfDays).divide(BigDecimal.valueOf(2)).toPlainString() + " ngày làm việc";
            for (List<CompetentLevel> levels :
                    List.of(List.of(CompetentLevel.COMMUNE), List.of(CompetentLevel.PROVINCE))) {
                ProcedureView p = procedure(levels, limit);
                assertThat(WorkflowRules.recheck(DefaultWorkflow.forProcedure(p), limitHours(p))
                                .violations())
                        .as(limit + " " + levels)
                        .isEmpty();
            }
        }
    }
}
