package vn.haicap.dossier;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.haicap.account.CurrentUser;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.calendar.DeadlinePolicy;
import vn.haicap.calendar.WorkingCalendar;
import vn.haicap.dossier.domain.Actor;
import vn.haicap.dossier.domain.Applicant;
import vn.haicap.dossier.domain.CheckCode;
import vn.haicap.dossier.domain.Dossier;
import vn.haicap.dossier.domain.DossierCode;
import vn.haicap.dossier.domain.DossierData;
import vn.haicap.dossier.domain.HandoverOutcome;
import vn.haicap.dossier.domain.NewDossier;
import vn.haicap.dossier.domain.Permissions;
import vn.haicap.dossier.domain.Route;
import vn.haicap.dossier.domain.SubmissionChannel;
import vn.haicap.dossier.domain.Transition;
import vn.haicap.dossier.store.DossierRow;
import vn.haicap.dossier.store.DossierStore;
import vn.haicap.dossier.store.StoredDocument;
import vn.haicap.procedure.Channel;
import vn.haicap.procedure.ChannelKind;
import vn.haicap.procedure.CompetentLevel;
import vn.haicap.procedure.DeadlineSetting;
import vn.haicap.procedure.ProcedureCatalogue;
import vn.haicap.procedure.ProcedureView;
import vn.haicap.procedure.SubmissionTerms;
import vn.haicap.procedure.TimeLimit;
import vn.haicap.procedure.WorkflowDefinition;
import vn.haicap.procedure.WorkflowStep;
import vn.haicap.shared.AuditEvent;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;
import vn.haicap.shared.PendingWrites;
import vn.haicap.shared.Role;

/** Submitting, reading, moving and listing dossiers, with jurisdiction checked on every read and write. */
@Service
public class DossierManagement {

    public enum Queue {
        ALL,
        MINE,
        DUE_SOON,
        OVERDUE,
        SUPPLEMENT;

