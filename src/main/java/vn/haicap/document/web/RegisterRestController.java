package vn.haicap.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.haicap.account.CurrentUser;
import vn.haicap.document.DocumentManagement;
import vn.haicap.document.RegisterEntry;

@RestController
@Tag(name = "Records register", description = "Issued documents and their retention")
class RegisterRestController {

    record Due(int year, List<RegisterEntry> items) {}

    private final DocumentManagement documents;

    RegisterRestController(DocumentManagement documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/records/due")
    @PreAuthorize("hasAnyRole('UNIT_ADMIN', 'PROVINCE_ADMIN', 'MINISTRY_ADMIN')")
    @Operation(summary = "Fixed-term records whose retention ends by the year (default: this year), for appraisal")
    Due due(@RequestParam(required = false) @Nullable Integer year) {
        int by = year == null ? RecordsYear.current() : year;
        return new Due(by, documents.dueForReview(by, CurrentUser.get()));
    }

    @PostMapping("/api/v1/records/{id}/destruction")
    @PreAuthorize("hasAnyRole('UNIT_ADMIN', 'PROVINCE_ADMIN', 'MINISTRY_ADMIN')")
    @Operation(
            summary = "Destroy a record whose retention has ended (after the appraisal council's decision); the"
                    + " register keeps the entry, its hash and the time")
    ResponseEntity<Void> destroy(@PathVariable UUID id) {
        documents.destroy(id, RecordsYear.current(), CurrentUser.get());
        return ResponseEntity.noContent().build();
    }
}
