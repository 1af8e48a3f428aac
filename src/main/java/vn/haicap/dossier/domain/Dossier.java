package vn.haicap.dossier.domain;

import static vn.haicap.dossier.DossierStatus.CANCELLED;
import static vn.haicap.dossier.DossierStatus.IN_PROCESS;
import static vn.haicap.dossier.DossierStatus.PROCESSED;
import static vn.haicap.dossier.DossierStatus.RECEIVED;
import static vn.haicap.dossier.DossierStatus.REFUSED;
import static vn.haicap.dossier.DossierStatus.RESOLVED_APPROVED;
import static vn.haicap.dossier.DossierStatus.RESOLVED_NOT_ELIGIBLE;
import static vn.haicap.dossier.DossierStatus.RESULT_AT_COUNTER;
import static vn.haicap.dossier.DossierStatus.RETURNED;
import static vn.haicap.dossier.DossierStatus.STOPPED;
import static vn.haicap.dossier.DossierStatus.SUBMITTED;
import static vn.haicap.dossier.DossierStatus.SUPPLEMENT_BEFORE_RECEIPT;
import static vn.haicap.dossier.DossierStatus.SUPPLEMENT_IN_PROCESS;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.haicap.dossier.DossierAction;
import vn.haicap.dossier.DossierStatus;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Role;

/**
 * A dossier and its life-cycle (one-stop-shop.md §7). Each verb checks the actor's role, the current
 * state and the rule's conditions, moves the state, keeps the clock, and records a {@link Transition}
 * that the repository stores in the same transaction.
 */
public final class Dossier {

    private DossierData data;
    private final List<Transition> recorded = new ArrayList<>();

    private Dossier(DossierData data) {
        this.data = data;
    }

    public static Dossier restore(DossierData data) {
        return new Dossier(data);
    }

    /** A new dossier: it gets its code at once (the API answers with it), the clock starts only at receipt. */
    public static Dossier submit(
            NewDossier request, String code, String checkCodeHash, String actor, OffsetDateTime now) {
        Dossier dossier = new Dossier(new DossierData(
                code,
                request.procedureCode(),
                request.procedureVersion(),
                request.workflowVersion(),
                request.procedureName(),
                request.channel(),
                request.applicant(),
                request.receivingProvince(),
                request.receivingCommune(),
                request.competentLevel(),
                ProcessingLevel.COMMUNE,
                SUBMITTED,
                now,
                null,
                null,
                null,
                null,
                List.of(),
                request.timeLimitMinutes(),
                request.cutOff(),
                null,
                null,
                false,
                null,
                null,
                null,
                checkCodeHash,
                1));
        dossier.recorded.add(new Transition(DossierAction.SUBMIT, null, SUBMITTED, actor, now, null));
        return dossier;
    }

    public DossierData data() {
        return data;
    }

    public String code() {
        return data.code();
    }

    public DossierStatus status() {
        return data.status();
    }

    /** The transitions made since the dossier was loaded or created, oldest first. */
    public List<Transition> recorded() {
        return List.copyOf(recorded);
    }

    /**
     * Performs an action named by the API.
     *
     * @param extraWorkingDays for {@link DossierAction#EXTEND} only: how many working days to add
     */
    public void perform(
            DossierAction action,
            Actor actor,
            @Nullable String reason,
            @Nullable Double extraWorkingDays,
            OffsetDateTime now,
            WorkingClock clock) {
        switch (action) {
            case SUBMIT ->
                throw HaicapException.conflict("dossier.transition-not-allowed", action.key(), status().key());
            case RECEIVE -> receive(actor, now, clock);
            case REQUEST_SUPPLEMENT -> requestSupplement(actor, reason, now, clock);
            case SUPPLEMENT -> supplement(actor, now, clock);
            case REFUSE -> refuse(actor, reason, now);
            case START_PROCESSING -> startProcessing(actor, now);
            case TRANSFER -> transfer(actor, reason, now);
            case TRANSFER_BACK -> transferBack(actor, reason, now);
            case COMPLETE -> complete(actor, reason, now);
            case APPROVE -> approve(actor, reason, now);
            case REJECT -> reject(actor, reason, now);
            case ISSUE_RESULT -> issueResult(actor, now);
            case RETURN -> returnResult(actor, now);
            case WITHDRAW -> withdraw(actor, reason, now);
            case CANCEL -> cancel(actor, reason, now);
            case EXTEND -> extend(actor, reason, extraWorkingDays == null ? 0 : extraWorkingDays, now, clock);
        }
    }

