package vn.haicap.adminunit.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.haicap.adminunit.AdministrativeUnit;
import vn.haicap.adminunit.ReorganisationEvent;
import vn.haicap.adminunit.UnitLevel;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;

/** Reads the registry tables. Validity is inclusive at both ends; a null bound is open. */
@Repository
public class UnitRepository {

    private static final String COLUMNS = """
            v.id, v.code, v.level, v.name, v.full_name, v.type, v.parent_code, v.province_code, v.valid_from,
            v.valid_to, v.name_en, v.area_km2, v.population, v.stats_flag, v.admin_center""";
    private static final String VALID_ON =
            " (v.valid_from is null or v.valid_from <= :date) and (v.valid_to is null or v.valid_to >= :date) ";
    private static final String LEVEL_ORDER = " case v.level when 'province' then 0 when 'district' then 1 else 2 end ";
    private static final String RELATION_RANK =
            " case l.relation when 'partial' then 3 when 'whole' then 2 when 'renamed' then 1 else 0 end ";
    private static final String EVENT_COLUMNS = " e.kind, e.effective_date, e.legal_basis, e.description ";

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredUnit> at(String code, UnitLevel level, LocalDate date) {
        return jdbc.sql("select " + COLUMNS + " from adminunit.unit_version v where v.code = :code and v.level = :level"
                        + " and" + VALID_ON)
                .param("code", code)
                .param("level", level.key())
                .param("date", date)
                .query(UnitRepository::unit)
                .optional();
    }

    /** Every version of a code at a level, oldest first. */
    public List<StoredUnit> versions(String code, UnitLevel level) {
        return jdbc.sql("select " + COLUMNS + " from adminunit.unit_version v where v.code = :code and v.level = :level"
                        + " order by v.valid_from nulls first")
                .param("code", code)
                .param("level", level.key())
                .query(UnitRepository::unit)
                .list();
    }

