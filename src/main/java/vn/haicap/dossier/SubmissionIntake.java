package vn.haicap.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.haicap.account.CurrentUser;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.dossier.domain.SubmissionChannel;
import vn.haicap.dossier.store.IntakeStore;
import vn.haicap.dossier.store.IntakeStore.EarlierDocument;
import vn.haicap.procedure.ProcedureView;
import vn.haicap.shared.AuditEvent;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Role;

/**
 * The checks of a submission that need no dossier yet (documents by content, required papers, re-used
 * documents, residence, postmark, replayed keys) and what it writes besides the dossier. Everything is
 * checked before the dossier code is taken, so a refused submission writes nothing.
 */
@Service
public class SubmissionIntake {

    private final IntakeStore store;
    private final ApplicationEventPublisher events;

    SubmissionIntake(IntakeStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** What was checked, ready to be written once the dossier exists. */
    record Checked(
            List<DocumentIntake.Accepted> uploads,
            List<@Nullable Integer> uploadPapers,
            List<EarlierDocument> reused,
            List<@Nullable Integer> reusedPapers) {}

    /** The earlier answer for a replayed key; 422 when the key comes back with a different request. */
    Optional<String> replay(String username, String key, String fingerprint) {
        return store.replay(username, key).map(replay -> {
            if (replay.requestHash() != null && !replay.requestHash().equals(fingerprint)) {
                throw HaicapException.conflict("dossier.idempotency-key-reused", key);
            }
            return replay.response();
        });
    }

    void saveReplay(String username, String key, String code, String response, String fingerprint, OffsetDateTime at) {
        store.saveReplay(username, key, code, response, fingerprint, at);
    }

    /**
     * D118 Art. 14(2) lets any one-stop unit receive a procedure "regardless of administrative boundaries
     * within the province": the applicant's residence, when given, must be in the receiving unit's
     * province. The catalogue records no procedure receivable nationwide, so there is no exception.
     */
    static void checkResidence(
            ProcedureView procedure,
            AdminUnitDataset.Commune receiving,
            AdminUnitDataset units,
            @Nullable String residence) {
        if (residence == null || residence.isBlank() || !procedure.receivableAnywhere()) {
            return;
        }
        String wanted = residence.strip();
        AdminUnitDataset.Commune lives = units.communes().stream()
                .filter(c -> c.code().equals(wanted))
                .findFirst()
                .orElseThrow(() -> HaicapException.invalid("dossier.commune-unknown", wanted));
        if (!lives.provinceCode().equals(receiving.provinceCode())) {
            throw HaicapException.invalid(
                    "dossier.residence-outside-province", lives.code(), receiving.provinceCode(), procedure.code());
        }
    }

    /** A postal dossier needs its postmark date: not in the future, not before the procedure version. */
    static void checkPostmark(
            ProcedureView procedure, SubmissionChannel channel, @Nullable LocalDate postmark, LocalDate today) {
        if (channel != SubmissionChannel.POST) {
            if (postmark != null) {
                throw HaicapException.invalid("dossier.postmark-not-postal", channel.key());
            }
            return;
        }
        if (postmark == null) {
            throw HaicapException.invalid("dossier.postmark-required");
        }
        if (postmark.isAfter(today)) {
            throw HaicapException.invalid("dossier.postmark-in-future", postmark.toString(), today.toString());
        }
        if (postmark.isBefore(procedure.validFrom())) {
            throw HaicapException.invalid(
                    "dossier.postmark-before-procedure",
                    postmark.toString(),
                    procedure.code(),
                    procedure.validFrom().toString());
        }
    }

    /**
     * Checks the documents by content, the re-used documents (the applicant's own only) and the
     * required papers.
     *
     * @param owner the applicant's account, whose earlier documents may be re-used; null for none
     */
    Checked check(ProcedureView procedure, SubmitCommand command, @Nullable String owner, boolean counterOfficer) {
        List<DocumentIntake.Accepted> uploads = new ArrayList<>();
        List<@Nullable Integer> uploadPapers = new ArrayList<>();
        long total = 0;
        for (SubmitCommand.Upload upload : command.documents()) {
            uploads.add(DocumentIntake.accept(upload.name(), upload.mediaType(), upload.content()));
            uploadPapers.add(upload.paper());
            total += upload.content().length;
        }
        if (total > DocumentIntake.MAX_SUBMISSION_BYTES) {
            throw new HaicapException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "dossier.submission-too-large",
                    DocumentIntake.MAX_SUBMISSION_BYTES / 1024 / 1024);
        }
        List<EarlierDocument> reused = new ArrayList<>();
        List<@Nullable Integer> reusedPapers = new ArrayList<>();
        for (SubmitCommand.Reuse reuse : command.reuseDocuments()) {
            // once-only: a paper of the same person's earlier dossier is attached again, never asked for twice
            EarlierDocument earlier = (owner == null
                            ? Optional.<EarlierDocument>empty()
                            : store.ofApplicant(reuse.id(), owner))
                    .orElseThrow(() -> HaicapException.invalid("dossier.document-not-reusable", reuse.id()));
            reused.add(earlier);
            reusedPapers.add(reuse.paper());
        }
        PaperCheck.check(procedure, command, counterOfficer);
        return new Checked(uploads, uploadPapers, reused, reusedPapers);
    }

