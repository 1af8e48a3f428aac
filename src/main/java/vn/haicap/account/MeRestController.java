package vn.haicap.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts")
class MeRestController {

    record Me(String username, List<String> roles, @Nullable String jurisdiction) {}

    @GetMapping("/api/v1/me")
    @Operation(
            summary = "The authenticated caller: username, roles and jurisdiction",
            security = @SecurityRequirement(name = "basic"))
    Me me() {
        CurrentUser user = CurrentUser.get();
        return new Me(
                user.username(),
                user.roles().stream().map(r -> r.key()).sorted().toList(),
                user.jurisdictionCode());
    }
}
