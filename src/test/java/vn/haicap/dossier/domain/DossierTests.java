package vn.haicap.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.haicap.dossier.DossierAction;
import vn.haicap.dossier.DossierStatus;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Role;

class DossierTests {

    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    static final Actor CITIZEN = new Actor("citizen", Set.of(Role.CITIZEN));
    static final Actor STRANGER = new Actor("someone-else", Set.of(Role.CITIZEN));
    static final Actor COUNTER = new Actor("counter.hanoi", Set.of(Role.COUNTER_OFFICER));
    static final Actor SPECIALIST = new Actor("specialist.hanoi", Set.of(Role.SPECIALIST));
    static final Actor LEADER = new Actor("leader.hanoi", Set.of(Role.LEADER));
    static final long THREE_DAYS = 3 * 480;

    final WorkingClock clock = new ContinuousClock();

    static Dossier submitted() {
        NewDossier request = new NewDossier(
                "1.001022",
                1,
                1,
                "Đăng ký thường trú",
                THREE_DAYS,
                null,
                SubmissionChannel.ONLINE,
                new Applicant("citizen", "Nguyễn Văn A", "001099000001", "Hà Nội", "a@example.vn", null),
                "01",
                "00004",
                "commune");
        return Dossier.submit(request, "H01.00004-261123-0001", CheckCode.hash("ABC234"), "citizen", T0);
    }

    Dossier received() {
        Dossier dossier = submitted();
        dossier.receive(COUNTER, T0, clock);
        return dossier;
    }

    Dossier inProcess() {
        Dossier dossier = received();
        dossier.startProcessing(COUNTER, T0.plusMinutes(10));
        return dossier;
    }

    Dossier processed() {
        Dossier dossier = inProcess();
        dossier.complete(SPECIALIST, null, T0.plusHours(1));
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
        assertProblem(() -> submitted().receive(SPECIALIST, T0, clock), "dossier.action-forbidden");
        assertProblem(() -> submitted().receive(CITIZEN, T0, clock), "dossier.action-forbidden");
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
        dossier.approve(LEADER, null, T0.plusHours(2));
        assertThat(dossier.status()).isEqualTo(DossierStatus.RESOLVED_APPROVED);
        assertThat(dossier.data().finishedAt()).isEqualTo(T0.plusHours(2));
        dossier.issueResult(COUNTER, T0.plusHours(3));
        assertThat(dossier.status()).isEqualTo(DossierStatus.RESULT_AT_COUNTER);
        dossier.returnResult(COUNTER, T0.plusHours(4));
        assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(dossier.recorded())
                .extracting(Transition::action)
                .containsExactly(
                        DossierAction.SUBMIT,
                        DossierAction.RECEIVE,
                        DossierAction.START_PROCESSING,
                        DossierAction.COMPLETE,
                        DossierAction.APPROVE,
                        DossierAction.ISSUE_RESULT,
                        DossierAction.RETURN);
    }

    @Test
    void onlyTheLeaderDecides() {
        assertProblem(() -> processed().approve(SPECIALIST, null, T0), "dossier.action-forbidden");
        assertProblem(() -> processed().reject(COUNTER, "x", T0), "dossier.action-forbidden");
        assertProblem(() -> inProcess().approve(LEADER, null, T0), "dossier.transition-not-allowed");
    }

    @Test
    void aRefusalOfEligibilityNeedsReasonsAndStillGoesBackToTheApplicant() {
        assertProblem(() -> processed().reject(LEADER, "", T0), "dossier.reason-required");
        Dossier dossier = processed();
        dossier.reject(LEADER, "The applicant does not reside here", T0.plusHours(2));
        assertThat(dossier.status()).isEqualTo(DossierStatus.RESOLVED_NOT_ELIGIBLE);
        dossier.issueResult(COUNTER, T0.plusHours(3));
        dossier.returnResult(COUNTER, T0.plusHours(4));
        assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
    }

    @Test
    void aSpecialistTransfersToTheProvinceAndBack() {
        Dossier dossier = inProcess();
        dossier.transfer(SPECIALIST, "Province department decides", T0.plusHours(1));
        assertThat(dossier.data().processingLevel()).isEqualTo(ProcessingLevel.PROVINCE);
        assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROCESS);
        assertProblem(() -> dossier.transfer(SPECIALIST, null, T0.plusHours(2)), "dossier.transition-not-allowed");
        dossier.transferBack(SPECIALIST, null, T0.plusHours(3));
        assertThat(dossier.data().processingLevel()).isEqualTo(ProcessingLevel.COMMUNE);
        assertProblem(() -> dossier.transferBack(SPECIALIST, null, T0.plusHours(4)), "dossier.transition-not-allowed");
        assertProblem(() -> received().transfer(SPECIALIST, null, T0), "dossier.transition-not-allowed");
    }

    @Test
    void theApplicantWithdrawsBeforeADecisionButNotAfter() {
        Dossier dossier = inProcess();
        assertProblem(() -> dossier.withdraw(STRANGER, "changed my mind", T0), "dossier.action-forbidden");
        assertProblem(() -> dossier.withdraw(CITIZEN, null, T0), "dossier.reason-required");
        dossier.withdraw(CITIZEN, "changed my mind", T0.plusHours(1));
        assertThat(dossier.status()).isEqualTo(DossierStatus.STOPPED);

        Dossier decided = processed();
        decided.approve(LEADER, null, T0.plusHours(2));
        assertProblem(() -> decided.withdraw(CITIZEN, "too late", T0.plusHours(3)), "dossier.transition-not-allowed");
    }

    @Test
    void theCounterCancelsWithAReason() {
        assertProblem(() -> received().cancel(COUNTER, null, T0), "dossier.reason-required");
        assertProblem(() -> received().cancel(CITIZEN, "x", T0), "dossier.action-forbidden");
        Dossier dossier = received();
        dossier.cancel(COUNTER, "Registered twice by mistake", T0.plusHours(1));
        assertThat(dossier.status()).isEqualTo(DossierStatus.CANCELLED);
        assertProblem(() -> dossier.startProcessing(COUNTER, T0), "dossier.transition-not-allowed");
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
        assertProblem(() -> dossier.extend(LEADER, "Again", 1, T0.plusHours(2), clock), "dossier.extension-only-once");
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
        dossier.approve(LEADER, null, T0.plusHours(2));
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
