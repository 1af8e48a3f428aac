package vn.haicap.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Jurisdiction;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;
import vn.haicap.shared.Role;

/** The user accounts, with their roles and jurisdiction. */
@Service
public class UserAccounts implements UserDetailsService {

    /** An account as administrators see it: never the password hash. */
    public record AccountSummary(
            String username,
            String displayName,
            List<String> roles,
            @Nullable String jurisdiction,
            boolean enabled) {}

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AdminUnitDataset units;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, AdminUnitDataset units) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.units = units;
    }

    @Override
    public HaicapUserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    Optional<HaicapUserDetails> find(String username) {
        record Row(
                UUID id,
                String username,
                String passwordHash,
                @Nullable String jurisdictionCode,
                @Nullable String jurisdictionProvince,
                boolean enabled) {}
        Optional<Row> row = jdbc.sql("""
                select id, username, password_hash, jurisdiction_code, jurisdiction_province, enabled
                from account.user_account where username = :username
                """)
                .param("username", username.strip().toLowerCase(Locale.ROOT))
                .query(Row.class)
                .optional();
        return row.map(r -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            rolesOf(r.id()).forEach(key -> roles.add(Role.fromKey(key)));
            CurrentUser user =
                    new CurrentUser(r.username(), Set.copyOf(roles), r.jurisdictionCode(), r.jurisdictionProvince());
            return new HaicapUserDetails(user, r.passwordHash(), r.enabled());
        });
    }

    private List<String> rolesOf(UUID id) {
        return jdbc.sql("select role from account.user_role where user_id = :id order by role")
                .param("id", id)
                .query(String.class)
                .list();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from account.user_account where username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The accounts inside a jurisdiction: everything for the ministry, a province's accounts (its own
     * and its communes') for a province administrator, one commune's for a commune administrator.
     */
    public PageResult<AccountSummary> within(Jurisdiction jurisdiction, PageRequest page) {
        String where = "(:scope = 'NATIONAL' or (:scope = 'PROVINCE' and jurisdiction_province = :province)"
                + " or (:scope = 'COMMUNE' and jurisdiction_code = :commune))";
        long total = jdbc.sql("select count(*) from account.user_account where " + where)
                .param("scope", jurisdiction.scope().name())
                .param("province", jurisdiction.provinceCode())
                .param("commune", jurisdiction.communeCode())
                .query(Long.class)
                .single();
        List<AccountSummary> items = jdbc.sql("""
                select a.username, a.display_name, a.jurisdiction_code, a.enabled,
                       coalesce(string_agg(r.role, ';' order by r.role), '') as roles
                from account.user_account a left join account.user_role r on r.user_id = a.id
                where %s
                group by a.id order by a.username limit :limit offset :offset
                """.formatted(where.replace("jurisdiction_", "a.jurisdiction_")))
                .param("scope", jurisdiction.scope().name())
                .param("province", jurisdiction.provinceCode())
                .param("commune", jurisdiction.communeCode())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new AccountSummary(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        List.of(rs.getString("roles").split(";")),
                        rs.getString("jurisdiction_code"),
                        rs.getBoolean("enabled")))
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    /** Creates an account; the password is stored only as a salted, slow hash. */
    @Transactional
    public UUID create(
            String username,
            String rawPassword,
            String displayName,
            Set<Role> roles,
            @Nullable String jurisdictionCode) {
        if (roles.isEmpty()) {
            throw HaicapException.invalid("account.roles-empty");
        }
        if (exists(username)) {
            throw HaicapException.conflict("account.username-taken", username);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into account.user_account
                    (id, username, password_hash, display_name, jurisdiction_code, jurisdiction_province)
                values (:id, :username, :hash, :displayName, :jurisdiction, :province)
                """)
                .param("id", id)
                .param("username", username)
                .param("hash", passwords.encode(rawPassword))
                .param("displayName", displayName)
                .param("jurisdiction", jurisdictionCode)
                .param("province", jurisdictionCode == null ? null : provinceOf(jurisdictionCode))
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into account.user_role (user_id, role) values (:id, :role)")
                    .param("id", id)
                    .param("role", role.key())
                    .update();
        }
        return id;
    }

    private String provinceOf(String jurisdictionCode) {
        if (jurisdictionCode.length() == 2
                && units.provinces().stream().anyMatch(p -> p.code().equals(jurisdictionCode))) {
            return jurisdictionCode;
        }
        return units.communes().stream()
                .filter(c -> c.code().equals(jurisdictionCode))
                .map(AdminUnitDataset.Commune::provinceCode)
                .findFirst()
                .orElseThrow(() -> HaicapException.invalid("account.jurisdiction-unknown", jurisdictionCode));
    }
}
