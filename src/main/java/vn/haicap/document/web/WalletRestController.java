package vn.haicap.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.haicap.account.CurrentUser;
import vn.haicap.document.DocumentManagement;
import vn.haicap.document.WalletEntry;

@RestController
@Tag(name = "Wallet", description = "A person's or organisation's papers and results still valid")
class WalletRestController {

    record Wallet(List<WalletEntry> items) {}

    private final DocumentManagement documents;

    WalletRestController(DocumentManagement documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/my/wallet")
    @Operation(summary = "The caller's papers and results that are current and not expired, with their SHA-256")
    Wallet wallet() {
        return new Wallet(documents.wallet(CurrentUser.get().username()));
    }
}
