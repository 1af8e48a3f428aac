package vn.haicap.dossier.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.haicap.dossier.DossierAction;
import vn.haicap.dossier.DossierStatus;
import vn.haicap.dossier.QueueFilter;
import vn.haicap.dossier.domain.Applicant;
import vn.haicap.dossier.domain.CurrentStep;
import vn.haicap.dossier.domain.DossierData;
import vn.haicap.dossier.domain.ProcessingLevel;
import vn.haicap.dossier.domain.SubmissionChannel;
import vn.haicap.dossier.domain.Transition;
import vn.haicap.procedure.AgencyLevel;
import vn.haicap.procedure.StepKind;
import vn.haicap.shared.JoinedQueries;
import vn.haicap.shared.Jurisdiction;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;
import vn.haicap.shared.PendingWrites;
import vn.haicap.shared.Role;

/** Dossiers (with the idempotency key of the request that created each), their transitions, documents, code sequences. */
@Repository
public class DossierStore {

    /** Statuses in which the statutory clock runs (see {@link DossierStatus#clockRunning()}). */
    static final String RUNNING = "('received', 'in_process', 'processed')";

    /** Statuses in which the next move is a workflow step. */
    static final String STEPPING =
            "('in_process', 'processed', 'resolved_approved', 'resolved_not_eligible'," + " 'result_at_counter')";

    /**
     * "What I must act on": dossiers in these statuses, or whose current workflow step is done by one of
     * these roles at the user's kind of agency (commune staff or provincial staff).
     */
    public record Actionable(List<String> statuses, List<String> stepRoles, boolean communeStaff) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ZoneId zone;
    private final DossierNumbers numbers;

    DossierStore(
            JdbcClient jdbc,
            JdbcTemplate template,
            vn.haicap.calendar.WorkingCalendar calendar,
            DossierNumbers numbers) {
        this.jdbc = jdbc;
        this.template = template;
        this.zone = calendar.zone();
        this.numbers = numbers;
    }

    /** The next number of the day for a unit, committed at once ({@link DossierNumbers}). */
    public long nextSequence(String agency, LocalDate day) {
        return numbers.next(agency, day);
    }

    /**
     * The Idempotency-Key of the request that created a dossier, kept on it with that request's fingerprint
     * and the answer it got (a row of its own was one more write per dossier).
     */
    public record SubmissionKey(String username, String key, String requestHash, String response) {}

    /** The current transaction's writes, sent together ({@link PendingWrites}). */
    public PendingWrites writes() {
        return PendingWrites.ofTransaction(template);
    }

    private static final String INSERT = """
                insert into dossier.dossier (code, procedure_code, procedure_version, workflow_version, procedure_name,
                    channel, applicant_username, applicant_name, applicant_id_number, applicant_address, applicant_email,
                    applicant_phone, receiving_province, receiving_commune, competent_level, processing_level, status,
                    submitted_at, received_at, due_at, original_due_at, calendar_revision, holidays_skipped,
                    time_limit_minutes, cut_off, deadline_policy, paused_at, paused_remaining_minutes, supplement_requested_in_process,
                    extended_at, extension_reason, finished_at, step_index, step_kind, step_role, step_agency,
                    step_due_at, extension_late, check_code_hash, version,
                    idempotency_username, idempotency_key, idempotency_hash, idempotency_response)
                values (:code, :procedureCode, :procedureVersion, :workflowVersion, :procedureName,
                    :channel, :username, :name, :idNumber, :address, :email,
                    :phone, :province, :commune, :competentLevel, :processingLevel, :status,
                    :submittedAt, :receivedAt, :dueAt, :originalDueAt, :revision, :holidays,
                    :limit, :cutOff, :deadlinePolicy, :pausedAt, :remaining, :supplementRequested,
                    :extendedAt, :extensionReason, :finishedAt, :stepIndex, :stepKind, :stepRole, :stepAgency,
                    :stepDueAt, :extensionLate, :checkCodeHash, :version,
                    :keyUsername, :key, :keyHash, :keyResponse)
                """;

