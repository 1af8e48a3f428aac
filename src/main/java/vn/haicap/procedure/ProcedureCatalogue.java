package vn.haicap.procedure;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.haicap.calendar.DeadlinePolicy;
import vn.haicap.procedure.ImportReport.Outcome;
import vn.haicap.procedure.parsing.ParsedItem;
import vn.haicap.procedure.parsing.PortalExportReader;
import vn.haicap.procedure.store.DeadlineSettingStore;
import vn.haicap.procedure.store.ProcedureDraft;
import vn.haicap.procedure.store.ProcedureStore;
import vn.haicap.procedure.store.StoredVersion;
import vn.haicap.procedure.store.SubmissionTermsStore;
import vn.haicap.procedure.store.WorkflowStore;
import vn.haicap.procedure.workflow.DefaultWorkflow;
import vn.haicap.procedure.workflow.WorkflowRules;
import vn.haicap.shared.AuditEvent;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;

/**
 * The procedure catalogue: procedures as of any date, search, time limits per channel, and the versioned
 * workflow definitions that dossiers follow.
 */
@Service
public class ProcedureCatalogue {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProcedureCatalogue.class);

    private final ProcedureStore procedures;
    private final WorkflowStore workflows;
    private final DeadlineSettingStore deadlineSettings;
    private final SubmissionTermsStore submissionTerms;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    ProcedureCatalogue(
            ProcedureStore procedures,
            WorkflowStore workflows,
            DeadlineSettingStore deadlineSettings,
            SubmissionTermsStore submissionTerms,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events) {
        this.procedures = procedures;
        this.workflows = workflows;
        this.deadlineSettings = deadlineSettings;
        this.submissionTerms = submissionTerms;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    public LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The version in force today. */
    public ProcedureView get(String code) {
        return get(code, today());
    }

    public Optional<ProcedureView> find(String code) {
        return PortalExportReader.CODE.matcher(code).matches() ? procedures.asOf(code, today()) : Optional.empty();
    }

    /** What a new dossier takes from the procedure in force today, read in one query. */
    public Optional<SubmissionTerms> forSubmission(String code) {
        return PortalExportReader.CODE.matcher(code).matches() ? submissionTerms.asOf(code, today()) : Optional.empty();
    }

    /** The version in force on a day. */
    public ProcedureView get(String code, LocalDate asOf) {
        return procedures
                .asOf(requireCode(code), asOf)
                .orElseThrow(() -> HaicapException.notFound("procedure.not-found", code));
    }

    /** A version by number, e.g. the one a dossier was received under. */
    public ProcedureView version(String code, int version) {
        return procedures
                .version(requireCode(code), version)
                .orElseThrow(() -> HaicapException.notFound("procedure.version-not-found", code, version));
    }

    /** Every recorded version, newest first. */
    public List<ProcedureView> history(String code) {
        List<ProcedureView> versions = procedures.history(requireCode(code));
        if (versions.isEmpty()) {
            throw HaicapException.notFound("procedure.not-found", code);
        }
        return versions;
    }

    /**
     * Procedures in force today whose code, name or field contains every word of {@code q} (case and
     * diacritics ignored), optionally of one competent level and field, by code.
     */
    public PageResult<ProcedureView> search(
            @Nullable String q, @Nullable CompetentLevel level, @Nullable String field, PageRequest page) {
        return procedures.search(q, level, field, today(), page);
    }

    /** The fields of the procedures in force, for filters. */
    public List<String> fields() {
        return procedures.fields(today());
    }

    /** The time limit today of one channel; empty when the channel is not offered or its limit is unknown. */
    public Optional<TimeLimit> timeLimit(String code, ChannelKind channel) {
        return get(code).channel(channel).map(Channel::timeLimit);
    }

    public WorkflowDefinition currentWorkflow(String code) {
        requireCode(code);
        return workflows
                .current(code)
                .orElseThrow(() -> HaicapException.notFound("procedure.workflow-not-found", code, 0));
    }

    /** The definition version N, e.g. the one a dossier started with. */
    public WorkflowDefinition workflow(String code, int version) {
        requireCode(code);
        return workflows
                .version(code, version)
                .orElseThrow(() -> HaicapException.notFound("procedure.workflow-not-found", code, version));
    }

    /** Every version, newest first. */
    public List<WorkflowDefinition> workflowHistory(String code) {
        requireCode(code);
        return workflows.history(code);
    }

    /** The rules a definition breaks for this procedure (empty when it may be saved). */
    public List<WorkflowViolation> check(String code, List<WorkflowStepDraft> steps) {
        return WorkflowRules.check(steps, limitHours(get(code))).violations();
    }

    /** Saves a definition as the next version; a definition that breaks a rule is refused whole. */
    @Transactional
    public WorkflowDefinition saveWorkflow(
            String code, List<WorkflowStepDraft> steps, @Nullable String note, String actor) {
        WorkflowRules.Outcome outcome = WorkflowRules.check(steps, limitHours(get(code)));
        if (!outcome.valid()) {
            throw new WorkflowRejected(outcome.violations());
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        int version = workflows.append(code, outcome.steps(), cleanNote, actor);
        events.publishEvent(AuditEvent.of(
                actor, "procedure.workflow-saved", "procedure", code, Map.of("version", Integer.toString(version))));
        return workflow(code, version);
    }

    /**
     * How the procedure's limit becomes an appointment: its policy for limits in working days and its
     * cut-off override; {@link DeadlineSetting#defaults} (policy A, the published cut-off) when never set.
     */
    public DeadlineSetting deadlineSetting(String code) {
        requireCode(code);
        return deadlineSettings.find(code).orElseGet(() -> {
            get(code);
            return DeadlineSetting.defaults(code);
        });
    }

    /** Records a procedure's deadline setting, audited with the previous values. */
    @Transactional
    public DeadlineSetting saveDeadlineSetting(
            String code, DeadlinePolicy policy, @Nullable LocalTime cutOff, String actor) {
        DeadlineSetting previous = deadlineSetting(code);
        deadlineSettings.save(code, policy, cutOff, actor);
        events.publishEvent(AuditEvent.of(
                actor,
                "procedure.deadline-setting-saved",
                "procedure",
                code,
                Map.of(
                        "policy",
                        policy.code(),
                        "cutOff",
                        cutOff == null ? "" : cutOff.toString(),
                        "previousPolicy",
                        previous.policy().code(),
                        "previousCutOff",
                        previous.cutOff() == null ? "" : String.valueOf(previous.cutOff()))));
        return deadlineSetting(code);
    }

    /**
     * Imports the portal's JSON export: a new procedure is created with a default workflow, a changed one
     * gets a new version from {@code validFrom} (today when null) and the previous version ends, an
     * identical one is left alone.
     */
    public ImportReport importExport(InputStream json, @Nullable LocalDate validFrom, String actor) {
        return write(PortalExportReader.read(json), validFrom == null ? today() : validFrom, "import", actor, Set.of());
    }

    /** Imports only the procedures not recorded yet (the starter catalogue at start-up). */
    ImportReport importMissing(InputStream json, LocalDate validFrom, String source, String actor) {
        return write(PortalExportReader.read(json), validFrom, source, actor, procedures.codes());
    }

    private ImportReport write(
            List<ParsedItem> parsed, LocalDate validFrom, String source, String actor, Set<String> skip) {
        List<ImportReport.Item> items = new ArrayList<>();
        List<ImportReport.Problem> problems = new ArrayList<>();
        int[] counts = new int[Outcome.values().length];
        for (ParsedItem item : parsed) {
            problems.addAll(item.problems());
            ImportReport.Item result;
            if (item.draft() == null) {
                result = new ImportReport.Item(item.index(), item.code(), Outcome.REJECTED, null);
            } else if (skip.contains(item.draft().code())) {
                result = new ImportReport.Item(item.index(), item.code(), Outcome.UNCHANGED, null);
            } else {
                result = recordInTransaction(item.index(), item.draft(), validFrom, source, actor, problems);
            }
            counts[result.outcome().ordinal()]++;
            items.add(result);
        }
        return new ImportReport(
                parsed.size(),
                counts[Outcome.CREATED.ordinal()],
                counts[Outcome.UPDATED.ordinal()],
                counts[Outcome.UNCHANGED.ordinal()],
                counts[Outcome.REJECTED.ordinal()],
                List.copyOf(items),
                List.copyOf(problems));
    }

    private ImportReport.Item recordInTransaction(
            int index,
            ProcedureDraft draft,
            LocalDate validFrom,
            String source,
            String actor,
            List<ImportReport.Problem> problems) {
        try {
            ImportReport.Item item =
                    transactions.execute(status -> record(index, draft, validFrom, source, actor, problems));
            return java.util.Objects.requireNonNull(item);
        } catch (org.springframework.dao.DataAccessException e) {
            log.error("Could not record procedure {} (item {})", draft.code(), index, e);
            problems.add(new ImportReport.Problem(
                    index, draft.code(), "procedure.import.store-failed", List.of(draft.code()), true));
            return new ImportReport.Item(index, draft.code(), Outcome.REJECTED, null);
        }
    }

    private ImportReport.Item record(
            int index,
            ProcedureDraft draft,
            LocalDate validFrom,
            String source,
            String actor,
            List<ImportReport.Problem> problems) {
        procedures.lockCatalogue();
        String code = draft.code();
        Optional<StoredVersion> latest = procedures.latest(code);
        if (latest.isEmpty()) {
            procedures.record(draft, 1, validFrom, source, actor);
            ProcedureView view = draft.toView(1, validFrom, null);
            workflows.append(code, DefaultWorkflow.forProcedure(view), "default", actor);
            recorded(actor, code, 1, source);
            return new ImportReport.Item(index, code, Outcome.CREATED, 1);
        }
        StoredVersion previous = latest.get();
        if (previous.fingerprint().equals(procedures.fingerprint(draft))) {
            return new ImportReport.Item(index, code, Outcome.UNCHANGED, previous.version());
        }
        if (validFrom.isBefore(previous.validFrom())) {
            problems.add(new ImportReport.Problem(
                    index,
                    code,
                    "procedure.import.valid-from-before-latest",
                    List.of(validFrom.toString(), previous.validFrom().toString()),
                    true));
            return new ImportReport.Item(index, code, Outcome.REJECTED, null);
        }
        // a same-day correction ends the previous version on that day; otherwise it ends the day before
        procedures.close(
                code, previous.version(), validFrom.equals(previous.validFrom()) ? validFrom : validFrom.minusDays(1));
        int version = previous.version() + 1;
        procedures.record(draft, version, validFrom, source, actor);
        workflows.current(code).ifPresent(workflow -> {
            if (!WorkflowRules.recheck(workflow.steps(), limitHours(draft.toView(version, validFrom, null)))
                    .valid()) {
                problems.add(new ImportReport.Problem(
                        index,
                        code,
                        "procedure.import.workflow-needs-review",
                        List.of(code, workflow.version()),
                        false));
            }
        });
        recorded(actor, code, version, source);
        return new ImportReport.Item(index, code, Outcome.UPDATED, version);
    }

    private void recorded(String actor, String code, int version, String source) {
        events.publishEvent(AuditEvent.of(
                actor,
                "procedure.version-recorded",
                "procedure",
                code,
                Map.of("version", Integer.toString(version), "source", source)));
    }

    private static @Nullable BigDecimal limitHours(ProcedureView procedure) {
        return procedure.referenceLimit().map(TimeLimit::inWorkingHours).orElse(null);
    }

    static String requireCode(String code) {
        if (!PortalExportReader.CODE.matcher(code).matches()) {
            throw HaicapException.invalid("procedure.code-invalid", code);
        }
        return code;
    }
}
