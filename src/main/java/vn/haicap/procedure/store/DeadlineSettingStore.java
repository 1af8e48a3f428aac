package vn.haicap.procedure.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.haicap.calendar.DeadlinePolicy;
import vn.haicap.procedure.DeadlineSetting;

/** Each procedure's deadline setting: one row per customised procedure. */
@Repository
public class DeadlineSettingStore {

    private final JdbcClient jdbc;

    DeadlineSettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DeadlineSetting> find(String code) {
        return jdbc.sql("""
                select code, policy, cut_off, updated_by, updated_at from procedure.deadline_setting
                where code = :code
                """).param("code", code).query((rs, n) -> setting(rs)).optional();
    }

    /** A setting from a row with its columns (code, policy, cut_off, updated_by, updated_at). */
    static DeadlineSetting setting(ResultSet rs) throws SQLException {
        return new DeadlineSetting(
                rs.getString("code"),
                DeadlinePolicy.fromCode(rs.getString("policy")).orElseThrow(),
                rs.getObject("cut_off", LocalTime.class),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** Records the setting, locking the procedure's row so that concurrent saves are serialised. */
    public void save(String code, DeadlinePolicy policy, @Nullable LocalTime cutOff, String actor) {
        jdbc.sql("select code from procedure.procedure where code = :code for update")
                .param("code", code)
                .query(String.class)
                .single();
        jdbc.sql("""
                insert into procedure.deadline_setting (code, policy, cut_off, updated_by)
                values (:code, :policy, :cutOff, :actor)
                on conflict (code) do update set policy = excluded.policy, cut_off = excluded.cut_off,
                    updated_by = excluded.updated_by, updated_at = now()
                """)
                .param("code", code)
                .param("policy", policy.code())
                .param("cutOff", cutOff)
                .param("actor", actor)
                .update();
    }
}
