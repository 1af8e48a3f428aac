package vn.haicap.document;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.haicap.account.CurrentUser;
import vn.haicap.document.inspection.DocumentInspection;
import vn.haicap.document.inspection.FileNames;
import vn.haicap.document.inspection.FileType;
import vn.haicap.document.inspection.InspectedFile;
import vn.haicap.document.inspection.InspectionProperties;
import vn.haicap.document.inspection.MalwareScanner;
import vn.haicap.document.storage.BlobStore;
import vn.haicap.document.storage.StagedFile;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Role;

/**
 * The document store's facade. A file is received with a hard size cap (in memory, or in a temporary file
 * when large), inspected, scanned, then written to the blob store by its SHA-256 and only then recorded in the database: a
 * refused file leaves nothing behind, and a failed insert leaves at most an orphan blob (harmless: it is
 * content-addressed, never listed, and re-used if the same bytes come again).
 */
@Service
public class DocumentManagement {

    private final BlobStore blobs;
    private final DocumentInspection inspection;
    private final InspectionProperties limits;
    private final vn.haicap.shared.PublicSite site;
    private final MalwareScanner scanner;
    private final DocumentRepository documents;
    private final SearchIndex search;
    private final RegisterRepository register;
    private final TransactionTemplate transactions;

    DocumentManagement(
            BlobStore blobs,
            DocumentInspection inspection,
            InspectionProperties limits,
            MalwareScanner scanner,
            DocumentRepository documents,
            SearchIndex search,
            RegisterRepository register,
            TransactionTemplate transactions,
            vn.haicap.shared.PublicSite site) {
        this.site = site;
        this.blobs = blobs;
        this.inspection = inspection;
        this.limits = limits;
        this.scanner = scanner;
        this.documents = documents;
        this.search = search;
        this.register = register;
        this.transactions = transactions;
    }

    /** Stores a new document (version 1). */
    public StoredDocument store(NewDocument document, InputStream content) {
        return save(document, content, null);
    }

    /** Stores a new version of a document: a new row pointing to the previous one, which stays as it was. */
    public StoredDocument addVersion(UUID previousId, NewDocument document, InputStream content) {
        StoredDocument previous = documents
                .find(previousId)
                .orElseThrow(() -> HaicapException.notFound("document.not-found", previousId));
        if (documents.successorOf(previousId).isPresent()) {
            throw HaicapException.conflict("document.version-superseded", previousId);
        }
        return save(document, content, previous);
    }

    /**
     * The first half of storing a paper that belongs to something not yet written (a dossier being
     * submitted): receives, inspects (without extracting the text), scans and puts the bytes in the blob
     * store. Nothing is recorded; a file never recorded is an orphan blob, harmless (see the class comment).
     */
    public PreparedFile prepare(String fileName, DocumentKind kind, InputStream content) {
        try (StagedFile received = receive(content, fileName, kind)) {
            return prepare(fileName, kind, received);
        }
    }

    /** {@link #prepare(String, DocumentKind, InputStream)} for bytes the caller already holds. */
    public PreparedFile prepare(String fileName, DocumentKind kind, byte[] content) {
        return prepare(fileName, kind, StagedFile.of(content));
    }

    private PreparedFile prepare(String fileName, DocumentKind kind, StagedFile received) {
        InspectedFile file = inspection.inspect(received, fileName, kind, false);
        scanAndPut(received, file);
        return new PreparedFile(
                received.sha256(), received.size(), file.name(), file.mediaType(), kind, file.pageCount());
    }

    /** A prepared file with what to record it as. */
    public record Recording(PreparedFile file, NewDocument document) {}

    /**
     * The second half: records prepared files in the caller's transaction, without their text (see {@link
     * #index}). The same bytes already in the owner's wallet as a paper are not recorded twice: that document is
     * returned. The papers the owners hold are looked up in one query per owner; the same bytes given twice are
     * recorded once.
     */
    public List<StoredDocument> recordAll(List<Recording> recordings) {
        Map<String, StoredDocument> held = new HashMap<>();
        recordings.stream()
                .filter(r -> r.document().kind() == DocumentKind.PAPER)
                .collect(Collectors.groupingBy(
                        r -> r.document().owner(),
                        Collectors.mapping(r -> r.file().sha256(), Collectors.toSet())))
                .forEach((owner, sha256s) -> documents
                        .livePapers(owner, sha256s)
                        .forEach((sha256, document) -> held.put(owner + "\n" + sha256, document)));
        List<StoredDocument> recorded = new ArrayList<>();
        for (Recording recording : recordings) {
            PreparedFile file = recording.file();
            NewDocument document = recording.document();
            boolean paper = document.kind() == DocumentKind.PAPER;
            String key = document.owner() + "\n" + file.sha256();
            StoredDocument same = paper ? held.get(key) : null;
            if (same == null) {
                InspectedFile inspected = new InspectedFile(
                        file.name(), vn.haicap.document.inspection.FileType.of(file.mediaType()), file.pageCount(), "");
                same = documents.insert(UUID.randomUUID(), file.sha256(), file.size(), inspected, document, null);
                if (paper) {
                    held.put(key, same);
                }
            }
            recorded.add(same);
        }
        return recorded;
    }

