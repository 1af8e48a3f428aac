package vn.haicap.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class RememberedCredentialsTests {

    /** Real bcrypt, counting how often a password is actually checked. */
    static final class CountingBcrypt implements org.springframework.security.crypto.password.PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();
        final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    final CountingBcrypt bcrypt = new CountingBcrypt();
    final RememberedCredentials provider = provider();

    RememberedCredentials provider() {
        var users = new InMemoryUserDetailsManager(User.withUsername("lan")
                .password(bcrypt.encode("Mat-khau-2025"))
                .roles("CITIZEN")
                .build());
        DaoAuthenticationProvider checker = new DaoAuthenticationProvider(users);
        checker.setPasswordEncoder(bcrypt);
        return new RememberedCredentials(checker);
    }

    @Test
    void aRightPasswordIsCheckedWithBcryptOnceAndThenRemembered() {
        for (int i = 0; i < 5; i++) {
            var result =
                    provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("lan", "Mat-khau-2025"));
            assertThat(result.isAuthenticated()).isTrue();
            assertThat(result.getName()).isEqualTo("lan");
        }
        assertThat(bcrypt.checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsNeverRemembered() {
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("lan", "Mat-khau-2025"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> provider.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated("lan", "mat-khau-2025")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(bcrypt.checks).hasValue(4);
    }

    @Test
    void requestsArrivingTogetherWithTheSameCredentialsWaitForOneCheck() throws Exception {
        int requests = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(requests);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return provider.authenticate(
                                    UsernamePasswordAuthenticationToken.unauthenticated("lan", "Mat-khau-2025"))
                            .isAuthenticated();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(bcrypt.checks).hasValue(1);
    }
}