    /** T5: the officer accepts a complete, valid dossier; the clock starts and the appointment is fixed. */
    public void receive(Actor actor, OffsetDateTime now, WorkingClock clock) {
        check(DossierAction.RECEIVE, actor, Set.of(SUBMITTED, SUPPLEMENT_BEFORE_RECEIPT));
        Appointment appointment = clock.due(now, data.timeLimitMinutes(), data.cutOff());
        move(
                DossierAction.RECEIVE,
                RECEIVED,
                actor,
                now,
                null,
                copy(RECEIVED)
                        .receivedAt(now)
                        .due(appointment)
                        .originalDueAt(appointment.due())
                        .holidaysSkipped(appointment.holidaysSkipped()));
    }

    /**
     * T3 before receipt, T8 during processing. D118 Art. 11: all missing items are listed at once, and
     * during processing a supplement may be requested only once; the clock pauses with the working time
     * left, since the time the applicant takes does not count.
     */
    public void requestSupplement(Actor actor, @Nullable String reason, OffsetDateTime now, WorkingClock clock) {
        DossierAction action = DossierAction.REQUEST_SUPPLEMENT;
        if (status() == SUBMITTED) {
            check(action, actor, Set.of(SUBMITTED), Role.COUNTER_OFFICER);
            requireReason(reason);
            move(action, SUPPLEMENT_BEFORE_RECEIPT, actor, now, reason, copy(SUPPLEMENT_BEFORE_RECEIPT));
            return;
        }
        check(action, actor, Set.of(IN_PROCESS));
        requireReason(reason);
        if (data.supplementRequestedInProcess()) {
            throw HaicapException.conflict("dossier.supplement-only-once", code());
        }
        long remaining = clock.workingMinutesBetween(now, Objects.requireNonNull(data.dueAt()));
        move(
                action,
                SUPPLEMENT_IN_PROCESS,
                actor,
                now,
                reason,
                copy(SUPPLEMENT_IN_PROCESS)
                        .pausedAt(now)
                        .pausedRemainingMinutes(remaining)
                        .supplementRequestedInProcess(true));
    }

    /** T9 (and its counterpart before receipt): the applicant hands in what was missing; the clock restarts. */
    public void supplement(Actor actor, OffsetDateTime now, WorkingClock clock) {
        DossierAction action = DossierAction.SUPPLEMENT;
        requireApplicantOrRole(action, actor, Role.COUNTER_OFFICER);
        if (status() == SUPPLEMENT_BEFORE_RECEIPT) {
            move(action, SUBMITTED, actor, now, null, copy(SUBMITTED));
            return;
        }
        requireState(action, Set.of(SUPPLEMENT_IN_PROCESS));
        long remaining = Objects.requireNonNullElse(data.pausedRemainingMinutes(), 0L);
        Builder next = copy(IN_PROCESS).pausedAt(null).pausedRemainingMinutes(null);
        if (remaining > 0) {
            next.due(clock.due(now, remaining, null));
        } else {
            // paused when already late: the appointment stays in the past and the dossier stays overdue
            next.dueAt(now);
        }
        move(action, IN_PROCESS, actor, now, null, next);
    }

    /** T4: not receivable; the reasons are stated on the refusal slip (Form 03). */
    public void refuse(Actor actor, @Nullable String reason, OffsetDateTime now) {
        check(DossierAction.REFUSE, actor, Set.of(SUBMITTED, SUPPLEMENT_BEFORE_RECEIPT));
        requireReason(reason);
        move(DossierAction.REFUSE, REFUSED, actor, now, reason, copy(REFUSED).finishedAt(now));
    }

