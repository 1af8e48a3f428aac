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
import vn.haicap.procedure.AgencyLevel;
import vn.haicap.procedure.StepKind;
import vn.haicap.procedure.WorkflowStep;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Jurisdiction;
import vn.haicap.shared.Role;

/**
 * A dossier and its life-cycle (one-stop-shop.md §7). Each verb checks the actor's role, the current
 * state and the rule's conditions, moves the state, keeps the clock, and records a {@link Transition}
 * that the repository stores in the same transaction.
 */
public final class Dossier {

    /** Steps done at the receiving unit's desk: any centre of the province receives (D118 Art. 14(2)). */
    private static final Set<StepKind> DESK_STEPS = Set.of(StepKind.RECEIVE, StepKind.TRANSFER_OUT, StepKind.RETURN);

    private DossierData data;
    private final Route route;
    private final List<Transition> recorded = new ArrayList<>();

    private Dossier(DossierData data, Route route) {
        this.data = data;
        this.route = route;
    }

    public static Dossier restore(DossierData data, Route route) {
        return new Dossier(data, route);
    }

    /** A new dossier: it gets its code at once (the API answers with it), the clock starts only at receipt. */
    public static Dossier submit(
            NewDossier request, Route route, String code, String checkCodeHash, String actor, OffsetDateTime now) {
        Dossier dossier = new Dossier(
                new DossierData(
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
                        request.deadlinePolicy(),
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        CurrentStep.of(route, 0, null),
                        false,
                        checkCodeHash,
                        1),
                route);
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
            case START_PROCESSING -> startProcessing(actor, now, clock);
            case TRANSFER -> transfer(actor, reason, now, clock);
            case TRANSFER_BACK -> transferBack(actor, reason, now, clock);
            case COMPLETE -> complete(actor, reason, now, clock);
            case APPROVE -> approve(actor, reason, now, clock);
            case REJECT -> reject(actor, reason, now, clock);
            case ISSUE_RESULT -> issueResult(actor, now);
            case RETURN -> returnResult(actor, now, clock);
            case WITHDRAW -> withdraw(actor, reason, now);
            case CANCEL -> cancel(actor, reason, now);
            case EXTEND -> extend(actor, reason, extraWorkingDays == null ? 0 : extraWorkingDays, now, clock);
        }
    }

    /** T5: the officer accepts a complete, valid dossier; the clock starts and the appointment is fixed. */
    public void receive(Actor actor, OffsetDateTime now, WorkingClock clock) {
        requireState(DossierAction.RECEIVE, Set.of(SUBMITTED, SUPPLEMENT_BEFORE_RECEIPT));
        requireStep(DossierAction.RECEIVE, actor, StepKind.RECEIVE);
        Appointment appointment = clock.appointment(now, data.timeLimitMinutes(), data.cutOff(), data.deadlinePolicy());
        OffsetDateTime handover = clock.handoverDue(now, data.channel() == SubmissionChannel.ONLINE);
        moveOn(
                DossierAction.RECEIVE,
                RECEIVED,
                actor,
                now,
                null,
                copy(RECEIVED)
                        .receivedAt(now)
                        .due(appointment)
                        .originalDueAt(appointment.due())
                        .holidaysSkipped(appointment.holidaysSkipped()),
                handover);
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
        OffsetDateTime stepDue = data.step().dueAt();
        if (stepDue != null && data.pausedAt() != null) {
            // the step's budget pauses with the clock
            long stepLeft = clock.workingMinutesBetween(data.pausedAt(), stepDue);
            next.step(data.step()
                    .due(stepLeft > 0 ? clock.due(now, stepLeft, null).due() : now));
        }
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
    public void startProcessing(Actor actor, OffsetDateTime now, WorkingClock clock) {
        check(DossierAction.START_PROCESSING, actor, Set.of(RECEIVED));
        Builder next = copy(IN_PROCESS);
        if (!route.finished(data.step().index())) {
            // the hand-over was the receiving desk's; the next step's budget starts now
            next.step(data.step().due(stepDue(data.step().index(), now, clock)));
        }
        move(DossierAction.START_PROCESSING, IN_PROCESS, actor, now, null, next);
    }

    /** Inter-agency (liên thông): the dossier goes to the agency of the next step (e.g. a provincial department); same code. */
    public void transfer(Actor actor, @Nullable String reason, OffsetDateTime now, WorkingClock clock) {
        requireState(DossierAction.TRANSFER, Set.of(IN_PROCESS));
        requireStep(DossierAction.TRANSFER, actor, StepKind.TRANSFER_OUT);
        Builder next = copy(IN_PROCESS).processingLevel(levelOf(data.step().index() + 1));
        moveOn(DossierAction.TRANSFER, IN_PROCESS, actor, now, reason, next, clock);
    }

    /** The other agency sends the dossier back, before or after its decision. */
    public void transferBack(Actor actor, @Nullable String reason, OffsetDateTime now, WorkingClock clock) {
        requireState(DossierAction.TRANSFER_BACK, Set.of(IN_PROCESS, RESOLVED_APPROVED, RESOLVED_NOT_ELIGIBLE));
        requireStep(DossierAction.TRANSFER_BACK, actor, StepKind.TRANSFER_BACK);
        Builder next = copy(status()).processingLevel(levelOf(data.step().index() + 1));
        moveOn(DossierAction.TRANSFER_BACK, status(), actor, now, reason, next, clock);
    }

    /**
     * The check, appraisal or review step is done and the dossier goes on to the next step; it awaits the
     * competent leader (PROCESSED) when the next step is the signature.
     */
    public void complete(Actor actor, @Nullable String reason, OffsetDateTime now, WorkingClock clock) {
        requireState(DossierAction.COMPLETE, Set.of(IN_PROCESS));
        requireStep(DossierAction.COMPLETE, actor, StepKind.CHECK, StepKind.PROCESS, StepKind.REVIEW);
        int next = data.step().index() + 1;
        DossierStatus to = !route.finished(next) && route.step(next).kind() == StepKind.SIGN ? PROCESSED : IN_PROCESS;
        moveOn(DossierAction.COMPLETE, to, actor, now, reason, copy(to), clock);
    }

    /** T11: the competent signer approves; the clock stops. */
    public void approve(Actor actor, @Nullable String reason, OffsetDateTime now, WorkingClock clock) {
        requireState(DossierAction.APPROVE, Set.of(PROCESSED));
        requireStep(DossierAction.APPROVE, actor, StepKind.SIGN);
        moveOn(
                DossierAction.APPROVE,
                RESOLVED_APPROVED,
                actor,
                now,
                reason,
                copy(RESOLVED_APPROVED).finishedAt(now),
                clock);
    }

    /** T12: not eligible, with the reasons in writing. */
    public void reject(Actor actor, @Nullable String reason, OffsetDateTime now, WorkingClock clock) {
        requireState(DossierAction.REJECT, Set.of(PROCESSED));
        requireStep(DossierAction.REJECT, actor, StepKind.SIGN);
        requireReason(reason);
        moveOn(
                DossierAction.REJECT,
                RESOLVED_NOT_ELIGIBLE,
                actor,
                now,
                reason,
                copy(RESOLVED_NOT_ELIGIBLE).finishedAt(now),
                clock);
    }

    /** T13, first half: the clerk numbers the result (or the notice of non-eligibility); it waits at the counter. */
    public void issueResult(Actor actor, OffsetDateTime now) {
        check(DossierAction.ISSUE_RESULT, actor, Set.of(RESOLVED_APPROVED, RESOLVED_NOT_ELIGIBLE));
        if (data.step().kind() != StepKind.RETURN) {
            throw stepNotCurrent(DossierAction.ISSUE_RESULT);
        }
        move(DossierAction.ISSUE_RESULT, RESULT_AT_COUNTER, actor, now, null, copy(RESULT_AT_COUNTER));
    }

    /** T13, second half: handed to the applicant; the last step is done. */
    public void returnResult(Actor actor, OffsetDateTime now, WorkingClock clock) {
        requireState(DossierAction.RETURN, Set.of(RESULT_AT_COUNTER));
        requireStep(DossierAction.RETURN, actor, StepKind.RETURN);
        moveOn(DossierAction.RETURN, RETURNED, actor, now, null, copy(RETURNED), clock);
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
            long left = Objects.requireNonNullElse(data.pausedRemainingMinutes(), 0L);
            next.pausedRemainingMinutes(left + extra).extensionLate(left < clock.minutesPerWorkingDay());
        } else {
            OffsetDateTime due = Objects.requireNonNull(data.dueAt());
            // T10: no later than one working day before the appointment; later, the applicant still gets
            // the apology and a new date, but the dossier is judged late against the old one
            next.due(clock.due(due, extra, null))
                    .extensionLate(clock.workingMinutesBetween(now, due) < clock.minutesPerWorkingDay());
            OffsetDateTime stepDue = data.step().dueAt();
            if (stepDue != null) {
                next.step(data.step().due(clock.due(stepDue, extra, null).due()));
            }
        }
        move(DossierAction.EXTEND, status(), actor, now, reason, next);
    }

    /**
     * Checks that the current workflow step is of one of these kinds, that the actor has its role, and
     * that the actor works at its agency: commune staff for a commune step, provincial staff for a step of
     * the province, a department or another agency. Desk steps are done wherever the dossier was received.
     */
    private void requireStep(DossierAction action, Actor actor, StepKind... kinds) {
        CurrentStep current = data.step();
        if (current.kind() == null || !Set.of(kinds).contains(current.kind())) {
            throw stepNotCurrent(action);
        }
        WorkflowStep step = route.step(current.index());
        if (!actor.has(step.role())) {
            throw HaicapException.forbidden(
                    "dossier.step-role-required", action.key(), step.role().key());
        }
        if (!DESK_STEPS.contains(step.kind()) && !worksAt(actor, step.agency())) {
            throw HaicapException.forbidden(
                    "dossier.step-agency-required", action.key(), step.agency().key());
        }
    }

    private static boolean worksAt(Actor actor, AgencyLevel agency) {
        Jurisdiction.Scope scope = actor.jurisdiction().scope();
        return agency == AgencyLevel.COMMUNE
                ? scope == Jurisdiction.Scope.COMMUNE
                : scope == Jurisdiction.Scope.PROVINCE || scope == Jurisdiction.Scope.NATIONAL;
    }

    private HaicapException stepNotCurrent(DossierAction action) {
        StepKind current = data.step().kind();
        return HaicapException.conflict(
                "dossier.step-not-current", action.key(), current == null ? "-" : current.key());
    }

    private ProcessingLevel levelOf(int stepIndex) {
        if (route.finished(stepIndex)) {
            return data.processingLevel();
        }
        WorkflowStep step = route.step(stepIndex);
        // desk steps are done by the receiving unit, a commune centre
        return DESK_STEPS.contains(step.kind()) || step.agency() == AgencyLevel.COMMUNE
                ? ProcessingLevel.COMMUNE
                : ProcessingLevel.PROVINCE;
    }

    private @Nullable OffsetDateTime stepDue(int index, OffsetDateTime now, WorkingClock clock) {
        return route.finished(index)
                ? null
                : clock.due(now, route.budgetMinutes(index, data.timeLimitMinutes()), null)
                        .due();
    }

    /** Moves, recording the step this action completed, and starts the next step's budget. */
    private void moveOn(
            DossierAction action,
            DossierStatus to,
            Actor actor,
            OffsetDateTime now,
            @Nullable String reason,
            Builder next,
            WorkingClock clock) {
        int following = data.step().index() + 1;
        moveOn(action, to, actor, now, reason, next, stepDue(following, now, clock));
    }

    private void moveOn(
            DossierAction action,
            DossierStatus to,
            Actor actor,
            OffsetDateTime now,
            @Nullable String reason,
            Builder next,
            @Nullable OffsetDateTime nextStepDue) {
        CurrentStep done = data.step();
        DossierStatus from = status();
        data = next.step(CurrentStep.of(route, done.index() + 1, nextStepDue))
                .status(to)
                .build();
        recorded.add(new Transition(
                action,
                from,
                to,
                actor.username(),
                now,
                reason == null ? null : reason.strip(),
                done.kind(),
                done.dueAt()));
    }

    /** Overdue: the clock runs and the appointment in force has passed. */
    public boolean overdue(OffsetDateTime now) {
        return overdue(data, now);
    }

    /** Overdue from the stored state alone, without the workflow (public tracking reads only this). */
    public static boolean overdue(DossierData data, OffsetDateTime now) {
        OffsetDateTime due = data.dueAt();
        return data.status().clockRunning() && due != null && due.isBefore(now);
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
        private CurrentStep step;
        private boolean extensionLate;

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
            this.step = d.step();
            this.extensionLate = d.extensionLate();
        }

        Builder step(CurrentStep step) {
            this.step = step;
            return this;
        }

        Builder extensionLate(boolean late) {
            this.extensionLate = late;
            return this;
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
                    d.deadlinePolicy(),
                    pausedAt,
                    pausedRemainingMinutes,
                    supplementRequestedInProcess,
                    extendedAt,
                    extensionReason,
                    finishedAt,
                    step,
                    extensionLate,
                    d.checkCodeHash(),
                    d.version());
        }
    }
}
