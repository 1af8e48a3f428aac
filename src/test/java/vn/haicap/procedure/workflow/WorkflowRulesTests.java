package vn.haicap.procedure.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.haicap.procedure.WorkflowStepDraft;
import vn.haicap.procedure.WorkflowViolation;

class WorkflowRulesTests {

    /** 5 working days. */
    private static final BigDecimal LIMIT_HOURS = BigDecimal.valueOf(40);

    private static WorkflowStepDraft step(String kind, String role, String percent) {
        return new WorkflowStepDraft(kind, role, "commune", null, new BigDecimal(percent), null);
    }

    private static List<WorkflowStepDraft> valid() {
        return new ArrayList<>(List.of(
                step("receive", "counter_officer", "10"),
                step("process", "specialist", "60"),
                step("sign", "leader", "20"),
                step("return", "counter_officer", "10")));
    }

    private static List<String> codes(List<WorkflowStepDraft> steps, @Nullable BigDecimal limit) {
        return WorkflowRules.check(steps, limit).violations().stream()
                .map(WorkflowViolation::code)
                .toList();
    }

    @Test
    void acceptsAWellFormedDefinition() {
        WorkflowRules.Outcome outcome = WorkflowRules.check(valid(), LIMIT_HOURS);
        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.steps()).hasSize(4);
    }

    @Test
    void mustStartWithReceive() {
        List<WorkflowStepDraft> steps = valid();
        steps.set(0, step("check", "counter_officer", "10"));
        assertThat(codes(steps, LIMIT_HOURS)).containsExactly("procedure.workflow.first-not-receive");
    }

    @Test
    void mustEndWithReturn() {
        List<WorkflowStepDraft> steps = valid();
        steps.remove(3);
        steps.set(2, step("sign", "leader", "30"));
        assertThat(WorkflowRules.check(steps, LIMIT_HOURS).violations())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo("procedure.workflow.last-not-return");
                    assertThat(v.step()).isEqualTo(3);
                });
    }

    @Test
    void signMustBeDoneByALeader() {
        List<WorkflowStepDraft> steps = valid();
        steps.set(2, step("sign", "specialist", "20"));
        assertThat(WorkflowRules.check(steps, LIMIT_HOURS).violations())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo("procedure.workflow.sign-not-leader");
                    assertThat(v.arguments()).containsExactly(3, "specialist");
                });
    }

    @Test
    void everyTransferOutNeedsALaterTransferBack() {
        List<WorkflowStepDraft> steps = valid();
        steps.add(1, step("transfer_out", "counter_officer", "0.1"));
        steps.set(2, step("process", "specialist", "59.9"));
        assertThat(codes(steps, LIMIT_HOURS)).containsExactly("procedure.workflow.transfer-not-returned");
        steps.add(3, step("transfer_back", "specialist", "0.1"));
        steps.set(2, step("process", "specialist", "59.8"));
        assertThat(codes(steps, LIMIT_HOURS)).isEmpty();
    }

    @Test
    void aTransferBackNeedsAnEarlierTransferOut() {
        List<WorkflowStepDraft> steps = valid();
        steps.add(1, step("transfer_back", "specialist", "5"));
        steps.set(2, step("process", "specialist", "55"));
        assertThat(codes(steps, LIMIT_HOURS)).containsExactly("procedure.workflow.transfer-back-without-out");
    }

    @Test
    void sharesMustBePositive() {
        List<WorkflowStepDraft> steps = valid();
        steps.set(1, step("process", "specialist", "0"));
        assertThat(codes(steps, LIMIT_HOURS)).containsExactly("procedure.workflow.share-not-positive");
    }

    @Test
    void sharesMustAddUpToTheWholeLimit() {
        List<WorkflowStepDraft> steps = valid();
        steps.set(1, step("process", "specialist", "50"));
        assertThat(WorkflowRules.check(steps, LIMIT_HOURS).violations())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo("procedure.workflow.shares-not-100");
                    assertThat(v.arguments()).containsExactly(0, "90.00");
                });
    }

    @Test
    void hoursCountAgainstTheLimitInWorkingHours() {
        List<WorkflowStepDraft> steps = List.of(
                new WorkflowStepDraft("receive", "counter_officer", "commune", null, null, new BigDecimal("4")),
                new WorkflowStepDraft("process", "specialist", "commune", null, new BigDecimal("70"), null),
                new WorkflowStepDraft("sign", "leader", "commune", null, null, new BigDecimal("4")),
                new WorkflowStepDraft("return", "counter_officer", "commune", null, new BigDecimal("10"), null));
        assertThat(codes(steps, LIMIT_HOURS)).isEmpty();
        assertThat(codes(steps, BigDecimal.valueOf(80))).containsExactly("procedure.workflow.shares-not-100");
        assertThat(codes(steps, null))
                .containsExactly("procedure.workflow.hours-without-limit", "procedure.workflow.hours-without-limit");
    }

    @Test
    void eachShareIsAPercentageOrHoursNotBoth() {
        List<WorkflowStepDraft> steps = valid();
        steps.set(
                1,
                new WorkflowStepDraft(
                        "process", "specialist", "commune", null, new BigDecimal("60"), new BigDecimal("8")));
        assertThat(codes(steps, LIMIT_HOURS)).containsExactly("procedure.workflow.share-missing");
    }

    @Test
    void refusesUnknownRolesKindsAndAgencies() {
        List<WorkflowStepDraft> steps = valid();
        steps.set(1, new WorkflowStepDraft("process", "wizard", "commune", null, new BigDecimal("60"), null));
        steps.set(2, new WorkflowStepDraft("bless", "leader", "heaven", null, new BigDecimal("20"), null));
        assertThat(codes(steps, LIMIT_HOURS))
                .containsExactly(
                        "procedure.workflow.no-sign-step",
                        "procedure.workflow.role-unknown",
                        "procedure.workflow.kind-unknown",
                        "procedure.workflow.agency-unknown");
    }

    @Test
    void applicantsDoNotActInTheWorkflow() {
        List<WorkflowStepDraft> steps = valid();
        steps.set(1, step("process", "citizen", "60"));
        assertThat(codes(steps, LIMIT_HOURS)).containsExactly("procedure.workflow.role-not-staff");
    }

    @Test
    void anotherAgencyMustBeNamed() {
        List<WorkflowStepDraft> steps = valid();
        steps.set(1, new WorkflowStepDraft("process", "specialist", "other_agency", " ", new BigDecimal("60"), null));
        assertThat(codes(steps, LIMIT_HOURS)).containsExactly("procedure.workflow.agency-name-missing");
    }

    @Test
    void needsAProcessStep() {
        List<WorkflowStepDraft> steps = valid();
        steps.set(1, step("review", "leader", "60"));
        assertThat(codes(steps, LIMIT_HOURS)).containsExactly("procedure.workflow.no-process-step");
    }

    @Test
    void anEmptyDefinitionIsRefused() {
        assertThat(codes(List.of(), LIMIT_HOURS)).containsExactly("procedure.workflow.empty");
    }

    @Test
    void reportsEveryBrokenRuleInStepOrder() {
        List<WorkflowStepDraft> steps = List.of(step("sign", "specialist", "50"), step("process", "specialist", "20"));
        assertThat(WorkflowRules.check(steps, LIMIT_HOURS).violations())
                .extracting(WorkflowViolation::code)
                .containsExactly(
                        "procedure.workflow.shares-not-100",
                        "procedure.workflow.sign-not-leader",
                        "procedure.workflow.first-not-receive",
                        "procedure.workflow.sign-before-process",
                        "procedure.workflow.last-not-return",
                        "procedure.workflow.step-after-sign");
    }

    @Test
    void theCompetentLeaderSignsOnceAfterTheAppraisalAndOnlyTheReturnFollows() {
        List<WorkflowStepDraft> noSign = valid();
        noSign.set(2, step("review", "leader", "20"));
        assertThat(codes(noSign, LIMIT_HOURS)).containsExactly("procedure.workflow.no-sign-step");

        List<WorkflowStepDraft> twice = valid();
        twice.set(2, step("sign", "leader", "10"));
        twice.add(3, step("sign", "leader", "10"));
        assertThat(codes(twice, LIMIT_HOURS)).containsExactly("procedure.workflow.sign-not-once");

        List<WorkflowStepDraft> reviewAfter = valid();
        reviewAfter.set(2, step("sign", "leader", "10"));
        reviewAfter.add(3, step("review", "leader", "10"));
        assertThat(codes(reviewAfter, LIMIT_HOURS)).containsExactly("procedure.workflow.step-after-sign");
    }
}
