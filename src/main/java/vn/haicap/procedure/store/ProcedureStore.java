package vn.haicap.procedure.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.haicap.procedure.CompetentLevel;
import vn.haicap.procedure.ProcedureView;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;
import vn.haicap.shared.VietnameseText;

/** The procedure versions: one row per version, the content as JSON beside the columns searched on. */
@Repository
public class ProcedureStore {

    private static final String CURRENT = """
            with current_version as (
                select distinct on (code) code, version, content::text as content, valid_from, valid_to,
                       search_text, levels, field_key
                from procedure.procedure_version
                where valid_from <= :asOf and (valid_to is null or valid_to >= :asOf)
                order by code, version desc
            )
            """;

    private final JdbcClient jdbc;
    /**
     * Parsed contents by code and version. A version's content is never changed once recorded (a change is a
     * new version), so an entry is never stale; only its validity dates change, and those are read every time.
     */
    private final Cache<VersionKey, ProcedureDraft> drafts =
            Caffeine.newBuilder().maximumSize(10_000).build();

    ProcedureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises imports: two imports of the same procedure never race for a version number. */
    public void lockCatalogue() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('procedure.catalogue'))")
                .query()
                .singleRow();
    }

    public Set<String> codes() {
        return new HashSet<>(jdbc.sql("select code from procedure.procedure")
                .query(String.class)
                .list());
    }

    public Optional<StoredVersion> latest(String code) {
        return jdbc.sql("""
                select code, version, fingerprint, valid_from, valid_to from procedure.procedure_version
                where code = :code order by version desc limit 1
                """)
                .param("code", code)
                .query((rs, n) -> new StoredVersion(
                        rs.getString("code"),
                        rs.getInt("version"),
                        rs.getString("fingerprint"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class)))
                .optional();
    }

    public void close(String code, int version, LocalDate lastDay) {
        jdbc.sql("update procedure.procedure_version set valid_to = :lastDay where code = :code and version = :version")
                .param("lastDay", lastDay)
                .param("code", code)
                .param("version", version)
                .update();
    }

    public void record(ProcedureDraft draft, int version, LocalDate validFrom, String source, String actor) {
        jdbc.sql("insert into procedure.procedure (code) values (:code) on conflict do nothing")
                .param("code", draft.code())
                .update();
        jdbc.sql("""
                insert into procedure.procedure_version
                    (code, version, name, field, field_key, levels, search_text, content, fingerprint,
                     valid_from, source, recorded_by)
                values (:code, :version, :name, :field, :fieldKey, :levels, :searchText, cast(:content as jsonb),
                        :fingerprint, :validFrom, :source, :actor)
                """)
                .param("code", draft.code())
                .param("version", version)
                .param("name", draft.name())
                .param("field", draft.field())
                .param("fieldKey", VietnameseText.searchKey(draft.field()))
                .param(
                        "levels",
                        draft.levels().stream().map(CompetentLevel::key).toArray(String[]::new))
                .param("searchText", VietnameseText.searchKey(draft.code() + " " + draft.name() + " " + draft.field()))
                .param("content", StoredJson.write(draft))
                .param("fingerprint", fingerprint(draft))
                .param("validFrom", validFrom)
                .param("source", source)
                .param("actor", actor)
                .update();
    }

    public String fingerprint(ProcedureDraft draft) {
        return StoredJson.fingerprint(draft);
    }

    /**
     * The version in force on a day. Only its number and dates are read; the content comes from the cache of
     * parsed versions, and from the database when a version is first met (each submission asks).
     */
    public Optional<ProcedureView> asOf(String code, LocalDate asOf) {
        return jdbc.sql("""
                        select version, valid_from, valid_to from procedure.procedure_version
                        where code = :code and valid_from <= :asOf and (valid_to is null or valid_to >= :asOf)
                        order by version desc limit 1
                        """)
                .param("code", code)
                .param("asOf", asOf)
                .query((rs, n) -> view(
                        code,
                        rs.getInt("version"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class)))
                .optional();
    }

    /** A version with these validity dates, its content from the cache of parsed versions. */
    ProcedureView view(String code, int version, LocalDate validFrom, @Nullable LocalDate validTo) {
        return drafts.get(new VersionKey(code, version), this::content).toView(version, validFrom, validTo);
    }

    private ProcedureDraft content(VersionKey key) {
        return StoredJson.immutableDraft(jdbc.sql(
                        "select content::text from procedure.procedure_version where code = :code and version = :version")
                .param("code", key.code())
                .param("version", key.version())
                .query(String.class)
                .single());
    }

    public Optional<ProcedureView> version(String code, int version) {
        return jdbc.sql("""
                select code, version, content::text as content, valid_from, valid_to
                from procedure.procedure_version where code = :code and version = :version
                """)
                .param("code", code)
                .param("version", version)
                .query(this::view)
                .optional();
    }

    /** Every version of a procedure, newest first. */
    public List<ProcedureView> history(String code) {
        return jdbc.sql("""
                select code, version, content::text as content, valid_from, valid_to
                from procedure.procedure_version where code = :code order by version desc
                """).param("code", code).query(this::view).list();
    }

    public PageResult<ProcedureView> search(
            @Nullable String q,
            @Nullable CompetentLevel level,
            @Nullable String field,
            LocalDate asOf,
            PageRequest page) {
        List<String> tokens = q == null
                ? List.of()
                : List.of(VietnameseText.searchKey(q).split(" ")).stream()
                        .filter(t -> !t.isEmpty())
                        .toList();
        StringBuilder where = new StringBuilder("""
                where (cast(:level as text) is null or cast(:level as text) = any(levels))
                  and (cast(:fieldKey as text) is null or field_key = cast(:fieldKey as text))
                """);
        for (int i = 0; i < tokens.size(); i++) {
            where.append(" and search_text like :t").append(i);
        }
        String levelKey = level == null ? null : level.key();
        String fieldKey = field == null || field.isBlank() ? null : VietnameseText.searchKey(field);
        JdbcClient.StatementSpec count = jdbc.sql(CURRENT + "select count(*) from current_version " + where)
                .param("asOf", asOf)
                .param("level", levelKey)
                .param("fieldKey", fieldKey);
        JdbcClient.StatementSpec items = jdbc.sql(CURRENT + "select * from current_version " + where
                        + " order by code limit :size offset :offset")
                .param("asOf", asOf)
                .param("level", levelKey)
                .param("fieldKey", fieldKey)
                .param("size", page.size())
                .param("offset", page.offset());
        for (int i = 0; i < tokens.size(); i++) {
            String pattern = "%" + tokens.get(i) + "%";
            count = count.param("t" + i, pattern);
            items = items.param("t" + i, pattern);
        }
        long total = count.query(Long.class).single();
        List<ProcedureView> found =
                total == 0 ? List.of() : items.query(this::view).list();
        return new PageResult<>(found, total, page.page(), page.size());
    }

    /** The fields (lĩnh vực) of the procedures in force, by name. */
    public List<String> fields(LocalDate asOf) {
        return new ArrayList<>(jdbc.sql(
                        CURRENT + "select distinct on (field_key) content->>'field' from ("
                                + "select field_key, cast(content as jsonb) as content from current_version) f order by field_key")
                .param("asOf", asOf)
                .query(String.class)
                .list());
    }

    private ProcedureView view(ResultSet rs, int n) throws SQLException {
        int version = rs.getInt("version");
        String content = rs.getString("content");
        ProcedureDraft draft =
                drafts.get(new VersionKey(rs.getString("code"), version), key -> StoredJson.immutableDraft(content));
        return draft.toView(
                version, rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
    }
}