    /**
     * Versions valid on a date, by level (all when null), under a parent (a province or district code:
     * matches the direct parent or the province), whose names contain a search key.
     */
    public PageResult<StoredUnit> find(
            @Nullable UnitLevel level,
            LocalDate date,
            @Nullable String parent,
            @Nullable String searchKey,
            PageRequest page) {
        StringBuilder where = new StringBuilder(" from adminunit.unit_version v where" + VALID_ON);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("date", date);
        if (level != null) {
            where.append(" and v.level = :level");
            params.put("level", level.key());
        }
        if (parent != null) {
            where.append(" and (v.parent_code = :parent or v.province_code = :parent) and v.code <> :parent");
            params.put("parent", parent);
        }
        String order = LEVEL_ORDER + ", v.code";
        if (searchKey != null && !searchKey.isEmpty()) {
            if (searchKey.chars().allMatch(Character::isDigit)) {
                where.append(" and v.code like :codePrefix");
                params.put("codePrefix", searchKey + "%");
            } else {
                where.append(" and v.search_text like :contains");
                params.put("contains", "%" + searchKey + "%");
                params.put("key", searchKey);
                params.put("prefix", searchKey + "%");
                order = " case when v.search_key = :key then 0 when v.search_key like :prefix then 1"
                        + " when v.search_text like :prefix then 2 else 3 end, " + LEVEL_ORDER
                        + ", v.search_key, v.code";
            }
        }
        long total = jdbc.sql("select count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<StoredUnit> items = total == 0
                ? List.of()
                : jdbc.sql("select " + COLUMNS + where + " order by " + order + " limit :limit offset :offset")
                        .params(params)
                        .param("limit", page.size())
                        .param("offset", page.offset())
                        .query(UnitRepository::unit)
                        .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    /** How many units of a level each province has on a date. */
    public Map<String, Long> countsByProvince(UnitLevel level, LocalDate date) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select v.province_code, count(*) from adminunit.unit_version v where v.level = :level and" + VALID_ON
                        + " group by v.province_code order by v.province_code")
                .param("level", level.key())
                .param("date", date)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    public List<StoredLink> predecessors(long versionId) {
        return jdbc.sql("select " + COLUMNS + ", l.relation," + EVENT_COLUMNS
                        + " from adminunit.lineage_link l join adminunit.reorganisation_event e on e.id = l.event_id"
                        + " join adminunit.unit_version v on v.id = l.predecessor_id"
                        + " where l.successor_id = :id order by " + LEVEL_ORDER + ", v.code")
                .param("id", versionId)
                .query(UnitRepository::link)
                .list();
    }

    public List<StoredLink> successors(long versionId) {
        return jdbc.sql("select " + COLUMNS + ", l.relation," + EVENT_COLUMNS
                        + " from adminunit.lineage_link l join adminunit.reorganisation_event e on e.id = l.event_id"
                        + " join adminunit.unit_version v on v.id = l.successor_id"
                        + " where l.predecessor_id = :id order by " + LEVEL_ORDER + ", v.code")
                .param("id", versionId)
                .query(UnitRepository::link)
                .list();
    }

    /** The event that ended a version with nothing in its place (the end of the district tier). */
    public Optional<ReorganisationEvent> endedWithoutSuccessor(long versionId) {
        return jdbc.sql("select" + EVENT_COLUMNS + " from adminunit.lineage_link l"
                        + " join adminunit.reorganisation_event e on e.id = l.event_id"
                        + " where l.predecessor_id = :id and l.successor_id is null")
                .param("id", versionId)
                .query((rs, n) -> event(rs))
                .optional();
    }

    public List<String> aliases(long versionId) {
        return jdbc.sql("select full_name from adminunit.unit_alias where version_id = :id order by full_name")
                .param("id", versionId)
                .query(String.class)
                .list();
    }

    /**
     * The versions valid on {@code date} reached from the start versions by following successors; the
     * relation is the weakest along the way ({@code partial} if any step was partial), the event the last one.
     */
    public List<StoredLink> forwardTo(Collection<Long> startIds, LocalDate date) {
        return walk(startIds, "l.predecessor_id", "l.successor_id", VALID_ON, date);
    }

    /** The versions without predecessors reached from the start versions by following predecessors. */
    public List<StoredLink> backToOrigins(Collection<Long> startIds) {
        return walk(
                startIds,
                "l.successor_id",
                "l.predecessor_id",
                " not exists (select 1 from adminunit.lineage_link p where p.successor_id = v.id) ",
                null);
    }

    private List<StoredLink> walk(
            Collection<Long> startIds, String from, String to, String endCondition, @Nullable LocalDate date) {
        if (startIds.isEmpty()) {
            return List.of();
        }
        String sql = """
                with recursive walk (version_id, rank, event_id, depth) as (
                    select %2$s, %3$s, l.event_id, 1
                    from adminunit.lineage_link l where %1$s in (:ids) and l.successor_id is not null
                  union all
                    select %2$s, greatest(w.rank, %3$s), l.event_id, w.depth + 1
                    from walk w join adminunit.lineage_link l on %1$s = w.version_id
                    where l.successor_id is not null and w.depth < 32
                ), reached as (
                    select version_id, min(rank) as rank, min(event_id) as event_id from walk group by version_id
                )
                select %4$s,
                       case r.rank when 3 then 'partial' when 2 then 'whole' when 1 then 'renamed' else 'unchanged' end
                         as relation, %5$s
                from reached r join adminunit.unit_version v on v.id = r.version_id
                join adminunit.reorganisation_event e on e.id = r.event_id
                where %6$s
                order by %7$s, v.code
                """.formatted(from, to, RELATION_RANK, COLUMNS, EVENT_COLUMNS, endCondition, LEVEL_ORDER);
        var statement = jdbc.sql(sql).param("ids", startIds);
        if (date != null) {
            statement = statement.param("date", date);
        }
        return statement.query(UnitRepository::link).list();
    }

    private static StoredUnit unit(ResultSet rs, int row) throws SQLException {
        var unit = new AdministrativeUnit(
                rs.getString("code"),
                UnitLevel.parse(rs.getString("level")),
                rs.getString("name"),
                rs.getString("full_name"),
                rs.getString("type"),
                rs.getString("parent_code"),
                rs.getString("province_code"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("name_en"),
                rs.getObject("area_km2", BigDecimal.class),
                rs.getObject("population", Long.class),
                rs.getString("stats_flag"),
                rs.getString("admin_center"));
        return new StoredUnit(rs.getLong("id"), unit);
    }

    private static StoredLink link(ResultSet rs, int row) throws SQLException {
        return new StoredLink(unit(rs, row), rs.getString("relation"), event(rs));
    }

    private static ReorganisationEvent event(ResultSet rs) throws SQLException {
        return new ReorganisationEvent(
                rs.getString("kind"),
                rs.getObject("effective_date", LocalDate.class),
                rs.getString("legal_basis"),
                rs.getString("description"));
    }
}
