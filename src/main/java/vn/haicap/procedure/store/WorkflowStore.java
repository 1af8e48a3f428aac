package vn.haicap.procedure.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.haicap.procedure.WorkflowDefinition;
import vn.haicap.procedure.WorkflowStep;

/** Workflow definitions: append-only versions per procedure. */
@Repository
public class WorkflowStore {

    private final JdbcClient jdbc;
    /** Parsed steps by code and version: a version is appended, never changed. */
    private final Cache<VersionKey, List<WorkflowStep>> steps =
            Caffeine.newBuilder().maximumSize(10_000).build();

    WorkflowStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the next version and answers its number; the procedure row is locked meanwhile. */
    public int append(String code, List<WorkflowStep> steps, @Nullable String note, String actor) {
        jdbc.sql("select code from procedure.procedure where code = :code for update")
                .param("code", code)
                .query(String.class)
                .single();
        return jdbc.sql("""
                insert into procedure.workflow_version (code, version, steps, note, created_by)
                select :code, coalesce(max(version), 0) + 1, cast(:steps as jsonb), :note, :actor
                from procedure.workflow_version where code = :code
                returning version
                """)
                .param("code", code)
                .param("steps", StoredJson.write(steps))
                .param("note", note)
                .param("actor", actor)
                .query(Integer.class)
                .single();
    }

    /** The latest version; its steps come from the cache of parsed versions (a version never changes). */
    public Optional<WorkflowDefinition> current(String code) {
        return jdbc.sql("""
                select code, version, note, created_by, created_at
                from procedure.workflow_version where code = :code order by version desc limit 1
                """)
                .param("code", code)
                .query((rs, n) -> cached(rs, ""))
                .optional();
    }

    /** A version's definition from a row (columns code, version, note, created_by, created_at, each after {@code prefix}), its steps from the cache. */
    WorkflowDefinition cached(ResultSet rs, String prefix) throws SQLException {
        String code = rs.getString(prefix + "code");
        int version = rs.getInt(prefix + "version");
        return new WorkflowDefinition(
                code,
                version,
                steps.get(new VersionKey(code, version), this::steps),
                rs.getString(prefix + "note"),
                rs.getString(prefix + "created_by"),
                rs.getTimestamp(prefix + "created_at").toInstant());
    }

    private List<WorkflowStep> steps(VersionKey key) {
        return List.copyOf(StoredJson.steps(
                jdbc.sql("select steps::text from procedure.workflow_version where code = :code and version = :version")
                        .param("code", key.code())
                        .param("version", key.version())
                        .query(String.class)
                        .single()));
    }

    public Optional<WorkflowDefinition> version(String code, int version) {
        return jdbc.sql("""
                select code, version, steps::text as steps, note, created_by, created_at
                from procedure.workflow_version where code = :code and version = :version
                """)
                .param("code", code)
                .param("version", version)
                .query(WorkflowStore::definition)
                .optional();
    }

    /** Every version, newest first. */
    public List<WorkflowDefinition> history(String code) {
        return jdbc.sql("""
                select code, version, steps::text as steps, note, created_by, created_at
                from procedure.workflow_version where code = :code order by version desc
                """)
                .param("code", code)
                .query(WorkflowStore::definition)
                .list();
    }

    private static WorkflowDefinition definition(ResultSet rs, int n) throws SQLException {
        return definition(rs, StoredJson.steps(rs.getString("steps")));
    }

    private static WorkflowDefinition definition(ResultSet rs, List<WorkflowStep> steps) throws SQLException {
        return new WorkflowDefinition(
                rs.getString("code"),
                rs.getInt("version"),
                steps,
                rs.getString("note"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