    /** Writes the documents, the presented papers and the postmark of a new dossier. */
    void attach(
            String code,
            ProcedureView procedure,
            SubmitCommand command,
            Checked checked,
            CurrentUser user,
            OffsetDateTime now) {
        for (int i = 0; i < checked.uploads().size(); i++) {
            DocumentIntake.Accepted upload = checked.uploads().get(i);
            Integer paper = checked.uploadPapers().get(i);
            store.addDocument(
                    code,
                    upload.name(),
                    upload.mediaType(),
                    upload.content(),
                    upload.sha256(),
                    null,
                    paper,
                    PaperCheck.name(paper, procedure),
                    user.username(),
                    now);
        }
        for (int i = 0; i < checked.reused().size(); i++) {
            EarlierDocument earlier = checked.reused().get(i);
            Integer paper = checked.reusedPapers().get(i);
            store.addDocument(
                    code,
                    earlier.name(),
                    earlier.mediaType(),
                    store.content(earlier.id()),
                    earlier.sha256(),
                    earlier.reusedFrom() == null ? earlier.id() : earlier.reusedFrom(),
                    paper,
                    PaperCheck.name(paper, procedure),
                    user.username(),
                    now);
        }
        for (Integer paper : new java.util.TreeSet<>(command.presentedPapers())) {
            store.presented(code, paper, procedure.papers().get(paper - 1).name(), user.username(), now);
        }
        if (command.postmarkedOn() != null) {
            store.postmarked(code, command.postmarkedOn());
        }
    }

    /**
     * The documents of earlier dossiers that may be re-used: the caller's own, or for a counter officer
     * registering a dossier on someone's behalf, that applicant's (recorded in the audit log).
     */
    @Transactional
    public List<EarlierDocument> earlierDocuments(CurrentUser user, @Nullable String applicant) {
        if (applicant == null || applicant.isBlank() || applicant.strip().equals(user.username())) {
            if (!user.has(Role.CITIZEN) && !user.has(Role.BUSINESS)) {
                return List.of();
            }
            return store.ofApplicant(user.username());
        }
        if (!user.has(Role.COUNTER_OFFICER)) {
            throw HaicapException.forbidden("dossier.documents-forbidden");
        }
        events.publishEvent(AuditEvent.of(
                user.username(), "dossier.documents-listed", "account", applicant.strip(), java.util.Map.of()));
        return store.ofApplicant(applicant.strip());
    }

    /** The applicant's details on their latest dossier, to fill in a new form. */
    @Transactional(readOnly = true)
    public Optional<IntakeStore.LastApplicant> lastApplicant(CurrentUser user) {
        return store.lastApplicant(user.username());
    }
}