    /** T6: the one-stop unit hands the dossier to the processing agency. */
    public void startProcessing(Actor actor, OffsetDateTime now) {
        check(DossierAction.START_PROCESSING, actor, Set.of(RECEIVED));
        move(DossierAction.START_PROCESSING, IN_PROCESS, actor, now, null, copy(IN_PROCESS));
    }

    /** Inter-agency (liên thông): the commune sends the dossier to a provincial department; same code. */
    public void transfer(Actor actor, @Nullable String reason, OffsetDateTime now) {
        check(DossierAction.TRANSFER, actor, Set.of(IN_PROCESS));
        if (data.processingLevel() != ProcessingLevel.COMMUNE) {
            throw notAllowed(DossierAction.TRANSFER);
        }
        move(
                DossierAction.TRANSFER,
                IN_PROCESS,
                actor,
                now,
                reason,
                copy(IN_PROCESS).processingLevel(ProcessingLevel.PROVINCE));
    }

    public void transferBack(Actor actor, @Nullable String reason, OffsetDateTime now) {
        check(DossierAction.TRANSFER_BACK, actor, Set.of(IN_PROCESS));
        if (data.processingLevel() != ProcessingLevel.PROVINCE) {
            throw notAllowed(DossierAction.TRANSFER_BACK);
        }
        move(
                DossierAction.TRANSFER_BACK,
                IN_PROCESS,
                actor,
                now,
                reason,
                copy(IN_PROCESS).processingLevel(ProcessingLevel.COMMUNE));
    }

    /** The specialist has appraised the dossier and proposes a decision to the competent leader. */
    public void complete(Actor actor, @Nullable String reason, OffsetDateTime now) {
        check(DossierAction.COMPLETE, actor, Set.of(IN_PROCESS));
        move(DossierAction.COMPLETE, PROCESSED, actor, now, reason, copy(PROCESSED));
    }

    /** T11: the competent signer approves; the clock stops. */
    public void approve(Actor actor, @Nullable String reason, OffsetDateTime now) {
        check(DossierAction.APPROVE, actor, Set.of(PROCESSED));
        move(
                DossierAction.APPROVE,
                RESOLVED_APPROVED,
                actor,
                now,
                reason,
                copy(RESOLVED_APPROVED).finishedAt(now));
    }

    /** T12: not eligible, with the reasons in writing. */
    public void reject(Actor actor, @Nullable String reason, OffsetDateTime now) {
        check(DossierAction.REJECT, actor, Set.of(PROCESSED));
        requireReason(reason);
        move(
                DossierAction.REJECT,
                RESOLVED_NOT_ELIGIBLE,
                actor,
                now,
                reason,
                copy(RESOLVED_NOT_ELIGIBLE).finishedAt(now));
    }

    /** T13, first half: the result (or the notice of non-eligibility) waits at the counter. */
    public void issueResult(Actor actor, OffsetDateTime now) {
        check(DossierAction.ISSUE_RESULT, actor, Set.of(RESOLVED_APPROVED, RESOLVED_NOT_ELIGIBLE));
        move(DossierAction.ISSUE_RESULT, RESULT_AT_COUNTER, actor, now, null, copy(RESULT_AT_COUNTER));
    }

    /** T13, second half: handed to the applicant. */
    public void returnResult(Actor actor, OffsetDateTime now) {
        check(DossierAction.RETURN, actor, Set.of(RESULT_AT_COUNTER));
        move(DossierAction.RETURN, RETURNED, actor, now, null, copy(RETURNED));
    }

    /** T14: D118 Art. 21, the applicant may withdraw while no decision exists. */
    public void withdraw(Actor actor, @Nullable String reason, OffsetDateTime now) {
        requireApplicantOrRole(DossierAction.WITHDRAW, actor);
        requireState(DossierAction.WITHDRAW, undecided());
        requireReason(reason);
        move(DossierAction.WITHDRAW, STOPPED, actor, now, reason, copy(STOPPED).finishedAt(finishedOr(now)));
    }

    /** The one-stop unit cancels a dossier registered in error, before any decision. */
    public void cancel(Actor actor, @Nullable String reason, OffsetDateTime now) {
        check(DossierAction.CANCEL, actor, undecided());
        requireReason(reason);
        move(
                DossierAction.CANCEL,
                CANCELLED,
                actor,
                now,
                reason,
                copy(CANCELLED).finishedAt(finishedOr(now)));
    }