    /**
     * Extracts a recorded document's text from its bytes, keeps it with the document and puts the document
     * in the search index; answers the text. Meant for background work after {@link #recordAll}: a file that
     * no longer yields text (destroyed, or accepted under older rules) is indexed by its metadata alone.
     */
    public String index(UUID id) {
        String kept = documents.text(id).orElse("");
        if (!kept.isEmpty()) {
            // indexed when its text was kept: a paper re-used by many dossiers is not written again each time
            return kept;
        }
        StoredDocument document =
                documents.find(id).orElseThrow(() -> HaicapException.notFound("document.not-found", id));
        String text = extract(document);
        if (!text.isEmpty()) {
            documents.saveText(id, text);
        }
        search.put(SearchItems.of(document, text));
        return text;
    }

    /** {@link #index} for many documents, reading the texts already kept in one query. */
    public Map<UUID, String> indexAll(java.util.Collection<UUID> ids) {
        Map<UUID, String> texts = new HashMap<>(documents.texts(ids));
        for (UUID id : ids) {
            String kept = texts.get(id);
            if (kept == null || kept.isEmpty()) {
                texts.put(id, index(id));
            }
        }
        return texts;
    }

    private String extract(StoredDocument document) {
        try (InputStream in = blobs.get(document.sha256());
                StagedFile staged = StagedFile.receive(in, Long.MAX_VALUE, IllegalStateException::new)) {
            return inspection
                    .inspect(staged, document.fileName(), document.kind(), true)
                    .text();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    public Optional<StoredDocument> find(UUID id) {
        return documents.find(id);
    }

    /** The document's bytes; the caller closes the stream. No permission check: see {@link #readableBy}. */
    public InputStream open(UUID id) {
        StoredDocument document =
                documents.find(id).orElseThrow(() -> HaicapException.notFound("document.not-found", id));
        try {
            return blobs.get(document.sha256());
        } catch (vn.haicap.document.storage.BlobNotFound e) {
            throw new HaicapException(HttpStatus.GONE, "document.destroyed", id);
        }
    }

    /**
     * Whether a user may read a document: its owner or uploader, the ministry, or an officer whose
     * jurisdiction covers the document's province or commune.
     */
    public boolean readableBy(StoredDocument document, CurrentUser user) {
        if (document.owner().equals(user.username()) || document.createdBy().equals(user.username())) {
            return true;
        }
        boolean officer = user.roles().stream().anyMatch(role -> role != Role.CITIZEN && role != Role.BUSINESS);
        return officer && user.jurisdiction().covers(document.provinceCode(), document.communeCode());
    }

    /** The owner's papers and results still valid: not replaced by a newer version, not expired. */
    public List<WalletEntry> wallet(String owner) {
        return documents.wallet(owner, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    /**
     * A document from the owner's wallet, to attach to a new dossier without uploading it again; refused
     * when it is not theirs, has been replaced, or has expired.
     */
    public StoredDocument reuse(String owner, UUID id) {
        return wallet(owner).stream()
                .filter(entry -> entry.id().equals(id))
                .findFirst()
                .flatMap(entry -> documents.find(id))
                .orElseThrow(() -> HaicapException.invalid("document.not-reusable", id));
    }

    /**
     * Registers a result issued by an office: stores the PDF (kind {@code result}), numbers it in its
     * organisation's series for the year ({@code 05/QĐ-UBND}), enters it in the register with its retention
     * and a random result code, and puts it in the owner's wallet, all or nothing.
     */
    public IssuedResult issueResult(ResultIssue issue, InputStream content) {
        try (StagedFile received = receive(content, issue.fileName(), DocumentKind.RESULT)) {
            return issueResult(issue, received, null, NumberSymbols.resultCode());
        }
    }

    /** A new verification code for a result, to print on it before it is issued with that code. */
    public String newResultCode() {
        return NumberSymbols.resultCode();
    }

    /** The public page where anyone checks a result by its code (printed on the result, with its QR code). */
    public String verificationUrl(String resultCode) {
        return site.link("/verify?code=" + resultCode);
    }

    /**
     * Issues a result that Haicap rendered itself, with the verification code printed on it ({@link
     * #newResultCode}): it is recorded with the text and pages the renderer gives, without being parsed again
     * (it is still scanned like any file).
     */
    public IssuedResult issueResult(ResultIssue issue, String resultCode, RenderedPdf pdf) {
        if (!resultCode.matches("KQ(-[0-9A-Z]{4}){3}")) {
            throw new IllegalArgumentException("Not a result code: " + resultCode);
        }
        InspectedFile known =
                new InspectedFile(FileNames.sanitise(issue.fileName()), FileType.PDF, pdf.pageCount(), pdf.text());
        return issueResult(issue, StagedFile.of(pdf.content()), known, resultCode);
    }

    private IssuedResult issueResult(
            ResultIssue issue, StagedFile content, @Nullable InspectedFile known, String resultCode) {
        Integer years = issue.retentionYears();
        if (years != null && (years < 2 || years > 70)) {
            throw HaicapException.invalid("document.register-retention-invalid", years);
        }
        NumberSymbols.format(1, issue.documentType(), issue.issuer(), issue.draftingUnit());
        NewDocument document = new NewDocument(
                issue.fileName(),
                DocumentKind.RESULT,
                issue.owner(),
                issue.issuedBy(),
                issue.summary(),
                issue.issuer(),
                "vi",
                issue.dossierCode(),
                issue.provinceCode(),
                issue.communeCode(),
                issue.validUntil());
        String organisation = issue.issuer().strip().toUpperCase(java.util.Locale.ROOT) + "@"
                + (issue.communeCode() != null ? issue.communeCode() : String.valueOf(issue.provinceCode()));
        java.util.concurrent.atomic.AtomicReference<IssuedResult> issued =
                new java.util.concurrent.atomic.AtomicReference<>();
        save(document, content, null, known, stored -> {
            int number = register.nextNumber(organisation, issue.issuedOn().getYear());
            String numberSymbol =
                    NumberSymbols.format(number, issue.documentType(), issue.issuer(), issue.draftingUnit());
            register.insert(UUID.randomUUID(), stored.id(), resultCode, organisation, number, numberSymbol, issue);
            issued.set(new IssuedResult(stored, resultCode, numberSymbol));
        });
        return issued.get();
    }

    /** Whether a result code exists, with the hash of the file issued; never personal data. */
    public Verification verify(String resultCode) {
        String code = resultCode.strip().toUpperCase(java.util.Locale.ROOT);
        return register.verify(code).orElse(Verification.UNKNOWN);
    }

    /** Fixed-term records whose retention ends by the given year, within the user's jurisdiction. */
    public List<RegisterEntry> dueForReview(int year, CurrentUser user) {
        return register.dueBy(year, user.jurisdiction());
    }

    /**
     * Destroys a record whose retention has ended (after the appraisal council's decision): the register
     * keeps the entry with its hash and the time of destruction; the file is deleted unless another
     * document still holds the same bytes.
     */
    public void destroy(UUID registerEntryId, int currentYear, CurrentUser user) {
        String sha256 =
                transactions.execute(status -> register.markDestroyed(registerEntryId, currentYear, user.jurisdiction())
                        .orElseThrow(() -> HaicapException.conflict("document.not-destroyable", registerEntryId)));
        if (sha256 != null && !register.stillReferenced(sha256)) {
            blobs.delete(sha256);
        }
    }

    private StoredDocument save(NewDocument document, InputStream content, @Nullable StoredDocument previous) {
        try (StagedFile received = receive(content, document.fileName(), document.kind())) {
            return save(document, received, previous, null, stored -> {});
        }
    }

    private StoredDocument save(
            NewDocument document,
            StagedFile received,
            @Nullable StoredDocument previous,
            @Nullable InspectedFile known,
            java.util.function.Consumer<StoredDocument> alsoInTransaction) {
        InspectedFile file = known != null ? known : inspection.inspect(received, document.fileName(), document.kind());
        scanAndPut(received, file);
        UUID id = UUID.randomUUID();
        return transactions.execute(status -> {
            StoredDocument stored = documents.insert(id, received.sha256(), received.size(), file, document, previous);
            search.put(SearchItems.of(stored, file.text()));
            alsoInTransaction.accept(stored);
            return stored;
        });
    }

    /** The malware scan, then the bytes into the blob store: what every way in does once the file passed inspection. */
    private void scanAndPut(StagedFile received, InspectedFile file) {
        MalwareScanner.Verdict verdict = scanner.scan(received);
        if (!verdict.clean()) {
            throw HaicapException.invalid("document.malware", file.name(), verdict.signature());
        }
        blobs.put(received.sha256(), received);
    }

    /** Receives an upload, hashing it, and stops at the kind's limit plus one byte. */
    private StagedFile receive(InputStream content, String fileName, DocumentKind kind) {
        long limit = limits.limitFor(kind);
        return StagedFile.receive(
                content,
                limit,
                () -> new HaicapException(
                        HttpStatus.CONTENT_TOO_LARGE, "document.too-large", fileName, limit / 1024 / 1024, kind.key()));
    }
}
