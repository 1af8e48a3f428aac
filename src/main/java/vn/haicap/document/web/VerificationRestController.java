package vn.haicap.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.haicap.document.DocumentManagement;
import vn.haicap.document.Verification;

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
}