    public void insert(PendingWrites writes, DossierData d, @Nullable SubmissionKey key) {
        writes.add(
                INSERT,
                state(d).addValue("code", d.code())
                        .addValue("procedureCode", d.procedureCode())
                        .addValue("procedureVersion", d.procedureVersion())
                        .addValue("workflowVersion", d.workflowVersion())
                        .addValue("procedureName", d.procedureName())
                        .addValue("channel", d.channel().key())
                        .addValue("username", d.applicant().username())
                        .addValue("name", d.applicant().name())
                        .addValue("idNumber", d.applicant().idNumber())
                        .addValue("address", d.applicant().address())
                        .addValue("email", d.applicant().email())
                        .addValue("phone", d.applicant().phone())
                        .addValue("province", d.receivingProvince())
                        .addValue("commune", d.receivingCommune())
                        .addValue("competentLevel", d.competentLevel())
                        .addValue("submittedAt", d.submittedAt())
                        .addValue("limit", d.timeLimitMinutes())
                        .addValue("cutOff", d.cutOff())
                        .addValue("deadlinePolicy", d.deadlinePolicy().code())
                        .addValue("checkCodeHash", d.checkCodeHash())
                        .addValue("version", d.version())
                        .addValue("keyUsername", key == null ? null : key.username())
                        .addValue("key", key == null ? null : key.key())
                        .addValue("keyHash", key == null ? null : key.requestHash())
                        .addValue("keyResponse", key == null ? null : key.response()));
    }

    private static final String UPDATE = """
                update dossier.dossier set status = :status, processing_level = :processingLevel,
                    result_document = coalesce(:resultDocument, result_document),
                    result_code = coalesce(:resultCode, result_code),
                    result_number_symbol = coalesce(:resultNumberSymbol, result_number_symbol),
                    received_at = :receivedAt, due_at = :dueAt, original_due_at = :originalDueAt,
                    calendar_revision = :revision, holidays_skipped = :holidays, paused_at = :pausedAt,
                    paused_remaining_minutes = :remaining, supplement_requested_in_process = :supplementRequested,
                    extended_at = :extendedAt, extension_reason = :extensionReason, finished_at = :finishedAt,
                    step_index = :stepIndex, step_kind = :stepKind, step_role = :stepRole, step_agency = :stepAgency,
                    step_due_at = :stepDueAt, extension_late = :extensionLate, version = version + 1
                where code = :code and version = :expected
                """;

    /**
     * Writes the changed state if the stored version is still {@code expectedVersion}, and bumps it.
     *
     * @return the index of the update among the pending writes: its count is 1 if the row was updated, 0 if
     *     someone else changed it first
     */
    public int update(PendingWrites writes, DossierData d, int expectedVersion, @Nullable IssuedResultRef result) {
        return writes.add(
                UPDATE,
                state(d).addValue("code", d.code())
                        .addValue("expected", expectedVersion)
                        .addValue("resultDocument", result == null ? null : result.document(), java.sql.Types.OTHER)
                        .addValue("resultCode", result == null ? null : result.resultCode(), java.sql.Types.VARCHAR)
                        .addValue(
                                "resultNumberSymbol",
                                result == null ? null : result.numberSymbol(),
                                java.sql.Types.VARCHAR));
    }

    /** The columns a transition may change; insert and update share them. */
    private static MapSqlParameterSource state(DossierData d) {
        return new MapSqlParameterSource()
                .addValue("status", d.status().key())
                .addValue("processingLevel", d.processingLevel().key())
                .addValue("receivedAt", d.receivedAt())
                .addValue("dueAt", d.dueAt())
                .addValue("originalDueAt", d.originalDueAt())
                .addValue("revision", d.calendarRevision())
                .addValue("holidays", holidays(d.holidaysSkipped()))
                .addValue("pausedAt", d.pausedAt())
                .addValue("remaining", d.pausedRemainingMinutes())
                .addValue("supplementRequested", d.supplementRequestedInProcess())
                .addValue("extendedAt", d.extendedAt())
                .addValue("extensionReason", d.extensionReason())
                .addValue("finishedAt", d.finishedAt())
                .addValue("stepIndex", d.step().index())
                .addValue(
                        "stepKind",
                        d.step().kind() == null ? null : d.step().kind().key())
                .addValue(
                        "stepRole",
                        d.step().role() == null ? null : d.step().role().key())
                .addValue(
                        "stepAgency",
                        d.step().agency() == null ? null : d.step().agency().key())
                .addValue("stepDueAt", d.step().dueAt())
                .addValue("extensionLate", d.extensionLate());
    }

