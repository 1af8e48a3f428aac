package vn.haicap.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP basic sends the password with every API request, and checking it with bcrypt costs about 100 ms
 * of CPU each time: more than the request itself. A successful check is remembered for a short while
 * under an HMAC of the username and password (keyed with a secret drawn at start-up and never stored),
 * so that repeated requests with the same credentials cost one hash. Nothing reversible is kept; a wrong
 * password is never remembered and is checked in full each time. A disabled account or a changed role
 * takes effect when its entry expires.
 */
final class RememberedCredentials implements AuthenticationProvider {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(2);

    private final AuthenticationProvider checker;
    private final Cache<String, Authentication> remembered;
    private final byte[] secret = new byte[32];

    RememberedCredentials(AuthenticationProvider checker) {
        this.checker = checker;
        this.remembered = Caffeine.newBuilder()
                .expireAfterWrite(REMEMBERED_FOR)
                .maximumSize(100_000)
                .build();
        new SecureRandom().nextBytes(secret);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object credentials = authentication.getCredentials();
        if (credentials == null) {
            return checker.authenticate(authentication);
        }
        String key = key(authentication.getName(), credentials.toString());
        // one check per key at a time: when an entry expires, the requests that arrive meanwhile with the same
        // credentials wait for that check instead of each running bcrypt (8 at once took the CPU for a second)
        Authentication[] notRemembered = new Authentication[1];
        Authentication known = remembered.get(key, k -> {
            Authentication checked = checker.authenticate(authentication);
            if (checked != null && checked.isAuthenticated()) {
                return checked;
            }
            notRemembered[0] = checked;
            return null;
        });
        return known != null ? known : notRemembered[0];
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String key(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