    /**
     * T10: the dossier will be late; the applicant gets an apology (Form 04) with the reason and a new
     * appointment. Re-scheduling is allowed only once.
     */
    public void extend(
            Actor actor, @Nullable String reason, double extraWorkingDays, OffsetDateTime now, WorkingClock clock) {
        check(DossierAction.EXTEND, actor, Set.of(RECEIVED, IN_PROCESS, SUPPLEMENT_IN_PROCESS, PROCESSED));
        requireReason(reason);
        if (data.extendedAt() != null) {
            throw HaicapException.conflict("dossier.extension-only-once", code());
        }
        if (!(extraWorkingDays > 0) || extraWorkingDays > 100) {
            throw HaicapException.invalid("dossier.extension-days-required");
        }
        long extra = Math.round(extraWorkingDays * clock.minutesPerWorkingDay());
        Builder next = copy(status()).extendedAt(now).extensionReason(reason);
        if (status() == SUPPLEMENT_IN_PROCESS) {
            next.pausedRemainingMinutes(Objects.requireNonNullElse(data.pausedRemainingMinutes(), 0L) + extra);
        } else {
            next.due(clock.due(Objects.requireNonNull(data.dueAt()), extra, null));
        }
        move(DossierAction.EXTEND, status(), actor, now, reason, next);
    }

    /** Overdue: the clock runs and the appointment in force has passed. */
    public boolean overdue(OffsetDateTime now) {
        OffsetDateTime due = data.dueAt();
        return status().clockRunning() && due != null && due.isBefore(now);
    }

    /** Due soon: less than one working day left on a running clock. */
    public boolean dueSoon(OffsetDateTime now, WorkingClock clock) {
        OffsetDateTime due = data.dueAt();
        return status().clockRunning()
                && due != null
                && !due.isBefore(now)
                && clock.workingMinutesBetween(now, due) < clock.minutesPerWorkingDay();
    }

    public boolean isApplicant(String username) {
        return username.equals(data.applicant().username());
    }

    private Set<DossierStatus> undecided() {
        return Set.of(SUBMITTED, SUPPLEMENT_BEFORE_RECEIPT, RECEIVED, IN_PROCESS, SUPPLEMENT_IN_PROCESS, PROCESSED);
    }

    private OffsetDateTime finishedOr(OffsetDateTime now) {
        return Objects.requireNonNullElse(data.finishedAt(), now);
    }

    private void check(DossierAction action, Actor actor, Set<DossierStatus> from) {
        requireRole(action, actor, Permissions.rolesFor(action));
        requireState(action, from);
    }

    private void check(DossierAction action, Actor actor, Set<DossierStatus> from, Role role) {
        requireRole(action, actor, Set.of(role));
        requireState(action, from);
    }

    private void requireRole(DossierAction action, Actor actor, Set<Role> roles) {
        if (actor.roles().stream().noneMatch(roles::contains)) {
            throw HaicapException.forbidden("dossier.action-forbidden", action.key());
        }
    }

    private void requireApplicantOrRole(DossierAction action, Actor actor, Role... roles) {
        if (!isApplicant(actor.username()) && actor.roles().stream().noneMatch(Set.of(roles)::contains)) {
            throw HaicapException.forbidden("dossier.action-forbidden", action.key());
        }
    }

    private void requireState(DossierAction action, Set<DossierStatus> from) {
        if (!from.contains(status())) {
            throw notAllowed(action);
        }
    }

    private HaicapException notAllowed(DossierAction action) {
        return HaicapException.conflict("dossier.transition-not-allowed", action.key(), status().key());
    }

