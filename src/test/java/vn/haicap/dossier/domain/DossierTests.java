package vn.haicap.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.haicap.calendar.DeadlinePolicy;
import vn.haicap.dossier.DossierAction;
import vn.haicap.dossier.DossierStatus;
import vn.haicap.procedure.AgencyLevel;
import vn.haicap.procedure.StepKind;
import vn.haicap.procedure.StepShare;
import vn.haicap.procedure.WorkflowStep;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Jurisdiction;
import vn.haicap.shared.Role;

class DossierTests {

    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    static final Jurisdiction COMMUNE = Jurisdiction.commune("01", "00004");
    static final Jurisdiction PROVINCE = Jurisdiction.province("01");
    static final Actor CITIZEN = new Actor("citizen", Set.of(Role.CITIZEN), Jurisdiction.NONE);
    static final Actor STRANGER = new Actor("someone-else", Set.of(Role.CITIZEN), Jurisdiction.NONE);
    static final Actor COUNTER = new Actor("counter.hanoi", Set.of(Role.COUNTER_OFFICER), COMMUNE);
    static final Actor SPECIALIST = new Actor("specialist.hanoi", Set.of(Role.SPECIALIST), COMMUNE);
    static final Actor LEADER = new Actor("leader.hanoi", Set.of(Role.LEADER), COMMUNE);
    static final Actor DEPARTMENT_SPECIALIST =
            new Actor("specialist.department.hanoi", Set.of(Role.SPECIALIST), PROVINCE);
    static final Actor DEPARTMENT_LEADER = new Actor("leader.department.hanoi", Set.of(Role.LEADER), PROVINCE);
    static final long THREE_DAYS = 3 * 480;

    /** Decided at the commune: 10 % to receive, 60 % to appraise, 10 % each to review, sign and return. */
    static final Route COMMUNE_ROUTE = new Route(List.of(
            step(StepKind.RECEIVE, Role.COUNTER_OFFICER, AgencyLevel.COMMUNE, 10),
            step(StepKind.PROCESS, Role.SPECIALIST, AgencyLevel.COMMUNE, 60),
            step(StepKind.REVIEW, Role.LEADER, AgencyLevel.COMMUNE, 10),
            step(StepKind.SIGN, Role.LEADER, AgencyLevel.COMMUNE, 10),
            step(StepKind.RETURN, Role.COUNTER_OFFICER, AgencyLevel.COMMUNE, 10)));

    /** Received at the commune, decided by a provincial department, returned at the commune. */
    static final Route PROVINCE_ROUTE = new Route(List.of(
            step(StepKind.RECEIVE, Role.COUNTER_OFFICER, AgencyLevel.COMMUNE, 10),
            step(StepKind.TRANSFER_OUT, Role.COUNTER_OFFICER, AgencyLevel.COMMUNE, 5),
            step(StepKind.PROCESS, Role.SPECIALIST, AgencyLevel.DEPARTMENT, 50),
            step(StepKind.REVIEW, Role.LEADER, AgencyLevel.DEPARTMENT, 10),
            step(StepKind.SIGN, Role.LEADER, AgencyLevel.DEPARTMENT, 10),
            step(StepKind.TRANSFER_BACK, Role.SPECIALIST, AgencyLevel.DEPARTMENT, 5),
            step(StepKind.RETURN, Role.COUNTER_OFFICER, AgencyLevel.COMMUNE, 10)));

    final WorkingClock clock = new ContinuousClock();

    static WorkflowStep step(StepKind kind, Role role, AgencyLevel agency, int percent) {
        return new WorkflowStep(kind, role, agency, null, StepShare.percent(BigDecimal.valueOf(percent)));
    }

    static Dossier submitted() {
        return submitted(COMMUNE_ROUTE);
    }

    static Dossier submitted(Route route) {
        NewDossier request = new NewDossier(
                "1.001022",
                1,
                1,
                "Đăng ký thường trú",
                THREE_DAYS,
                null,
                DeadlinePolicy.WORKING_TIME,
                SubmissionChannel.ONLINE,
                new Applicant("citizen", "Nguyễn Văn A", "001099000001", "Hà Nội", "a@example.vn", null),
                "01",
                "00004",
                "commune");
        return Dossier.submit(request, route, "H01.00004-261123-0001", CheckCode.hash("ABC234"), "citizen", T0);
    }

    Dossier received() {
        Dossier dossier = submitted();
        dossier.receive(COUNTER, T0, clock);
        return dossier;
    }

    Dossier inProcess() {
        Dossier dossier = received();
        dossier.startProcessing(COUNTER, T0.plusMinutes(10), clock);
        return dossier;
    }

