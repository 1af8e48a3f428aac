package vn.haicap.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.haicap.account.CurrentUser;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.document.DocumentKind;
import vn.haicap.document.DocumentManagement;
import vn.haicap.document.NewDocument;
import vn.haicap.document.PreparedFile;
import vn.haicap.document.StoredDocument;
import vn.haicap.dossier.domain.Applicant;
import vn.haicap.dossier.domain.DossierData;
import vn.haicap.dossier.domain.SubmissionChannel;
import vn.haicap.dossier.store.IntakeStore;
import vn.haicap.dossier.store.IntakeStore.EarlierDocument;
import vn.haicap.procedure.ProcedureView;
import vn.haicap.shared.AuditEvent;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.PendingWrites;
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
    private final DocumentManagement documents;
    private final DossierIndexing indexing;

    SubmissionIntake(
            IntakeStore store,
            ApplicationEventPublisher events,
            DocumentManagement documents,
            DossierIndexing indexing) {
        this.store = store;
        this.events = events;
        this.documents = documents;
        this.indexing = indexing;
    }

    /**
     * What was checked, ready to be written once the dossier exists: the uploads are already in the blob
     * store (prepared), not yet recorded.
     */
    record Checked(
            List<DocumentIntake.Accepted> uploads,
            List<PreparedFile> prepared,
            List<@Nullable Integer> uploadPapers,
            List<Reused> reused,
            List<@Nullable Integer> reusedPapers) {}

    /** A document of the applicant's (a wallet entry or an earlier dossier's paper) attached again. */
    record Reused(
            UUID documentId,
            String name,
            String mediaType,
            long size,
            String sha256,
            @Nullable Long reusedFrom) {}

    /**
     * Waits for any other submission with this key by this user to commit, then answers the earlier answer for a
     * replayed key; 422 when the key comes back with a different request.
     */
    Optional<String> replay(String username, String key, String fingerprint) {
        return store.lockAndReplay(username, key).map(replay -> {
            if (replay.requestHash() != null && !replay.requestHash().equals(fingerprint)) {
                throw HaicapException.conflict("dossier.idempotency-key-reused", key);
            }
            return replay.response();
        });
    }

    /**
     * D118 Art. 14(2) lets any one-stop unit receive a procedure "regardless of administrative boundaries
     * within the province": the applicant's residence, when given, must be in the receiving unit's
     * province. The catalogue records no procedure receivable nationwide, so there is no exception.
     */
    static void checkResidence(
            ProcedureView procedure,
            AdminUnitDataset.Commune receiving,
            vn.haicap.adminunit.UnitsByCode units,
            @Nullable String residence) {
        if (residence == null || residence.isBlank() || !procedure.receivableAnywhere()) {
            return;
        }
        String wanted = residence.strip();
        AdminUnitDataset.Commune lives =
                units.commune(wanted).orElseThrow(() -> HaicapException.invalid("dossier.commune-unknown", wanted));
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
        List<Reused> reused = new ArrayList<>();
        List<@Nullable Integer> reusedPapers = new ArrayList<>();
        for (SubmitCommand.Reuse reuse : command.reuseDocuments()) {
            // once-only: a paper of the wallet or of an earlier dossier is attached again, never asked for twice
            if (owner == null) {
                throw HaicapException.invalid("dossier.document-not-reusable", reuse.id());
            }
            reused.add(reusable(reuse.id(), owner));
            reusedPapers.add(reuse.paper());
        }
        PaperCheck.check(procedure, command, counterOfficer);
        // last, once everything cheap has passed: the strict checks of the document store and the blobs
        List<PreparedFile> prepared = new ArrayList<>();
        for (DocumentIntake.Accepted upload : uploads) {
            prepared.add(documents.prepare(upload.name(), DocumentKind.PAPER, upload.content()));
        }
        return new Checked(uploads, prepared, uploadPapers, reused, reusedPapers);
    }

    /** A wallet entry (its UUID) or a document of an earlier dossier (its number) of the applicant's. */
    private Reused reusable(String id, String owner) {
        String wanted = id.strip();
        if (wanted.matches("\\d{1,18}")) {
            EarlierDocument earlier = store.ofApplicant(Long.parseLong(wanted), owner)
                    .orElseThrow(() -> HaicapException.invalid("dossier.document-not-reusable", wanted));
            return new Reused(
                    earlier.documentId(),
                    earlier.name(),
                    earlier.mediaType(),
                    earlier.size(),
                    earlier.sha256(),
                    earlier.reusedFrom() == null ? earlier.id() : earlier.reusedFrom());
        }
        UUID documentId;
        try {
            documentId = UUID.fromString(wanted);
        } catch (IllegalArgumentException e) {
            throw HaicapException.invalid("dossier.document-not-reusable", wanted);
        }
        StoredDocument document;
        try {
            document = documents.reuse(owner, documentId);
        } catch (HaicapException e) {
            throw HaicapException.invalid("dossier.document-not-reusable", wanted);
        }
        return new Reused(
                document.id(),
                document.fileName(),
                document.mediaType(),
                document.size(),
                document.sha256(),
                store.firstReferring(document.id(), owner).orElse(null));
    }

    /**
     * Writes the documents (recorded in the document store, in the applicant's wallet, referenced by the
     * dossier), the presented papers and the postmark of a new dossier with the dossier's other writes, and
     * queues the dossier for the search index, which is filled after commit in the background.
     */
    void attach(
            PendingWrites writes,
            DossierData dossier,
            ProcedureView procedure,
            SubmitCommand command,
            Checked checked,
            CurrentUser user,
            OffsetDateTime now) {
        String code = dossier.code();
        String owner = owner(dossier);
        List<DocumentManagement.Recording> recordings = new ArrayList<>();
        for (int i = 0; i < checked.uploads().size(); i++) {
            recordings.add(new DocumentManagement.Recording(
                    checked.prepared().get(i),
                    new NewDocument(
                            checked.uploads().get(i).name(),
                            DocumentKind.PAPER,
                            owner,
                            user.username(),
                            PaperCheck.name(checked.uploadPapers().get(i), procedure),
                            null,
                            "vi",
                            code,
                            dossier.receivingProvince(),
                            dossier.receivingCommune(),
                            null)));
        }
        List<StoredDocument> recorded = documents.recordAll(recordings);
        List<IntakeStore.DossierDocument> attached = new ArrayList<>();
        for (int i = 0; i < checked.uploads().size(); i++) {
            DocumentIntake.Accepted upload = checked.uploads().get(i);
            PreparedFile file = checked.prepared().get(i);
            Integer paper = checked.uploadPapers().get(i);
            attached.add(new IntakeStore.DossierDocument(
                    code,
                    recorded.get(i).id(),
                    upload.name(),
                    upload.mediaType(),
                    file.size(),
                    file.sha256(),
                    null,
                    paper,
                    PaperCheck.name(paper, procedure),
                    user.username(),
                    now));
        }
        for (int i = 0; i < checked.reused().size(); i++) {
            Reused earlier = checked.reused().get(i);
            Integer paper = checked.reusedPapers().get(i);
            attached.add(new IntakeStore.DossierDocument(
                    code,
                    earlier.documentId(),
                    earlier.name(),
                    earlier.mediaType(),
                    earlier.size(),
                    earlier.sha256(),
                    earlier.reusedFrom(),
                    paper,
                    PaperCheck.name(paper, procedure),
                    user.username(),
                    now));
        }
        store.addDocuments(writes, attached);
        indexing.queueAfterCommit(code);
        for (Integer paper : new java.util.TreeSet<>(command.presentedPapers())) {
            store.presented(
                    writes, code, paper, procedure.papers().get(paper - 1).name(), user.username(), now);
        }
        if (command.postmarkedOn() != null) {
            store.postmarked(writes, code, command.postmarkedOn());
        }
    }

    /** Whose papers they are: the applicant's account, else their ID number, else the dossier itself. */
    static String owner(DossierData dossier) {
        Applicant applicant = dossier.applicant();
        if (applicant.username() != null) {
            return applicant.username();
        }
        return applicant.idNumber() != null ? applicant.idNumber() : dossier.code();
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
