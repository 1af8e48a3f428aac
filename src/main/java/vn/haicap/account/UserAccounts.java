package vn.haicap.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Role;

/** The user accounts, with their roles and jurisdiction. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public HaicapUserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    Optional<HaicapUserDetails> find(String username) {
        record Row(UUID id, String username, String passwordHash, @Nullable String jurisdictionCode, boolean enabled) {}
        Optional<Row> row = jdbc.sql("""
                select id, username, password_hash, jurisdiction_code, enabled
                from account.user_account where username = :username
                """)
                .param("username", username.strip().toLowerCase(java.util.Locale.ROOT))
                .query(Row.class)
                .optional();
        return row.map(r -> {
            List<String> roleKeys = jdbc.sql("select role from account.user_role where user_id = :id")
                    .param("id", r.id())
                    .query(String.class)
                    .list();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            roleKeys.forEach(key -> roles.add(Role.fromKey(key)));
            return new HaicapUserDetails(
                    new CurrentUser(r.username(), Set.copyOf(roles), r.jurisdictionCode()), r.passwordHash(), r.enabled());
        });
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from account.user_account where username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Creates an account; the password is stored only as a salted, slow hash. */
    @Transactional
    public UUID create(String username, String rawPassword, String displayName, Set<Role> roles, @Nullable String jurisdictionCode) {
        if (roles.isEmpty()) {
            throw HaicapException.invalid("account.roles-empty");
        }
        if (exists(username)) {
            throw HaicapException.conflict("account.username-taken", username);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into account.user_account (id, username, password_hash, display_name, jurisdiction_code)
                values (:id, :username, :hash, :displayName, :jurisdiction)
                """)
                .param("id", id)
                .param("username", username)
                .param("hash", passwords.encode(rawPassword))
                .param("displayName", displayName)
                .param("jurisdiction", jurisdictionCode)
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into account.user_role (user_id, role) values (:id, :role)")
                    .param("id", id)
                    .param("role", role.key())
                    .update();
        }
        return id;
    }
}