    Dossier processed() {
        Dossier dossier = inProcess();
        dossier.complete(SPECIALIST, null, T0.plusHours(1), clock);
        dossier.complete(LEADER, "Reviewed", T0.plusMinutes(90), clock);
        return dossier;
    }

    static void assertProblem(ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aNewDossierIsSubmittedWithItsCodeButNoClockYet() {
        Dossier dossier = submitted();
        assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.data().receivedAt()).isNull();
        assertThat(dossier.data().dueAt()).isNull();
        assertThat(dossier.data().version()).isEqualTo(1);
        assertThat(dossier.recorded())
                .singleElement()
                .satisfies(t -> assertThat(t.action()).isEqualTo(DossierAction.SUBMIT));
    }

    @Test
    void receiptStartsTheClockAndFixesTheAppointment() {
        Dossier dossier = received();
        assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(dossier.data().receivedAt()).isEqualTo(T0);
        assertThat(dossier.data().dueAt()).isEqualTo(T0.plusMinutes(THREE_DAYS));
        assertThat(dossier.data().originalDueAt()).isEqualTo(dossier.data().dueAt());
        assertThat(dossier.data().calendarRevision()).isEqualTo(7);
        assertThat(dossier.recorded()).last().satisfies(t -> {
            assertThat(t.from()).isEqualTo(DossierStatus.SUBMITTED);
            assertThat(t.to()).isEqualTo(DossierStatus.RECEIVED);
            assertThat(t.actor()).isEqualTo("counter.hanoi");
        });
    }

    @Test
    void onlyACounterOfficerReceives() {
        assertProblem(() -> submitted().receive(SPECIALIST, T0, clock), "dossier.step-role-required");
        assertProblem(() -> submitted().receive(CITIZEN, T0, clock), "dossier.step-role-required");
    }

    @Test
    void aReceivedDossierCannotBeReceivedAgain() {
        assertProblem(() -> received().receive(COUNTER, T0, clock), "dossier.transition-not-allowed");
    }

    @Test
    void refusalNeedsReasonsAndEndsTheDossier() {
        assertProblem(() -> submitted().refuse(COUNTER, " ", T0), "dossier.reason-required");
        Dossier dossier = submitted();
        dossier.refuse(COUNTER, "Not within this unit's competence", T0);
        assertThat(dossier.status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(dossier.status().terminal()).isTrue();
        assertProblem(() -> dossier.receive(COUNTER, T0, clock), "dossier.transition-not-allowed");
    }

    @Test
    void aSupplementBeforeReceiptReturnsTheDossierToSubmitted() {
        Dossier dossier = submitted();
        dossier.requestSupplement(COUNTER, "Missing the birth certificate", T0, clock);
        assertThat(dossier.status()).isEqualTo(DossierStatus.SUPPLEMENT_BEFORE_RECEIPT);
        dossier.supplement(CITIZEN, T0.plusDays(2), clock);
        assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.data().dueAt()).isNull();
    }

    @Test
    void aSupplementRequestNeedsTheListOfWhatIsMissing() {
        assertProblem(() -> inProcess().requestSupplement(SPECIALIST, null, T0, clock), "dossier.reason-required");
    }