    private static void requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw HaicapException.invalid("dossier.reason-required");
        }
    }

    private void move(
            DossierAction action,
            DossierStatus to,
            Actor actor,
            OffsetDateTime now,
            @Nullable String reason,
            Builder next) {
        DossierStatus from = status();
        data = next.status(to).build();
        record(action, from, actor, now, reason);
    }

    private void record(
            DossierAction action, DossierStatus from, Actor actor, OffsetDateTime now, @Nullable String reason) {
        recorded.add(
                new Transition(action, from, status(), actor.username(), now, reason == null ? null : reason.strip()));
    }

    private Builder copy(DossierStatus to) {
        return new Builder(data).status(to);
    }

    /** Copies the data with a few fields changed. */
    private static final class Builder {
        private final DossierData d;
        private DossierStatus status;
        private ProcessingLevel processingLevel;
        private @Nullable OffsetDateTime receivedAt;
        private @Nullable OffsetDateTime dueAt;
        private @Nullable OffsetDateTime originalDueAt;
        private @Nullable Long calendarRevision;
        private List<LocalDate> holidaysSkipped;
        private @Nullable OffsetDateTime pausedAt;
        private @Nullable Long pausedRemainingMinutes;
        private boolean supplementRequestedInProcess;
        private @Nullable OffsetDateTime extendedAt;
        private @Nullable String extensionReason;
        private @Nullable OffsetDateTime finishedAt;

        Builder(DossierData d) {
            this.d = d;
            this.status = d.status();
            this.processingLevel = d.processingLevel();
            this.receivedAt = d.receivedAt();
            this.dueAt = d.dueAt();
            this.originalDueAt = d.originalDueAt();
            this.calendarRevision = d.calendarRevision();
            this.holidaysSkipped = d.holidaysSkipped();
            this.pausedAt = d.pausedAt();
            this.pausedRemainingMinutes = d.pausedRemainingMinutes();
            this.supplementRequestedInProcess = d.supplementRequestedInProcess();
            this.extendedAt = d.extendedAt();
            this.extensionReason = d.extensionReason();
            this.finishedAt = d.finishedAt();
        }

        Builder status(DossierStatus status) {
            this.status = status;
            return this;
        }

        Builder receivedAt(OffsetDateTime at) {
            this.receivedAt = at;
            return this;
        }

        Builder due(Appointment appointment) {
            this.dueAt = appointment.due();
            this.calendarRevision = appointment.calendarRevision();
            return this;
        }

        Builder dueAt(OffsetDateTime due) {
            this.dueAt = due;
            return this;
        }

        Builder originalDueAt(OffsetDateTime due) {
            this.originalDueAt = due;
            return this;
        }

        Builder holidaysSkipped(List<LocalDate> days) {
            this.holidaysSkipped = days;
            return this;
        }

        Builder pausedAt(@Nullable OffsetDateTime at) {
            this.pausedAt = at;
            return this;
        }

        Builder pausedRemainingMinutes(@Nullable Long minutes) {
            this.pausedRemainingMinutes = minutes;
            return this;
        }

        Builder supplementRequestedInProcess(boolean requested) {
            this.supplementRequestedInProcess = requested;
            return this;
        }

        Builder extendedAt(OffsetDateTime at) {
            this.extendedAt = at;
            return this;
        }

        Builder extensionReason(@Nullable String reason) {
            this.extensionReason = reason;
            return this;
        }

        Builder finishedAt(OffsetDateTime at) {
            this.finishedAt = at;
            return this;
        }

        Builder processingLevel(ProcessingLevel level) {
            this.processingLevel = level;
            return this;
        }

        DossierData build() {
            return new DossierData(
                    d.code(),
                    d.procedureCode(),
                    d.procedureVersion(),
                    d.workflowVersion(),
                    d.procedureName(),
                    d.channel(),
                    d.applicant(),
                    d.receivingProvince(),
                    d.receivingCommune(),
                    d.competentLevel(),
                    processingLevel,
                    status,
                    d.submittedAt(),
                    receivedAt,
                    dueAt,
                    originalDueAt,
                    calendarRevision,
                    holidaysSkipped,
                    d.timeLimitMinutes(),
                    d.cutOff(),
                    pausedAt,
                    pausedRemainingMinutes,
                    supplementRequestedInProcess,
                    extendedAt,
                    extensionReason,
                    finishedAt,
                    d.checkCodeHash(),
                    d.version());
        }
    }
}
