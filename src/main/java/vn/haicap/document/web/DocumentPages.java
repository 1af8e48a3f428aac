package vn.haicap.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import vn.haicap.account.CurrentUser;
import vn.haicap.document.DocumentManagement;
import vn.haicap.document.StoredDocument;
import vn.haicap.document.Verification;
import vn.haicap.document.storage.Hashes;
import vn.haicap.shared.HaicapException;

/** Pages: public verification of a result, the wallet, search, the records due for review. */
@Controller
class DocumentPages {

    /** A file checked on the verification page is hashed as it streams, never stored, up to this size. */
    static final long MAX_VERIFIED_BYTES = 100L * 1024 * 1024;

    private final DocumentManagement documents;
    private final vn.haicap.document.SearchIndex index;

    DocumentPages(DocumentManagement documents, vn.haicap.document.SearchIndex index) {
        this.documents = documents;
        this.index = index;
    }

    /** Search over dossiers and documents the user may see, as {@code GET /api/v1/search}. */
    @GetMapping("/search")
    String search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            model.addAttribute(
                    "result",
                    index.search(q, CurrentUser.get(), new vn.haicap.shared.PageRequest(Math.max(0, page), 20)));
        }
        return "document/search";
    }

    @GetMapping("/verify")
    String verify(@RequestParam(required = false) @Nullable String code, Model model) {
        model.addAttribute("code", code == null ? "" : code);
        if (code != null && !code.isBlank()) {
            model.addAttribute("verification", documents.verify(code));
        }
        return "document/verify";
    }

    @PostMapping("/verify")
    String verifyFile(
            @RequestParam String code,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            Model model) {
        Verification verification = documents.verify(code);
        model.addAttribute("code", code);
        model.addAttribute("verification", verification);
        if (file != null && !file.isEmpty() && verification.exists()) {
            String sha256 = hash(file);
            model.addAttribute("fileSha256", sha256);
            model.addAttribute("matches", sha256.equals(verification.sha256()));
        }
        return "document/verify";
    }

    @GetMapping("/my/wallet")
    String wallet(Model model) {
        model.addAttribute("items", documents.wallet(CurrentUser.get().username()));
        return "document/wallet";
    }

    /** The file itself, for the pages (session login); the same rule as the API's. */
    @GetMapping("/documents/{id}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable UUID id) {
        StoredDocument document = documents
                .find(id)
                .filter(found -> documents.readableBy(found, CurrentUser.get()))
                .orElseThrow(() -> HaicapException.notFound("document.not-found", id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(document.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(documents.open(id)));
    }

    @GetMapping("/records/due")
    @PreAuthorize("hasAnyRole('UNIT_ADMIN', 'PROVINCE_ADMIN', 'MINISTRY_ADMIN')")
    String due(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int by = year == null ? RecordsYear.current() : year;
        model.addAttribute("year", by);
        model.addAttribute("items", documents.dueForReview(by, CurrentUser.get()));
        return "document/due";
    }

    private static String hash(MultipartFile file) {
        if (file.getSize() > MAX_VERIFIED_BYTES) {
            return "";
        }
        MessageDigest digest = Hashes.sha256Digest();
        try (InputStream in = new DigestInputStream(file.getInputStream(), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