        public static Queue parse(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return ALL;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw HaicapException.invalid("dossier.queue-unknown", value);
            }
        }
    }

    static final Set<String> RATINGS = Set.of("very_satisfied", "satisfied", "not_satisfied");
    private static final Set<Role> ADMINS = Set.of(Role.UNIT_ADMIN, Role.PROVINCE_ADMIN, Role.MINISTRY_ADMIN);

    private final DossierStore store;
    private final ProcedureCatalogue procedures;
    private final vn.haicap.adminunit.UnitsByCode units;
    private final CalendarWorkingClock clock;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final OfficerAccounts accounts;
    private final SubmissionIntake intake;
    private final ResultIssuing results;
    private final Map<String, Route> routes = new java.util.concurrent.ConcurrentHashMap<>();

    DossierManagement(
            DossierStore store,
            ProcedureCatalogue procedures,
            vn.haicap.adminunit.UnitsByCode units,
            CalendarWorkingClock clock,
            WorkingCalendar calendar,
            ApplicationEventPublisher events,
            ObjectMapper json,
            OfficerAccounts accounts,
            SubmissionIntake intake,
            ResultIssuing results) {
        this.results = results;
        this.accounts = accounts;
        this.intake = intake;
        this.store = store;
        this.procedures = procedures;
        this.units = units;
        this.clock = clock;
        this.calendar = calendar;
        this.events = events;
        this.json = json;
    }

    /**
     * Creates a dossier. Citizens and businesses submit online for themselves; a counter officer
     * registers a counter or postal dossier within their jurisdiction, and it is received at once. With an
     * idempotency key, a repeated request by the same user answers the first result again.
     */
    @Transactional
    public Submission submit(SubmitCommand command, CurrentUser user, @Nullable String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        String fingerprint = command.fingerprint();
        if (key != null) {
            if (key.length() > 200) {
                throw HaicapException.invalid("dossier.idempotency-key-invalid");
            }
            Optional<String> earlier = intake.replay(user.username(), key, fingerprint);
            if (earlier.isPresent()) {
                return json.readValue(earlier.get(), Submission.class);
            }
        }
        OffsetDateTime now = now();
        SubmissionChannel channel = SubmissionChannel.parse(command.channel());
        boolean officer = user.has(Role.COUNTER_OFFICER);
        boolean applicant = user.has(Role.CITIZEN) || user.has(Role.BUSINESS);
        if (!officer && !applicant) {
            throw HaicapException.forbidden("dossier.action-forbidden", DossierAction.SUBMIT.key());
        }
        if (!officer && channel != SubmissionChannel.ONLINE) {
            throw HaicapException.invalid("dossier.channel-not-for-applicant", channel.key());
        }
        if (officer && !applicant && channel == SubmissionChannel.ONLINE) {
            throw HaicapException.invalid("dossier.channel-not-for-officer", channel.key());
        }
        AdminUnitDataset.Commune commune = commune(command.receivingCommune());
        if (officer && !applicant && !user.jurisdiction().covers(commune.provinceCode(), commune.code())) {
            throw HaicapException.forbidden("dossier.outside-jurisdiction", commune.code());
        }
        SubmissionTerms terms = procedures
                .forSubmission(command.procedureCode().strip())
                .orElseThrow(() -> HaicapException.invalid("dossier.procedure-unknown", command.procedureCode()));
        ProcedureView procedure = terms.procedure();
        checkReceivingUnit(procedure, command, commune);
        TimeLimit limit = procedure
                .channel(ChannelKind.valueOf(channel.name()))
                .map(Channel::timeLimit)
                .orElseThrow(
                        () -> HaicapException.invalid("dossier.channel-not-offered", channel.key(), procedure.code()));
        if (limit == null || limit.inWorkingHours() == null) {
            throw HaicapException.invalid("dossier.time-limit-unsupported", procedure.code());
        }
        if (command.applicantName() == null || command.applicantName().isBlank()) {
            throw HaicapException.invalid("dossier.applicant-name-required");
        }
        String applicantUsername = applicant ? user.username() : blankToNull(command.applicantUsername());
        SubmissionIntake.checkPostmark(procedure, channel, command.postmarkedOn(), now.toLocalDate());
        SubmissionIntake.Checked checked =
                intake.check(procedure, command, applicantUsername, officer && channel == SubmissionChannel.COUNTER);
        WorkflowDefinition workflow = terms.workflow();
        if (workflow == null) {
            throw HaicapException.notFound("procedure.workflow-not-found", procedure.code(), 0);
        }
        DeadlineSetting setting = terms.deadlineSetting();
        NewDossier request = new NewDossier(
                procedure.code(),
                procedure.version(),
                workflow.version(),
                procedure.name(),
                limit.inWorkingHours()
                        .multiply(java.math.BigDecimal.valueOf(60))
                        .longValue(),
                setting.cutOffFor(limit),
                limit.unit() == TimeLimit.Unit.WORKING_HOURS ? DeadlinePolicy.WORKING_TIME : setting.policy(),
                channel,
                new Applicant(
                        applicantUsername,
                        command.applicantName().strip(),
                        blankToNull(command.applicantIdNumber()),
                        blankToNull(command.applicantAddress()),
                        blankToNull(command.applicantEmail()),
                        blankToNull(command.applicantPhone())),
                commune.provinceCode(),
                commune.code(),
                procedure.levels().contains(CompetentLevel.COMMUNE) ? "commune" : "province");
        String agency = DossierCode.agencyOf(commune.provinceCode(), commune.code());
        String code = DossierCode.format(agency, now.toLocalDate(), store.nextSequence(agency, now.toLocalDate()));
        String checkCode = CheckCode.generate();
        Dossier dossier = Dossier.submit(
                request,
                route(procedure.code(), workflow.version()),
                code,
                CheckCode.hash(checkCode),
                user.username(),
                now);
        Actor actor = actor(user);
        if (officer && channel != SubmissionChannel.ONLINE) {
            dossier.receive(actor, now, clock.in(commune.provinceCode()));
        }
        DossierData data = dossier.data();
        Submission submission = new Submission(code, data.status().key(), data.receivedAt(), data.dueAt(), checkCode);
        PendingWrites writes = store.writes();
        store.insert(
                writes,
                data,
                key == null
                        ? null
                        : new DossierStore.SubmissionKey(
                                user.username(), key, fingerprint, json.writeValueAsString(submission)));
        intake.attach(writes, data, procedure, command, checked, user, now);
        published(writes, dossier, user);
        writes.send();
        return submission;
    }

    /** The dossier for its applicant or an officer whose jurisdiction covers the receiving unit; 404 for anyone else. */
    @Transactional(readOnly = true)
    public DossierDetails get(String code, CurrentUser user) {
        DossierStore.Found found = visibleWithExtras(code, user);
        return details(found.data(), found.extras(), found.timeline(), found.documents(), user);
    }

    /**
     * Performs one transition in one transaction with its transition row, an audit record and a
     * {@link DossierTransitioned} event. The caller's version must be the stored one.
     */
    @Transactional
    public DossierDetails transition(
            String code,
            String action,
            @Nullable String reason,
            @Nullable Integer version,
            @Nullable Double extraWorkingDays,
            CurrentUser user) {
        DossierAction parsed = DossierAction.parse(action);
        DossierStore.Found found = visibleWithExtras(code, user);
        DossierData data = found.data();
        if (version == null) {
            throw HaicapException.invalid("dossier.version-required");
        }
        if (version != data.version()) {
            throw HaicapException.conflict("dossier.version-stale", version, data.version());
        }
        Dossier dossier = restore(data);
        OffsetDateTime now = now();
        dossier.perform(parsed, actor(user), reason, extraWorkingDays, now, clock.in(data.receivingProvince()));
        PendingWrites writes = store.writes();
        published(writes, dossier, user);
        DossierData changed = dossier.data();
        // nobody else changed the dossier since it was read (the version says so), and a transition adds no
        // document: the timeline is the one read with this transition's own, the documents are the ones read
        List<Transition> timeline = new ArrayList<>(found.timeline());
        timeline.addAll(dossier.recorded());
        // the result is rendered from the new state and written with it, in the same row update
        DossierStore.IssuedResultRef result = parsed == DossierAction.ISSUE_RESULT
                ? results.issue(
                        changed,
                        details(changed, found.extras(), timeline, found.documents(), user),
                        user.username(),
                        now)
                : null;
        int update = store.update(writes, changed, version, result);
        if (writes.send()[update] != 1) {
            throw HaicapException.conflict("dossier.version-stale", version, data.version());
        }
        // the update leaves the assignee and the rating as they were read; the result it writes is this one
        DossierStore.Extras extras = result == null
                ? found.extras()
                : new DossierStore.Extras(
                        found.extras().assignee(), result, found.extras().rating());
        return details(withVersion(changed, version + 1), extras, timeline, found.documents(), user);
    }

    private static DossierData withVersion(DossierData d, int version) {
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
                d.processingLevel(),
                d.status(),
                d.submittedAt(),
                d.receivedAt(),
                d.dueAt(),
                d.originalDueAt(),
                d.calendarRevision(),
                d.holidaysSkipped(),
                d.timeLimitMinutes(),
                d.cutOff(),
                d.deadlinePolicy(),
                d.pausedAt(),
                d.pausedRemainingMinutes(),
                d.supplementRequestedInProcess(),
                d.extendedAt(),
                d.extensionReason(),
                d.finishedAt(),
                d.step(),
                d.extensionLate(),
                d.checkCodeHash(),
                version);
    }

    /** An officer's queue, inside their jurisdiction (filtered in SQL). */
    @Transactional(readOnly = true)
    public PageResult<DossierSummary> queue(Queue queue, @Nullable String q, PageRequest page, CurrentUser user) {
        return queue(queue, q, QueueFilter.NONE, page, user);
    }

    /** An officer's queue with filters, inside their jurisdiction (filtered in SQL). */
    @Transactional(readOnly = true)
    public PageResult<DossierSummary> queue(
            Queue queue, @Nullable String q, QueueFilter filter, PageRequest page, CurrentUser user) {
        if (!Permissions.isOfficer(user.roles()) && user.roles().stream().noneMatch(ADMINS::contains)) {
            throw HaicapException.forbidden("dossier.queue-forbidden");
        }
        OffsetDateTime now = now();
        List<String> statuses = new ArrayList<>();
        OffsetDateTime dueAfter = null;
        OffsetDateTime dueBefore = null;
        switch (queue) {
            case ALL -> {}
            case MINE -> {}
            case DUE_SOON -> {
                dueAfter = now;
                dueBefore = oneWorkingDayFrom(now);
            }
            case OVERDUE -> dueBefore = now;
            case SUPPLEMENT ->
                statuses.addAll(List.of(
                        DossierStatus.SUPPLEMENT_BEFORE_RECEIPT.key(), DossierStatus.SUPPLEMENT_IN_PROCESS.key()));
        }
        DossierStore.Actionable actionable = queue == Queue.MINE ? actionable(user) : null;
        String words = q == null || q.isBlank() ? null : q.strip();
        OffsetDateTime soon = oneWorkingDayFrom(now);
        String assignee = queue == Queue.MINE ? user.username() : null;
        return store.within(
                        user.jurisdiction(), statuses, dueAfter, dueBefore, words, assignee, actionable, filter, page)
                .map(row -> summary(row, now, soon));
    }

    /** The applicant's own dossiers. */
    @Transactional(readOnly = true)
    public PageResult<DossierSummary> mine(CurrentUser user, PageRequest page) {
        OffsetDateTime now = now();
        OffsetDateTime soon = oneWorkingDayFrom(now);
        return store.ofApplicant(user.username(), page).map(row -> summary(row, now, soon));
    }

    /** Public tracking by code: status and dates; personal data only with the right check code. */
    @Transactional(readOnly = true)
    public PublicTracking track(String code, @Nullable String checkCode) {
        Optional<DossierData> found = DossierCode.looksValid(code) ? store.find(code) : Optional.empty();
        DossierData data = found.orElseThrow(() -> HaicapException.notFound("dossier.not-found", code));
        boolean personal =
                checkCode != null && !checkCode.isBlank() && CheckCode.matches(checkCode, data.checkCodeHash());
        List<PublicTracking.Step> steps = store.transitions(code).stream()
                .map(t -> new PublicTracking.Step(t.action().key(), t.to().key(), t.at(), personal ? t.reason() : null))
                .toList();
        return new PublicTracking(
                data.code(),
                data.status().key(),
                data.procedureName(),
                data.submittedAt(),
                data.receivedAt(),
                data.dueAt(),
                data.finishedAt(),
                Dossier.overdue(data, now()),
                personal,
                personal ? data.applicant().name() : null,
                steps);
    }

    /** The applicant's satisfaction after the result was returned; once per dossier. */
    @Transactional
    public DossierDetails rate(String code, String score, @Nullable String comment, CurrentUser user) {
        DossierData data = visible(code, user);
        if (!user.username().equals(data.applicant().username())) {
            throw HaicapException.forbidden("dossier.rating-forbidden");
        }
        if (!RATINGS.contains(score)) {
            throw HaicapException.invalid("dossier.rating-invalid", score);
        }
        if (data.status() != DossierStatus.RETURNED) {
            throw HaicapException.conflict(
                    "dossier.rating-not-yet", data.status().key());
        }
        if (store.rating(code).isPresent()) {
            throw HaicapException.conflict("dossier.rating-once", code);
        }
        store.rate(code, score, blankToNull(comment), user.username(), now());
        events.publishEvent(AuditEvent.of(user.username(), "dossier.rated", "dossier", code, Map.of("score", score)));
        return details(data, user);
    }

    /**
     * Assigns dossiers to an officer (or to nobody), all or none: each dossier must be visible to the
     * caller, and the assignee an officer whose jurisdiction covers it.
     */
    @Transactional
    public int assign(List<String> codes, @Nullable String assignee, CurrentUser user) {
        if (!user.has(Role.LEADER) && !user.has(Role.COUNTER_OFFICER)) {
            throw HaicapException.forbidden("dossier.assignment-forbidden");
        }
        if (codes.isEmpty() || codes.size() > 500) {
            throw HaicapException.invalid("dossier.assignment-size", 500);
        }
        String officer =
                assignee == null || assignee.isBlank() ? null : assignee.strip().toLowerCase(Locale.ROOT);
        for (String code : codes) {
            DossierData data = visible(code, user);
            if (officer != null
                    && accounts.covering(officer, data.receivingProvince(), data.receivingCommune())
                            .isEmpty()) {
                throw HaicapException.invalid("dossier.assignee-outside-jurisdiction", officer, code);
            }
            store.assign(code, officer);
            events.publishEvent(AuditEvent.of(
                    user.username(),
                    "dossier.assigned",
                    "dossier",
                    code,
                    Map.of("assignee", officer == null ? "" : officer)));
        }
        return codes.size();
    }

    /** A document's bytes, for someone who may see the dossier. */
    @Transactional(readOnly = true)
    public DocumentContent document(String code, long id, CurrentUser user) {
        visible(code, user);
        StoredDocument document = store.documents(code).stream()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow(() -> HaicapException.notFound("dossier.document-not-found", id));
        return new DocumentContent(document.name(), document.mediaType(), results.content(document.documentId()));
    }

    public record DocumentContent(String name, String mediaType, byte[] content) {}

    /** The result issued for a dossier, for its applicant or an officer with jurisdiction. */
    @Transactional(readOnly = true)
    public DocumentContent result(String code, CurrentUser user) {
        visible(code, user);
        DossierStore.IssuedResultRef ref =
                store.result(code).orElseThrow(() -> HaicapException.notFound("dossier.result-not-issued", code));
        return new DocumentContent(code + "-ket-qua.pdf", "application/pdf", results.content(ref.document()));
    }

    /** The dossier and its transitions for the slips, for someone who may see it. */
    @Transactional(readOnly = true)
    public SlipData slipData(String code, CurrentUser user) {
        DossierStore.Found found = visibleWithExtras(code, user);
        return new SlipData(
                details(found.data(), found.extras(), found.timeline(), found.documents(), user), found.timeline());
    }

    /** What a slip prints. */
    public record SlipData(DossierDetails dossier, List<Transition> transitions) {}

    private DossierData visible(String code, CurrentUser user) {
        Optional<DossierData> found = DossierCode.looksValid(code) ? store.find(code) : Optional.empty();
        return found.filter(d -> maySee(d, user))
                .orElseThrow(() -> HaicapException.notFound("dossier.not-found", code));
    }

    /** {@link #visible} with the dossier's extras, read in the same query. */
    private DossierStore.Found visibleWithExtras(String code, CurrentUser user) {
        Optional<DossierStore.Found> found =
                DossierCode.looksValid(code) ? store.findWithExtras(code) : Optional.empty();
        return found.filter(f -> maySee(f.data(), user))
                .orElseThrow(() -> HaicapException.notFound("dossier.not-found", code));
    }

    /** The applicant, or an officer (or administrator) whose jurisdiction covers the receiving unit. */
    private static boolean maySee(DossierData d, CurrentUser user) {
        if (user.username().equals(d.applicant().username())) {
            return true;
        }
        boolean official =
                Permissions.isOfficer(user.roles()) || user.roles().stream().anyMatch(ADMINS::contains);
        return official && user.jurisdiction().covers(d.receivingProvince(), d.receivingCommune());
    }

    /** D118 Art. 14(2): any unit of the province, unless the procedure is tied to the applicant's commune. */
    private void checkReceivingUnit(ProcedureView procedure, SubmitCommand command, AdminUnitDataset.Commune commune) {
        if (procedure.receivableAnywhere()) {
            SubmissionIntake.checkResidence(procedure, commune, units, command.residenceCommune());
            return;
        }
        String residence = blankToNull(command.residenceCommune());
        if (residence == null) {
            throw HaicapException.invalid("dossier.residence-required", procedure.code());
        }
        if (!residence.strip().equals(commune.code())) {
            throw HaicapException.invalid("dossier.receiving-unit-not-allowed", commune.code(), procedure.code());
        }
    }

    private AdminUnitDataset.Commune commune(@Nullable String code) {
        String wanted = code == null ? "" : code.strip();
        return units.commune(wanted).orElseThrow(() -> HaicapException.invalid("dossier.commune-unknown", wanted));
    }

    private void published(PendingWrites writes, Dossier dossier, CurrentUser user) {
        DossierData data = dossier.data();
        store.record(writes, data.code(), dossier.recorded());
        for (Transition t : dossier.recorded()) {
            events.publishEvent(new DossierTransitioned(
                    data.code(),
                    t.action(),
                    t.from(),
                    t.to(),
                    t.actor(),
                    t.at().toInstant(),
                    t.reason(),
                    data.receivingProvince(),
                    data.receivingCommune()));
            Map<String, String> details = new java.util.HashMap<>();
            details.put("from", t.from() == null ? "" : t.from().key());
            details.put("to", t.to().key());
            if (t.reason() != null) {
                details.put("reason", t.reason());
            }
            events.publishEvent(
                    AuditEvent.of(user.username(), "dossier." + t.action().key(), "dossier", data.code(), details));
            String email = data.applicant().email();
            if (email != null && Notifications.tellsApplicant(t)) {
                store.notify(
                        writes,
                        data.code(),
                        email,
                        Notifications.subject(data, t),
                        Notifications.body(data, t),
                        t.at());
            }
        }
    }

    private DossierDetails details(DossierData d, CurrentUser user) {
        return details(d, store.extras(d.code()), store.transitions(d.code()), store.documents(d.code()), user);
    }

    private DossierDetails details(
            DossierData d,
            DossierStore.Extras extras,
            List<Transition> timeline,
            List<StoredDocument> documents,
            CurrentUser user) {
        OffsetDateTime now = now();
        Route route = route(d.procedureCode(), d.workflowVersion());
        Dossier dossier = Dossier.restore(d, route);
        Optional<DossierStore.IssuedResultRef> result = Optional.ofNullable(extras.result());
        boolean overdue = dossier.overdue(now);
        return new DossierDetails(
                d.code(),
                d.status().key(),
                d.version(),
                d.procedureCode(),
                d.procedureVersion(),
                d.workflowVersion(),
                d.procedureName(),
                d.channel().key(),
                new DossierDetails.Applicant(
                        d.applicant().username(),
                        d.applicant().name(),
                        d.applicant().idNumber(),
                        d.applicant().address(),
                        d.applicant().email(),
                        d.applicant().phone()),
                d.receivingProvince(),
                d.receivingCommune(),
                units.commune(d.receivingCommune())
                        .map(AdminUnitDataset.Commune::fullName)
                        .orElse(d.receivingCommune()),
                d.competentLevel(),
                d.processingLevel().key(),
                d.submittedAt(),
                d.receivedAt(),
                d.dueAt(),
                d.originalDueAt(),
                d.calendarRevision(),
                d.holidaysSkipped(),
                d.timeLimitMinutes(),
                d.status() == DossierStatus.SUPPLEMENT_IN_PROCESS,
                d.pausedRemainingMinutes(),
                d.extendedAt(),
                d.extensionReason(),
                d.finishedAt(),
                !overdue && dossier.dueSoon(now, clock.in(d.receivingProvince())),
                overdue,
                overdue && d.extendedAt() == null,
                allowedActions(d, user, now),
                extras.assignee(),
                extras.rating(),
                timeline.stream()
                        .map(t -> new DossierDetails.TimelineEntry(
                                t.action().key(),
                                t.from() == null ? null : t.from().key(),
                                t.to().key(),
                                t.actor(),
                                t.at(),
                                t.reason(),
                                t.step() == null ? null : t.step().key(),
                                t.stepDueAt(),
                                Optional.ofNullable(HandoverOutcome.of(t.at(), t.stepDueAt()))
                                        .map(HandoverOutcome::key)
                                        .orElse(null)))
                        .toList(),
                documents.stream()
                        .map(doc -> new DossierDetails.DocumentInfo(
                                doc.id(),
                                doc.name(),
                                doc.mediaType(),
                                doc.size(),
                                doc.sha256(),
                                doc.reusedFrom(),
                                doc.addedAt(),
                                doc.paperName()))
                        .toList(),
                d.step().kind() == null
                        ? null
                        : stepInfo(route, d.step().index(), d.step().dueAt()),
                java.util.stream.IntStream.range(0, route.size())
                        .mapToObj(i -> stepInfo(route, i, null))
                        .toList(),
                d.extensionLate(),
                result.map(DossierStore.IssuedResultRef::resultCode).orElse(null),
                result.map(DossierStore.IssuedResultRef::numberSymbol).orElse(null));
    }

    private static DossierDetails.StepInfo stepInfo(Route route, int index, @Nullable OffsetDateTime dueAt) {
        WorkflowStep step = route.step(index);
        return new DossierDetails.StepInfo(
                index + 1, step.kind().key(), step.role().key(), step.agency().key(), step.agencyName(), dueAt);
    }

    /** The actions this user could perform now: each is tried on a copy, with a placeholder reason. */
    private List<String> allowedActions(DossierData d, CurrentUser user, OffsetDateTime now) {
        List<String> allowed = new ArrayList<>();
        Actor actor = actor(user);
        for (DossierAction action : DossierAction.values()) {
            if (action == DossierAction.SUBMIT) {
                continue;
            }
            try {
                restore(d).perform(action, actor, "-", 1.0, now, clock.in(d.receivingProvince()));
                allowed.add(action.key());
            } catch (HaicapException e) {
                // not allowed for this user or in this state
            }
        }
        return allowed;
    }

    /** Due soon = due before this instant: less than one working day left (computed once per list). */
    private OffsetDateTime oneWorkingDayFrom(OffsetDateTime now) {
        return calendar.due(now, Duration.ofMinutes(calendar.minutesPerWorkingDay()), null)
                .due();
    }

    private DossierSummary summary(DossierRow row, OffsetDateTime now, OffsetDateTime soon) {
        DossierStatus status = DossierStatus.valueOf(row.status().toUpperCase(Locale.ROOT));
        OffsetDateTime due = row.dueAt();
        boolean overdue = status.clockRunning() && due != null && due.isBefore(now);
        boolean dueSoon = status.clockRunning() && due != null && !overdue && due.isBefore(soon);
        return new DossierSummary(
                row.code(),
                row.procedureCode(),
                row.procedureName(),
                row.applicantName(),
                row.receivingCommune(),
                row.status(),
                row.channel(),
                row.submittedAt(),
                row.receivedAt(),
                due,
                dueSoon,
                overdue,
                row.extended(),
                row.version());
    }

    /**
     * What this user must act on: at the counter, dossiers waiting for receipt or hand-over; for everyone,
     * dossiers whose current workflow step is theirs by role and kind of agency.
     */
    private static DossierStore.Actionable actionable(CurrentUser user) {
        List<String> statuses = user.has(Role.COUNTER_OFFICER)
                ? List.of(DossierStatus.SUBMITTED.key(), DossierStatus.RECEIVED.key())
                : List.of();
        List<String> roles = user.roles().stream().map(Role::key).toList();
        return new DossierStore.Actionable(
                statuses, roles, user.jurisdiction().scope() == vn.haicap.shared.Jurisdiction.Scope.COMMUNE);
    }

    private static Actor actor(CurrentUser user) {
        return new Actor(user.username(), user.roles(), user.jurisdiction());
    }

    private Dossier restore(DossierData data) {
        return Dossier.restore(data, route(data.procedureCode(), data.workflowVersion()));
    }

    /** Workflow versions never change, so each is read once. */
    private Route route(String procedureCode, int workflowVersion) {
        return routes.computeIfAbsent(
                procedureCode + "#" + workflowVersion,
                key -> new Route(
                        procedures.workflow(procedureCode, workflowVersion).steps()));
    }

    /** To the microsecond, as PostgreSQL keeps it: an answer shows the times a later read gives. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(calendar.zone()).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
