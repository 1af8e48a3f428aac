package vn.haicap.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.haicap.account.CurrentUser;
import vn.haicap.document.DocumentKind;
import vn.haicap.document.DocumentManagement;
import vn.haicap.document.NewDocument;
import vn.haicap.document.StoredDocument;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Role;

@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "Files kept once by their SHA-256, with metadata and versions")
class DocumentRestController {

    record Created(UUID id, String sha256, String mediaType, long size, int version) {}

    private final DocumentManagement documents;

    DocumentRestController(DocumentManagement documents) {
        this.documents = documents;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document (part file, plus metadata fields); 201 with its id and SHA-256")
    ResponseEntity<Created> upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "paper") String kind,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String issuer,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String dossierCode,
            @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String commune,
            @RequestParam(required = false) @Nullable LocalDate validUntil) {
        NewDocument document =
                metadata(file, kind, title, issuer, language, dossierCode, owner, province, commune, validUntil);
        StoredDocument stored = store(file, content -> documents.store(document, content));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + stored.id()))
                .body(new Created(stored.id(), stored.sha256(), stored.mediaType(), stored.size(), stored.version()));
    }

    @PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a new version; the previous one is kept unchanged")
    ResponseEntity<Created> newVersion(
            @PathVariable UUID id,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable LocalDate validUntil) {
        StoredDocument previous = readable(id);
        CurrentUser user = CurrentUser.get();
        if (!previous.owner().equals(user.username()) && !previous.createdBy().equals(user.username())) {
            throw HaicapException.forbidden("document.forbidden", id);
        }
        NewDocument document = new NewDocument(
                file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                previous.kind(),
                previous.owner(),
                user.username(),
                title == null ? previous.title() : title,
                previous.issuer(),
                previous.language(),
                previous.dossierCode(),
                previous.provinceCode(),
                previous.communeCode(),
                validUntil == null ? previous.validUntil() : validUntil);
        StoredDocument stored = store(file, content -> documents.addVersion(id, document, content));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + stored.id()))
                .body(new Created(stored.id(), stored.sha256(), stored.mediaType(), stored.size(), stored.version()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A document's metadata (owner, uploader, ministry, or officers of its jurisdiction)")
    StoredDocument metadata(@PathVariable UUID id) {
        return readable(id);
    }

    @GetMapping("/{id}/content")
    @Operation(summary = "A document's bytes")
    ResponseEntity<InputStreamResource> content(@PathVariable UUID id) {
        StoredDocument document = readable(id);
        InputStream content = documents.open(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(document.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + document.sha256() + "\"")
                .body(new InputStreamResource(content));
    }

    private StoredDocument readable(UUID id) {
        StoredDocument document =
                documents.find(id).orElseThrow(() -> HaicapException.notFound("document.not-found", id));
        if (!documents.readableBy(document, CurrentUser.get())) {
            // the same answer as for an unknown id: no one learns that a document exists
            throw HaicapException.notFound("document.not-found", id);
        }
        return document;
    }

    private static NewDocument metadata(
            MultipartFile file,
            String kind,
            @Nullable String title,
            @Nullable String issuer,
            @Nullable String language,
            @Nullable String dossierCode,
            @Nullable String owner,
            @Nullable String province,
            @Nullable String commune,
            @Nullable LocalDate validUntil) {
        CurrentUser user = CurrentUser.get();
        DocumentKind documentKind = DocumentKind.fromKey(kind);
        boolean citizen = user.has(Role.CITIZEN)
                || user.has(Role.BUSINESS)
                || user.jurisdiction().scope() == vn.haicap.shared.Jurisdiction.Scope.NONE;
        if (citizen && documentKind != DocumentKind.PAPER) {
            throw HaicapException.forbidden("document.kind-forbidden", documentKind.key());
        }
        if (citizen && owner != null && !owner.equals(user.username())) {
            throw HaicapException.forbidden("document.owner-forbidden", owner);
        }
        String provinceCode = citizen ? null : province != null ? province : user.jurisdictionProvince();
        String communeCode = citizen
                ? null
                : commune != null
                        ? commune
                        : user.jurisdictionCode() != null
                                        && user.jurisdictionCode().length() == 5
                                ? user.jurisdictionCode()
                                : null;
        if (!citizen && !user.jurisdiction().covers(provinceCode, communeCode)) {
            throw HaicapException.forbidden("document.outside-jurisdiction", String.valueOf(provinceCode));
        }
        return new NewDocument(
                file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                documentKind,
                owner == null || owner.isBlank() ? user.username() : owner.strip(),
                user.username(),
                title,
                issuer,
                language,
                dossierCode,
                provinceCode,
                communeCode,
                validUntil);
    }

    private interface Store {
        StoredDocument into(InputStream content);
    }

    private static StoredDocument store(MultipartFile file, Store store) {
        try (InputStream content = file.getInputStream()) {
            return store.into(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