    @Test
    void aSupplementDuringProcessingPausesTheClockAndTheApplicantsTimeIsExcluded() {
        Dossier dossier = inProcess();
        dossier.requestSupplement(SPECIALIST, "Missing the landlord's consent", T0.plusHours(2), clock);
        assertThat(dossier.status()).isEqualTo(DossierStatus.SUPPLEMENT_IN_PROCESS);
        assertThat(dossier.data().pausedRemainingMinutes()).isEqualTo(THREE_DAYS - 120);
        assertThat(dossier.overdue(T0.plusDays(30))).isFalse();

        OffsetDateTime back = T0.plusDays(5);
        dossier.supplement(CITIZEN, back, clock);
        assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROCESS);
        assertThat(dossier.data().dueAt()).isEqualTo(back.plusMinutes(THREE_DAYS - 120));
        assertThat(dossier.data().originalDueAt()).isEqualTo(T0.plusMinutes(THREE_DAYS));
        assertThat(dossier.data().pausedRemainingMinutes()).isNull();
    }

    @Test
    void aSupplementDuringProcessingMayBeRequestedOnlyOnce() {
        Dossier dossier = inProcess();
        dossier.requestSupplement(SPECIALIST, "Missing item", T0.plusHours(2), clock);
        dossier.supplement(CITIZEN, T0.plusHours(5), clock);
        assertProblem(
                () -> dossier.requestSupplement(SPECIALIST, "Another item", T0.plusHours(6), clock),
                "dossier.supplement-only-once");
    }

    @Test
    void onlyTheApplicantOrTheCounterHandsInASupplement() {
        Dossier dossier = inProcess();
        dossier.requestSupplement(SPECIALIST, "Missing item", T0.plusHours(2), clock);
        assertProblem(() -> dossier.supplement(STRANGER, T0.plusHours(3), clock), "dossier.action-forbidden");
        dossier.supplement(COUNTER, T0.plusHours(3), clock);
        assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROCESS);
    }

    @Test
    void aSupplementAfterTheDeadlinePassedLeavesTheDossierOverdue() {
        Dossier dossier = inProcess();
        dossier.requestSupplement(SPECIALIST, "Missing item", T0.plusDays(10), clock);
        assertThat(dossier.data().pausedRemainingMinutes()).isZero();
        dossier.supplement(CITIZEN, T0.plusDays(12), clock);
        assertThat(dossier.overdue(T0.plusDays(12).plusMinutes(1))).isTrue();
    }

    @Test
    void theHappyPathEndsReturned() {
        Dossier dossier = processed();
        dossier.approve(LEADER, null, T0.plusHours(2), clock);
        assertThat(dossier.status()).isEqualTo(DossierStatus.RESOLVED_APPROVED);
        assertThat(dossier.data().finishedAt()).isEqualTo(T0.plusHours(2));
        dossier.issueResult(COUNTER, T0.plusHours(3));
        assertThat(dossier.status()).isEqualTo(DossierStatus.RESULT_AT_COUNTER);
        dossier.returnResult(COUNTER, T0.plusHours(4), clock);
        assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(dossier.data().step().kind()).isNull();
        assertThat(dossier.recorded())
                .extracting(Transition::action)
                .containsExactly(
                        DossierAction.SUBMIT,
                        DossierAction.RECEIVE,
                        DossierAction.START_PROCESSING,
                        DossierAction.COMPLETE,
                        DossierAction.COMPLETE,
                        DossierAction.APPROVE,
                        DossierAction.ISSUE_RESULT,
                        DossierAction.RETURN);
        assertThat(dossier.recorded())
                .extracting(Transition::step)
                .containsExactly(
                        null,
                        StepKind.RECEIVE,
                        null,
                        StepKind.PROCESS,
                        StepKind.REVIEW,
                        StepKind.SIGN,
                        null,
                        StepKind.RETURN);
    }

    @Test
    void eachStepGetsItsShareOfTheLimitFromTheMomentItStarts() {
        Dossier dossier = received();
        // T6: an electronic dossier received before 15:00 is handed over at once
        assertThat(dossier.data().step().kind()).isEqualTo(StepKind.PROCESS);
        assertThat(dossier.data().step().dueAt()).isEqualTo(T0);
        dossier.startProcessing(COUNTER, T0.plusMinutes(10), clock);
        // 60 % of three working days
        assertThat(dossier.data().step().dueAt()).isEqualTo(T0.plusMinutes(10 + 864));
        dossier.complete(SPECIALIST, null, T0.plusDays(2), clock);
        assertThat(dossier.recorded()).last().satisfies(t -> {
            assertThat(t.step()).isEqualTo(StepKind.PROCESS);
            assertThat(t.stepDueAt()).isEqualTo(T0.plusMinutes(10 + 864));
            assertThat(HandoverOutcome.of(t.at(), t.stepDueAt())).isEqualTo(HandoverOutcome.LATE);
        });
        assertThat(dossier.data().step().kind()).isEqualTo(StepKind.REVIEW);
        assertThat(dossier.data().step().dueAt()).isEqualTo(T0.plusDays(2).plusMinutes(144));
    }

    @Test
    void aPaperDossierIsHandedOverWithinOneWorkingDay() {
        NewDossier request = new NewDossier(
                "1.001022",
                1,
                1,
                "Đăng ký thường trú",
                THREE_DAYS,
                null,
                DeadlinePolicy.WORKING_TIME,
                SubmissionChannel.COUNTER,
                new Applicant(null, "Nguyễn Văn A", "001099000001", "Hà Nội", null, null),
                "01",
                "00004",
                "commune");
        Dossier dossier =
                Dossier.submit(request, COMMUNE_ROUTE, "H01.00004-261123-0002", CheckCode.hash("ABC234"), "x", T0);
        dossier.receive(COUNTER, T0, clock);
        assertThat(dossier.data().step().dueAt()).isEqualTo(T0.plusMinutes(480));
    }

    @Test
    void theWorkflowDecidesWhoActsNext() {
        Dossier dossier = inProcess();
        assertProblem(() -> dossier.complete(LEADER, null, T0, clock), "dossier.step-role-required");
        assertProblem(() -> dossier.approve(LEADER, null, T0, clock), "dossier.transition-not-allowed");
        assertProblem(() -> dossier.transfer(SPECIALIST, null, T0, clock), "dossier.step-not-current");
        dossier.complete(SPECIALIST, null, T0.plusHours(1), clock);
        assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROCESS);
        assertProblem(() -> dossier.complete(SPECIALIST, null, T0, clock), "dossier.step-role-required");
        dossier.complete(LEADER, null, T0.plusHours(2), clock);
        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSED);
        assertThat(dossier.data().step().kind()).isEqualTo(StepKind.SIGN);
    }

    @Test
    void onlyTheLeaderDecides() {
        assertProblem(() -> processed().approve(SPECIALIST, null, T0, clock), "dossier.step-role-required");
        assertProblem(() -> processed().reject(COUNTER, "x", T0, clock), "dossier.step-role-required");
        assertProblem(() -> inProcess().approve(LEADER, null, T0, clock), "dossier.transition-not-allowed");
    }

    @Test
    void aRefusalOfEligibilityNeedsReasonsAndStillGoesBackToTheApplicant() {
        assertProblem(() -> processed().reject(LEADER, "", T0, clock), "dossier.reason-required");
        Dossier dossier = processed();
        dossier.reject(LEADER, "The applicant does not reside here", T0.plusHours(2), clock);
        assertThat(dossier.status()).isEqualTo(DossierStatus.RESOLVED_NOT_ELIGIBLE);
        dossier.issueResult(COUNTER, T0.plusHours(3));
        dossier.returnResult(COUNTER, T0.plusHours(4), clock);
        assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
    }

    @Test
    void theDossierTravelsToTheProvincialDepartmentAndBack() {
        Dossier dossier = submitted(PROVINCE_ROUTE);
        dossier.receive(COUNTER, T0, clock);
        dossier.startProcessing(COUNTER, T0.plusMinutes(5), clock);
        assertProblem(() -> dossier.complete(SPECIALIST, null, T0, clock), "dossier.step-not-current");
        dossier.transfer(
                COUNTER, "Decided by the Department of Agriculture and Environment", T0.plusMinutes(10), clock);
        assertThat(dossier.data().processingLevel()).isEqualTo(ProcessingLevel.PROVINCE);
        assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROCESS);
        assertProblem(() -> dossier.transfer(COUNTER, null, T0, clock), "dossier.step-not-current");
        // the commune's own specialist does not appraise for the department
        assertProblem(() -> dossier.complete(SPECIALIST, null, T0, clock), "dossier.step-agency-required");
        dossier.complete(DEPARTMENT_SPECIALIST, null, T0.plusHours(1), clock);
        dossier.complete(DEPARTMENT_LEADER, null, T0.plusHours(2), clock);
        assertProblem(() -> dossier.approve(LEADER, null, T0, clock), "dossier.step-agency-required");
        dossier.approve(DEPARTMENT_LEADER, null, T0.plusHours(3), clock);
        assertThat(dossier.status()).isEqualTo(DossierStatus.RESOLVED_APPROVED);
        assertProblem(() -> dossier.issueResult(COUNTER, T0), "dossier.step-not-current");
        dossier.transferBack(DEPARTMENT_SPECIALIST, null, T0.plusHours(4), clock);
        assertThat(dossier.data().processingLevel()).isEqualTo(ProcessingLevel.COMMUNE);
        assertProblem(() -> dossier.transferBack(DEPARTMENT_SPECIALIST, null, T0, clock), "dossier.step-not-current");
        dossier.issueResult(COUNTER, T0.plusHours(5));
        dossier.returnResult(COUNTER, T0.plusHours(6), clock);
        assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
        assertProblem(() -> received().transfer(COUNTER, null, T0, clock), "dossier.transition-not-allowed");
    }

    @Test
    void theApplicantWithdrawsBeforeADecisionButNotAfter() {
        Dossier dossier = inProcess();
        assertProblem(() -> dossier.withdraw(STRANGER, "changed my mind", T0), "dossier.action-forbidden");
        assertProblem(() -> dossier.withdraw(CITIZEN, null, T0), "dossier.reason-required");
        dossier.withdraw(CITIZEN, "changed my mind", T0.plusHours(1));
        assertThat(dossier.status()).isEqualTo(DossierStatus.STOPPED);

        Dossier decided = processed();
        decided.approve(LEADER, null, T0.plusHours(2), clock);
        assertProblem(() -> decided.withdraw(CITIZEN, "too late", T0.plusHours(3)), "dossier.transition-not-allowed");
    }

    @Test
    void theCounterCancelsWithAReason() {
        assertProblem(() -> received().cancel(COUNTER, null, T0), "dossier.reason-required");
        assertProblem(() -> received().cancel(CITIZEN, "x", T0), "dossier.action-forbidden");
        Dossier dossier = received();
        dossier.cancel(COUNTER, "Registered twice by mistake", T0.plusHours(1));
        assertThat(dossier.status()).isEqualTo(DossierStatus.CANCELLED);
        assertProblem(() -> dossier.startProcessing(COUNTER, T0, clock), "dossier.transition-not-allowed");
    }

    @Test
    void anExtensionMovesTheAppointmentOnceWithAnApology() {
        Dossier dossier = inProcess();
        assertProblem(() -> dossier.extend(LEADER, null, 2, T0, clock), "dossier.reason-required");
        assertProblem(
                () -> dossier.extend(LEADER, "Site visit needed", 0, T0, clock), "dossier.extension-days-required");
        assertProblem(() -> dossier.extend(SPECIALIST, "Site visit needed", 2, T0, clock), "dossier.action-forbidden");
        dossier.extend(LEADER, "Site visit needed", 2, T0.plusHours(1), clock);
        assertThat(dossier.data().dueAt()).isEqualTo(T0.plusMinutes(THREE_DAYS + 2 * 480));
        assertThat(dossier.data().originalDueAt()).isEqualTo(T0.plusMinutes(THREE_DAYS));
        assertThat(dossier.data().extensionReason()).isEqualTo("Site visit needed");
        assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROCESS);
        assertThat(dossier.data().extensionLate()).isFalse();
        assertProblem(() -> dossier.extend(LEADER, "Again", 1, T0.plusHours(2), clock), "dossier.extension-only-once");
    }

    @Test
    void anExtensionLessThanOneWorkingDayBeforeTheAppointmentIsMarkedLate() {
        Dossier dossier = inProcess();
        OffsetDateTime due = dossier.data().dueAt();
        dossier.extend(LEADER, "Site visit needed", 2, due.minusMinutes(479), clock);
        assertThat(dossier.data().extensionLate()).isTrue();
        assertThat(dossier.data().dueAt()).isEqualTo(due.plusMinutes(960));

        Dossier inTime = inProcess();
        inTime.extend(LEADER, "Site visit needed", 2, due.minusMinutes(480), clock);
        assertThat(inTime.data().extensionLate()).isFalse();
    }

    @Test
    void anExtensionWhilePausedAddsToTheTimeLeft() {
        Dossier dossier = inProcess();
        dossier.requestSupplement(SPECIALIST, "Missing item", T0, clock);
        dossier.extend(LEADER, "Expert opinion", 1, T0.plusHours(1), clock);
        assertThat(dossier.data().pausedRemainingMinutes()).isEqualTo(THREE_DAYS + 480);
    }

    @Test
    void noExtensionBeforeReceiptOrAfterTheEnd() {
        assertProblem(() -> submitted().extend(LEADER, "x", 1, T0, clock), "dossier.transition-not-allowed");
    }

    @Test
    void dueSoonMeansLessThanOneWorkingDayLeftAndOverdueMeansPastTheAppointment() {
        Dossier dossier = inProcess();
        OffsetDateTime due = dossier.data().dueAt();
        assertThat(dossier.dueSoon(due.minusMinutes(481), clock)).isFalse();
        assertThat(dossier.dueSoon(due.minusMinutes(479), clock)).isTrue();
        assertThat(dossier.overdue(due)).isFalse();
        assertThat(dossier.overdue(due.plusMinutes(1))).isTrue();
        assertThat(dossier.dueSoon(due.plusMinutes(1), clock)).isFalse();
    }

    @Test
    void aDecidedDossierIsNeverOverdue() {
        Dossier dossier = processed();
        dossier.approve(LEADER, null, T0.plusHours(2), clock);
        assertThat(dossier.overdue(T0.plusDays(100))).isFalse();
    }

    @Test
    void theApiActionsMapToTheVerbs() {
        Dossier dossier = submitted();
        Consumer<String> act = action -> dossier.perform(DossierAction.parse(action), COUNTER, null, null, T0, clock);
        act.accept("receive");
        act.accept("start_processing");
        assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROCESS);
        assertProblem(() -> DossierAction.parse("submit"), "dossier.action-unknown");
        assertProblem(() -> DossierAction.parse("teleport"), "dossier.action-unknown");
    }
}