    /** The result issued for a dossier (document store id, verification code, number and symbol). */
    public record IssuedResultRef(java.util.UUID document, String resultCode, String numberSymbol) {}

    /** What a dossier's page shows beside its state: who it is assigned to, its result, its rating. */
    public record Extras(
            @Nullable String assignee,
            @Nullable IssuedResultRef result,
            @Nullable String rating) {}

    /** The dossier's {@link Extras}, in one query. */
    public Extras extras(String code) {
        return jdbc.sql("""
                select d.assignee, d.result_document, d.result_code, d.result_number_symbol, r.score as rating_score
                from dossier.dossier d left join dossier.rating r on r.dossier = d.code
                where d.code = :code
                """)
                .param("code", code)
                .query((rs, n) -> extras(rs))
                .optional()
                .orElse(new Extras(null, null, null));
    }

    /** A dossier with its {@link Extras}, its timeline and its documents: what its page and a transition's answer show. */
    public record Found(DossierData data, Extras extras, List<Transition> timeline, List<StoredDocument> documents) {}

    private static final String DOCUMENTS = """
            select id, dossier, name, media_type, size, sha256, reused_from, added_by, added_at, paper_name, document_id
            from dossier.document""";

    private static final String FOUND = """
            select d.*, r.score as rating_score
            from dossier.dossier d left join dossier.rating r on r.dossier = d.code
            where d.code = ?;
            select * from dossier.transition where dossier = ? order by id;
            """ + DOCUMENTS + " where dossier = ? order by id";

    /**
     * {@link #find}, {@link #extras}, {@link #transitions} and {@link #documents} in one round trip: the driver
     * sends the three queries together and the results are read in turn.
     */
    public Optional<Found> findWithExtras(String code) {
        return Optional.ofNullable(JoinedQueries.query(template, FOUND, new Object[] {code, code, code}, results -> {
            Row row = results.next(rs -> rs.next() ? new Row(dossier(rs, 0), extras(rs)) : null);
            if (row == null) {
                return null;
            }
            return new Found(
                    row.data(),
                    row.extras(),
                    results.next(new RowMapperResultSetExtractor<>(this::transition)),
                    results.next(new RowMapperResultSetExtractor<>(this::document)));
        }));
    }

    private record Row(DossierData data, Extras extras) {}

    private static Extras extras(ResultSet rs) throws SQLException {
        return new Extras(
                rs.getString("assignee"),
                rs.getObject("result_document") == null
                        ? null
                        : new IssuedResultRef(
                                rs.getObject("result_document", java.util.UUID.class),
                                rs.getString("result_code"),
                                rs.getString("result_number_symbol")),
                rs.getString("rating_score"));
    }

    public Optional<IssuedResultRef> result(String code) {
        return jdbc.sql("""
                select result_document, result_code, result_number_symbol from dossier.dossier
                where code = :code and result_document is not null
                """)
                .param("code", code)
                .query((rs, n) -> new IssuedResultRef(
                        rs.getObject("result_document", java.util.UUID.class),
                        rs.getString("result_code"),
                        rs.getString("result_number_symbol")))
                .optional();
    }

    public Optional<DossierData> find(String code) {
        return jdbc.sql("select * from dossier.dossier where code = :code")
                .param("code", code)
                .query(this::dossier)
                .optional();
    }

