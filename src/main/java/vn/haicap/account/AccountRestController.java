package vn.haicap.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;

@RestController
@Tag(name = "Accounts")
class AccountRestController {

    private final UserAccounts accounts;

    AccountRestController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/accounts")
    @PreAuthorize("hasAnyRole('MINISTRY_ADMIN', 'PROVINCE_ADMIN', 'UNIT_ADMIN')")
    @Operation(
            summary = "Accounts within the caller's jurisdiction (administrators)",
            security = @SecurityRequirement(name = "basic"))
    PageResult<UserAccounts.AccountSummary> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return accounts.within(CurrentUser.get().jurisdiction(), new PageRequest(page, size));
    }
}
