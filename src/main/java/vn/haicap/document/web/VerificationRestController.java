package vn.haicap.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.haicap.document.DocumentManagement;
import vn.haicap.document.Verification;
import vn.haicap.shared.HaicapException;

@RestController
@Tag(name = "Verification", description = "Anyone can check a result issued by Haicap by its code")
class VerificationRestController {

    private final DocumentManagement documents;

    VerificationRestController(DocumentManagement documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/verify/{resultCode}")
    @Operation(
            summary = "Whether a result exists, with the SHA-256 of the file issued, its type and date; no personal"
                    + " data. Compare the hash with your file's (sha256sum).")
    Verification verify(@PathVariable String resultCode) {
        return documents.verify(resultCode);
    }

    @GetMapping(path = "/api/v1/verify/{resultCode}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "A QR code of the verification page's address for this code, to print on the result")
    ResponseEntity<byte[]> qr(@PathVariable String resultCode) {
        String code = resultCode.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9-]{1,40}")) {
            throw HaicapException.invalid("document.result-code-invalid", resultCode);
        }
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/verify")
                .queryParam("code", code)
                .toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                .body(QrCodes.png(url, 6));
    }
}