    /** The dossiers of these codes that exist. */
    public List<DossierData> findAll(java.util.Collection<String> codes) {
        return jdbc.sql("select * from dossier.dossier where code = any(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query(this::dossier)
                .list();
    }

    public void record(PendingWrites writes, String code, List<Transition> transitions) {
        for (Transition t : transitions) {
            writes.add(
                    """
                    insert into dossier.transition (dossier, action, from_status, to_status, actor, at, reason,
                        step_kind, step_due_at)
                    values (:code, :action, :from, :to, :actor, :at, :reason, :stepKind, :stepDueAt)
                    """,
                    new MapSqlParameterSource()
                            .addValue("code", code)
                            .addValue("action", t.action().key())
                            .addValue("from", t.from() == null ? null : t.from().key())
                            .addValue("to", t.to().key())
                            .addValue("actor", t.actor())
                            .addValue("at", t.at())
                            .addValue("reason", t.reason())
                            .addValue(
                                    "stepKind",
                                    t.step() == null ? null : t.step().key())
                            .addValue("stepDueAt", t.stepDueAt()));
        }
    }

    public List<Transition> transitions(String code) {
        return jdbc.sql("select * from dossier.transition where dossier = :code order by id")
                .param("code", code)
                .query(this::transition)
                .list();
    }

    private Transition transition(ResultSet rs, int n) throws SQLException {
        return new Transition(
                DossierAction.valueOf(rs.getString("action").toUpperCase(java.util.Locale.ROOT)),
                status(rs.getString("from_status")),
                DossierStatus.valueOf(rs.getString("to_status").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("actor"),
                at(rs, "at"),
                rs.getString("reason"),
                rs.getString("step_kind") == null
                        ? null
                        : StepKind.fromKey(rs.getString("step_kind")).orElseThrow(),
                atOrNull(rs, "step_due_at"));
    }

    public List<StoredDocument> documents(String dossier) {
        return jdbc.sql(DOCUMENTS + " where dossier = :dossier order by id")
                .param("dossier", dossier)
                .query(this::document)
                .list();
    }

    /** The documents of these dossiers, by dossier, each in its order. */
    public Map<String, List<StoredDocument>> documentsOf(java.util.Collection<String> dossiers) {
        return jdbc
                .sql(DOCUMENTS + " where dossier = any(:dossiers) order by id")
                .param("dossiers", dossiers.toArray(String[]::new))
                .query(this::document)
                .list()
                .stream()
                .collect(Collectors.groupingBy(StoredDocument::dossier, Collectors.toList()));
    }

    /**
     * Dossiers inside a jurisdiction (receiving unit), filtered in SQL.
     *
     * @param statuses only these statuses when not empty
     * @param dueBefore only running dossiers due before this instant
     * @param dueAfter only running dossiers due at or after this instant
     * @param q words matched against the code, the applicant's name and the procedure
     * @param actionable only what someone must act on, when given
     */
    public PageResult<DossierRow> within(
            Jurisdiction jurisdiction,
            List<String> statuses,
            @Nullable OffsetDateTime dueAfter,
            @Nullable OffsetDateTime dueBefore,
            @Nullable String q,
            @Nullable String assigneeOrNobody,
            @Nullable Actionable actionable,
            QueueFilter filter,
            PageRequest page) {
        String where = """
                (:scope = 'NATIONAL' or (:scope = 'PROVINCE' and receiving_province = :province)
                  or (:scope = 'COMMUNE' and receiving_commune = :commune))
                and (:anyStatus or status in (:statuses))
                and (cast(:dueAfter as timestamptz) is null or (status in %1$s and due_at >= :dueAfter))
                and (cast(:dueBefore as timestamptz) is null or (status in %1$s and due_at < :dueBefore))
                and (cast(:q as text) is null or code ilike :like or applicant_name ilike :like
                     or procedure_name ilike :like or procedure_code ilike :like)
                and (cast(:assignee as text) is null or assignee is null or assignee = :assignee)
                and (not :actionable or status in (:actStatuses)
                     or (status in %2$s and step_role in (:stepRoles)
                         and (step_kind in ('receive', 'transfer_out', 'return')
                              or (step_agency = 'commune') = :communeStaff)))
                and (cast(:fStatus as text) is null or status = :fStatus)
                and (cast(:fChannel as text) is null or channel = :fChannel)
                and (cast(:fProcedure as text) is null or procedure_code = :fProcedure)
                and (cast(:fFrom as timestamptz) is null or received_at >= :fFrom)
                and (cast(:fTo as timestamptz) is null or received_at < :fTo)
                """.formatted(RUNNING, STEPPING);
        String like = q == null
                ? null
                : "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<String> statusList = statuses.isEmpty() ? List.of("-") : statuses;
        Map<String, Object> bound = new java.util.HashMap<>();
        bound.put("scope", jurisdiction.scope().name());
        bound.put("province", jurisdiction.provinceCode());
        bound.put("commune", jurisdiction.communeCode());
        bound.put("anyStatus", statuses.isEmpty());
        bound.put("statuses", statusList);
        bound.put("dueAfter", dueAfter);
        bound.put("dueBefore", dueBefore);
        bound.put("q", q);
        bound.put("like", like);
        bound.put("assignee", assigneeOrNobody);
        bound.put("actionable", actionable != null);
        bound.put(
                "actStatuses",
                actionable == null || actionable.statuses().isEmpty() ? List.of("-") : actionable.statuses());
        bound.put(
                "stepRoles",
                actionable == null || actionable.stepRoles().isEmpty() ? List.of("-") : actionable.stepRoles());
        bound.put("communeStaff", actionable != null && actionable.communeStaff());
        bound.put("fStatus", filter.status() == null ? null : filter.status().key());
        bound.put("fChannel", filter.channel());
        bound.put("fProcedure", filter.procedureCode());
        bound.put("fFrom", startOf(filter.receivedFrom()));
        bound.put(
                "fTo",
                startOf(filter.receivedTo() == null ? null : filter.receivedTo().plusDays(1)));
        long total = jdbc.sql("select count(*) from dossier.dossier where " + where)
                .params(bound)
                .query(Long.class)
                .single();
        List<DossierRow> rows = jdbc.sql("select * from dossier.dossier where " + where
                        + " order by due_at nulls last, submitted_at, code limit :limit offset :offset")
                .params(bound)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::row)
                .list();
        return new PageResult<>(rows, total, page.page(), page.size());
    }

    public void rate(String dossier, String score, @Nullable String comment, String username, OffsetDateTime at) {
        jdbc.sql("""
                insert into dossier.rating (dossier, score, comment, rated_by, rated_at)
                values (:dossier, :score, :comment, :username, :at)
                """)
                .param("dossier", dossier)
                .param("score", score)
                .param("comment", comment)
                .param("username", username)
                .param("at", at)
                .update();
    }

    public Optional<String> rating(String dossier) {
        return jdbc.sql("select score from dossier.rating where dossier = :dossier")
                .param("dossier", dossier)
                .query(String.class)
                .optional();
    }

    public void notify(
            PendingWrites writes, String dossier, String recipient, String subject, String body, OffsetDateTime at) {
        writes.add(
                """
                insert into dossier.notification (dossier, recipient, subject, body, created_at)
                values (:dossier, :recipient, :subject, :body, :at)
                """,
                new MapSqlParameterSource()
                        .addValue("dossier", dossier)
                        .addValue("recipient", recipient)
                        .addValue("subject", subject)
                        .addValue("body", body)
                        .addValue("at", at));
    }

    public void assign(String dossier, @Nullable String assignee) {
        jdbc.sql("update dossier.dossier set assignee = :assignee where code = :code")
                .param("assignee", assignee)
                .param("code", dossier)
                .update();
    }

    public PageResult<DossierRow> ofApplicant(String username, PageRequest page) {
        long total = jdbc.sql("select count(*) from dossier.dossier where applicant_username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
        List<DossierRow> rows = jdbc.sql("""
                select * from dossier.dossier where applicant_username = :u
                order by submitted_at desc, code limit :limit offset :offset
                """)
                .param("u", username)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::row)
                .list();
        return new PageResult<>(rows, total, page.page(), page.size());
    }

    private DossierRow row(ResultSet rs, int n) throws SQLException {
        return new DossierRow(
                rs.getString("code"),
                rs.getString("procedure_code"),
                rs.getString("procedure_name"),
                rs.getString("applicant_name"),
                rs.getString("receiving_commune"),
                rs.getString("status"),
                rs.getString("channel"),
                at(rs, "submitted_at"),
                atOrNull(rs, "received_at"),
                atOrNull(rs, "due_at"),
                rs.getObject("extended_at") != null,
                rs.getInt("version"));
    }

    private StoredDocument document(ResultSet rs, int n) throws SQLException {
        long reused = rs.getLong("reused_from");
        Long reusedOrNull = rs.wasNull() ? null : reused;
        return new StoredDocument(
                rs.getLong("id"),
                rs.getString("dossier"),
                rs.getString("name"),
                rs.getString("media_type"),
                rs.getLong("size"),
                rs.getString("sha256"),
                reusedOrNull,
                rs.getString("added_by"),
                at(rs, "added_at"),
                rs.getString("paper_name"),
                rs.getObject("document_id", java.util.UUID.class));
    }

    private DossierData dossier(ResultSet rs, int n) throws SQLException {
        long revision = rs.getLong("calendar_revision");
        Long revisionOrNull = rs.wasNull() ? null : revision;
        long remaining = rs.getLong("paused_remaining_minutes");
        Long remainingOrNull = rs.wasNull() ? null : remaining;
        return new DossierData(
                rs.getString("code"),
                rs.getString("procedure_code"),
                rs.getInt("procedure_version"),
                rs.getInt("workflow_version"),
                rs.getString("procedure_name"),
                SubmissionChannel.parse(rs.getString("channel")),
                new Applicant(
                        rs.getString("applicant_username"),
                        rs.getString("applicant_name"),
                        rs.getString("applicant_id_number"),
                        rs.getString("applicant_address"),
                        rs.getString("applicant_email"),
                        rs.getString("applicant_phone")),
                rs.getString("receiving_province"),
                rs.getString("receiving_commune"),
                rs.getString("competent_level"),
                ProcessingLevel.valueOf(rs.getString("processing_level").toUpperCase(java.util.Locale.ROOT)),
                DossierStatus.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
                at(rs, "submitted_at"),
                atOrNull(rs, "received_at"),
                atOrNull(rs, "due_at"),
                atOrNull(rs, "original_due_at"),
                revisionOrNull,
                parseHolidays(rs.getString("holidays_skipped")),
                rs.getLong("time_limit_minutes"),
                rs.getObject("cut_off", LocalTime.class),
                vn.haicap.calendar.DeadlinePolicy.fromCode(rs.getString("deadline_policy"))
                        .orElseThrow(),
                atOrNull(rs, "paused_at"),
                remainingOrNull,
                rs.getBoolean("supplement_requested_in_process"),
                atOrNull(rs, "extended_at"),
                rs.getString("extension_reason"),
                atOrNull(rs, "finished_at"),
                new CurrentStep(
                        rs.getInt("step_index"),
                        rs.getString("step_kind") == null
                                ? null
                                : StepKind.fromKey(rs.getString("step_kind")).orElseThrow(),
                        rs.getString("step_role") == null ? null : Role.fromKey(rs.getString("step_role")),
                        rs.getString("step_agency") == null
                                ? null
                                : AgencyLevel.fromKey(rs.getString("step_agency"))
                                        .orElseThrow(),
                        atOrNull(rs, "step_due_at")),
                rs.getBoolean("extension_late"),
                rs.getString("check_code_hash"),
                rs.getInt("version"));
    }

    private @Nullable OffsetDateTime startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toOffsetDateTime();
    }

    private OffsetDateTime at(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        if (value == null) {
            throw new IllegalStateException("Column " + column + " is null");
        }
        return value.atZoneSameInstant(zone).toOffsetDateTime();
    }

    private @Nullable OffsetDateTime atOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(zone).toOffsetDateTime();
    }

    private static @Nullable DossierStatus status(@Nullable String key) {
        return key == null ? null : DossierStatus.valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }

    private static String holidays(List<LocalDate> days) {
        return String.join(",", days.stream().map(LocalDate::toString).toList());
    }

    private static List<LocalDate> parseHolidays(String text) {
        return text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(",")).map(LocalDate::parse).toList();
    }
}
