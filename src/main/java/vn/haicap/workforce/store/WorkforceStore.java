package vn.haicap.workforce.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.haicap.shared.Jurisdiction;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;
import vn.haicap.workforce.Agency;
import vn.haicap.workforce.AgencyKind;
import vn.haicap.workforce.Assignment;
import vn.haicap.workforce.JobPosition;
import vn.haicap.workforce.Outcome;
import vn.haicap.workforce.OutcomeKind;
import vn.haicap.workforce.Person;
import vn.haicap.workforce.PersonData;
import vn.haicap.workforce.PersonQuery;
import vn.haicap.workforce.PersonSummary;
import vn.haicap.workforce.PersonnelCategory;
import vn.haicap.workforce.PolicyRegime;
import vn.haicap.workforce.PositionGroup;
import vn.haicap.workforce.Rank;
import vn.haicap.workforce.Sex;

/** The tables of schema {@code workforce}. */
@Repository
public class WorkforceStore {

    private static final String AGENCY = """
            select g.id, g.code, g.name, g.kind, g.unit_code, g.province_code, g.valid_from, g.valid_to,
                   m.code as merged_into
            from workforce.agency g left join workforce.agency m on m.id = g.merged_into
            """;
    private static final String POSITION = """
            select p.id, g.code as agency_code, p.code, p.title, p.position_group, p.specialism, p.required_rank,
                   p.required_qualification, p.quota
            from workforce.job_position p join workforce.agency g on g.id = p.agency_id
            """;
    private static final String PERSON = """
            select id, identity_number, full_name, sex, birth_date, ethnicity, education, category, rank,
                   salary_coefficient, version from workforce.person
            """;
    private static final String ASSIGNMENT = """
            select a.id, a.person_id, g.code as agency_code, p.code as position_code, a.valid_from, a.valid_to,
                   a.full_time, a.decision_number
            from workforce.assignment a join workforce.agency g on g.id = a.agency_id
            left join workforce.job_position p on p.id = a.position_id
            """;
    private static final String OUTCOME = """
            select o.id, o.person_id, g.code as agency_code, o.kind, o.effective_date, t.code as to_agency_code,
                   o.policy, o.amount_paid, o.decision_number
            from workforce.outcome o join workforce.agency g on g.id = o.agency_id
            left join workforce.agency t on t.id = o.to_agency_id
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    WorkforceStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    // agencies

    public Optional<Agency> agency(String code) {
        return jdbc.sql(AGENCY + " where g.code = :code")
                .param("code", code)
                .query(WorkforceStore::agency)
                .optional();
    }

    public List<Agency> agencies(Scope scope, @Nullable String unit) {
        return jdbc.sql(AGENCY + " where " + scope.agencyCondition("g")
                        + " and (cast(:unit as text) is null or g.unit_code = :unit or g.province_code = :unit)"
                        + " order by g.province_code, g.unit_code, g.code")
                .param("scope", scope.parameter())
                .param("unit", unit)
                .query(WorkforceStore::agency)
                .list();
    }

    public void insert(Agency agency, String actor) {
        jdbc.sql("""
                insert into workforce.agency (id, code, name, kind, unit_code, province_code, valid_from, valid_to,
                    recorded_by)
                values (:id, :code, :name, :kind, :unit, :province, :from, :to, :actor)
                """)
                .param("id", agency.id())
                .param("code", agency.code())
                .param("name", agency.name())
                .param("kind", agency.kind().key())
                .param("unit", agency.unitCode())
                .param("province", agency.provinceCode())
                .param("from", agency.validFrom())
                .param("to", agency.validTo())
                .param("actor", actor)
                .update();
    }

    public void close(UUID agency, LocalDate validTo, @Nullable UUID mergedInto) {
        jdbc.sql("update workforce.agency set valid_to = :to, merged_into = :merged where id = :id")
                .param("id", agency)
                .param("to", validTo)
                .param("merged", mergedInto)
                .update();
    }

    /** Whether an assignment of the agency runs past {@code date}. */
    public boolean hasAssignmentsAfter(UUID agency, LocalDate date) {
        return jdbc.sql("""
                        select count(*) from workforce.assignment
                        where agency_id = :agency and (valid_to is null or valid_to > :date)
                        """)
                        .param("agency", agency)
                        .param("date", date)
                        .query(Long.class)
                        .single()
                > 0;
    }

    // positions

    public Optional<JobPosition> position(UUID agency, String code) {
        return jdbc.sql(POSITION + " where p.agency_id = :agency and p.code = :code")
                .param("agency", agency)
                .param("code", code)
                .query(WorkforceStore::position)
                .optional();
    }

    public List<JobPosition> positions(UUID agency) {
        return jdbc.sql(POSITION + " where p.agency_id = :agency order by p.code")
                .param("agency", agency)
                .query(WorkforceStore::position)
                .list();
    }

    public void insert(UUID agency, JobPosition position) {
        jdbc.sql("""
                insert into workforce.job_position (id, agency_id, code, title, position_group, specialism,
                    required_rank, required_qualification, quota)
                values (:id, :agency, :code, :title, :group, :specialism, :rank, :qualification, :quota)
                """)
                .param("id", position.id())
                .param("agency", agency)
                .param("code", position.code())
                .param("title", position.title())
                .param("group", position.group().key())
                .param("specialism", position.specialism())
                .param(
                        "rank",
                        position.requiredRank() == null
                                ? null
                                : position.requiredRank().key())
                .param("qualification", position.requiredQualification())
                .param("quota", position.quota())
                .update();
    }

    // people

    public Optional<Person> person(UUID id) {
        return jdbc.sql(PERSON + " where id = :id")
                .param("id", id)
                .query(WorkforceStore::person)
                .optional();
    }

    public Optional<Person> personByIdentity(String identityNumber) {
        return jdbc.sql(PERSON + " where identity_number = :number")
                .param("number", identityNumber)
                .query(WorkforceStore::person)
                .optional();
    }

    /** Locks the person's row until the end of the transaction: their assignments are checked under it. */
    public void lock(UUID person) {
        jdbc.sql("select id from workforce.person where id = :id for update")
                .param("id", person)
                .query(UUID.class)
                .optional();
    }

    /** Whether the person worked for, or left, an agency within the scope, or was recorded there. */
    public boolean visible(UUID person, Scope scope) {
        return jdbc.sql("select count(*) from workforce.person p where p.id = :id and " + visibleCondition(scope))
                        .param("id", person)
                        .param("scope", scope.parameter())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The condition that person {@code p} is visible within the scope (parameter {@code :scope}). */
    private static String visibleCondition(Scope scope) {
        String within = scope.agencyCondition("g");
        String recorded = switch (scope.jurisdiction().scope()) {
            case NATIONAL -> "true";
            case PROVINCE -> "p.recorded_province = :scope";
            case COMMUNE -> "p.recorded_unit = :scope";
            default -> "false";
        };
        return "(" + recorded
                + " or exists (select 1 from workforce.assignment a join workforce.agency g"
                + " on g.id = a.agency_id where a.person_id = p.id and " + within + ")"
                + " or exists (select 1 from workforce.outcome o join workforce.agency g"
                + " on g.id = o.agency_id where o.person_id = p.id and " + within + ")"
                + " or exists (select 1 from workforce.outcome o join workforce.agency g"
                + " on g.id = o.to_agency_id where o.person_id = p.id and " + within + "))";
    }

    /** People visible within the scope matching the query (the name as a search key without diacritics). */
    public PageResult<PersonSummary> search(
            Scope scope, @Nullable String nameKey, PersonQuery query, PageRequest page) {
        String where = " where " + visibleCondition(scope)
                + " and (cast(:name as text) is null or p.search_name like :name)"
                + " and (cast(:identity as text) is null or p.identity_number = :identity)"
                + " and (cast(:category as text) is null or p.category = :category)"
                + " and (cast(:unit as text) is null or exists (select 1 from workforce.assignment ua"
                + " join workforce.agency ug on ug.id = ua.agency_id where ua.person_id = p.id"
                + " and (ug.unit_code = :unit or ug.province_code = :unit)))";
        java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
        params.put("scope", scope.parameter());
        params.put(
                "name",
                nameKey == null || nameKey.isBlank()
                        ? null
                        : "%" + nameKey.replace("%", "").replace("_", "") + "%");
        params.put("identity", blank(query.identityNumber()));
        params.put(
                "category", query.category() == null ? null : query.category().key());
        params.put("unit", blank(query.unit()));
        long total = jdbc.sql("select count(*) from workforce.person p" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<PersonSummary> items = jdbc.sql("""
                        select p.id, p.identity_number, p.full_name, p.sex, p.birth_date, p.category, p.rank,
                               cur.code as agency_code, cur.unit_code
                        from workforce.person p
                        left join lateral (select g.code, g.unit_code from workforce.assignment a
                            join workforce.agency g on g.id = a.agency_id where a.person_id = p.id
                            order by a.valid_to desc nulls first, a.valid_from desc limit 1) cur on true
                        """ + where + " order by p.search_name, p.id limit :size offset :offset")
                .params(params)
                .param("size", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new PersonSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("identity_number"),
                        rs.getString("full_name"),
                        Sex.parse("sex", rs.getString("sex")),
                        rs.getObject("birth_date", LocalDate.class),
                        PersonnelCategory.parse("category", rs.getString("category")),
                        rank(rs.getString("rank")),
                        rs.getString("agency_code"),
                        rs.getString("unit_code")))
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void insert(UUID id, PersonData data, Jurisdiction recordedIn, String actor) {
        jdbc.sql(INSERT_PERSON)
                .params(personInsertParams(id, data, recordedIn, actor))
                .update();
    }

    private static final String INSERT_PERSON = """
            insert into workforce.person (id, identity_number, full_name, sex, birth_date, ethnicity, education,
                category, rank, salary_coefficient, recorded_province, recorded_unit, recorded_by, search_name)
            values (:id, :number, :name, :sex, :birth, :ethnicity, :education, :category, :rank, :coefficient,
                :province, :unit, :actor, :searchName)
            """;

    private static java.util.Map<String, @Nullable Object> personInsertParams(
            UUID id, PersonData data, Jurisdiction recordedIn, String actor) {
        java.util.Map<String, @Nullable Object> params = personParams(data);
        params.put("id", id);
        params.put("number", data.identityNumber());
        params.put("province", recordedIn.provinceCode());
        params.put("unit", recordedIn.communeCode() != null ? recordedIn.communeCode() : recordedIn.provinceCode());
        params.put("actor", actor);
        return params;
    }

    // batches of an import (new people only)

    /** A row to insert with the ids of the agency and position (or destination agency) it refers to. */
    public record NewRow<T>(T row, UUID agencyId, @Nullable UUID otherId) {}

    /** The identity numbers among {@code numbers} already recorded. */
    public java.util.Set<String> knownIdentities(java.util.Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(
                jdbc.sql("select identity_number from workforce.person where identity_number = any(:numbers)")
                        .param("numbers", numbers.toArray(String[]::new))
                        .query(String.class)
                        .list());
    }

    /** Inserts new people in one JDBC batch. */
    public void insertPeople(List<Person> people, Jurisdiction recordedIn, String actor) {
        batch.batchUpdate(
                INSERT_PERSON,
                people.stream()
                        .map(p -> new MapSqlParameterSource(personInsertParams(
                                p.id(),
                                new PersonData(
                                        p.identityNumber(),
                                        p.fullName(),
                                        p.sex(),
                                        p.birthDate(),
                                        p.ethnicity(),
                                        p.education(),
                                        p.category(),
                                        p.rank(),
                                        p.salaryCoefficient()),
                                recordedIn,
                                actor)))
                        .toArray(MapSqlParameterSource[]::new));
    }

    /** Inserts assignments in one JDBC batch ({@code otherId}: the position). */
    public void insertAssignments(List<NewRow<Assignment>> rows, String actor) {
        if (rows.isEmpty()) {
            return;
        }
        batch.batchUpdate(
                INSERT_ASSIGNMENT,
                rows.stream()
                        .map(r ->
                                new MapSqlParameterSource(assignmentParams(r.row(), r.agencyId(), r.otherId(), actor)))
                        .toArray(MapSqlParameterSource[]::new));
    }

    /** Records outcomes in one JDBC batch ({@code otherId}: the destination agency). */
    public void upsertOutcomes(List<NewRow<Outcome>> rows, String actor) {
        if (rows.isEmpty()) {
            return;
        }
        batch.batchUpdate(
                UPSERT_OUTCOME,
                rows.stream()
                        .map(r -> new MapSqlParameterSource(outcomeParams(r.row(), r.agencyId(), r.otherId(), actor)))
                        .toArray(MapSqlParameterSource[]::new));
    }

    /** How many of these assignments start before their agency or run past its end. */
    public long assignmentsOutsideAgencyLife(List<UUID> assignments) {
        if (assignments.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        select count(*) from workforce.assignment a join workforce.agency g on g.id = a.agency_id
                        where a.id = any(:ids) and (a.valid_from < g.valid_from or (g.valid_to is not null
                            and (a.valid_to is null or a.valid_to > g.valid_to or a.valid_from > g.valid_to)))
                        """)
                .param("ids", assignments.toArray(UUID[]::new))
                .query(Long.class)
                .single();
    }

    public void update(UUID id, PersonData data) {
        jdbc.sql("""
                update workforce.person set full_name = :name, sex = :sex, birth_date = :birth, ethnicity = :ethnicity,
                    education = :education, category = :category, rank = :rank, salary_coefficient = :coefficient,
                    search_name = :searchName, version = version + 1, updated_at = now()
                where id = :id
                """).param("id", id).params(personParams(data)).update();
    }

    /**
     * Updates the record if it is still at {@code version} (also its identity number); false when someone
     * changed it in between.
     */
    public boolean update(UUID id, PersonData data, int version) {
        return jdbc.sql("""
                        update workforce.person set identity_number = :number, full_name = :name, sex = :sex,
                            birth_date = :birth, ethnicity = :ethnicity, education = :education, category = :category,
                            rank = :rank, salary_coefficient = :coefficient, search_name = :searchName,
                            version = version + 1, updated_at = now()
                        where id = :id and version = :version
                        """)
                        .param("id", id)
                        .param("version", version)
                        .param("number", data.identityNumber())
                        .params(personParams(data))
                        .update()
                == 1;
    }

    /** Moves the record to its next version if it is still at {@code version}; false otherwise. */
    public boolean touch(UUID id, @Nullable Integer version) {
        return jdbc.sql("""
                        update workforce.person set version = version + 1, updated_at = now()
                        where id = :id and (cast(:version as integer) is null or version = :version)
                        """).param("id", id).param("version", version).update() == 1;
    }

    private static java.util.Map<String, @Nullable Object> personParams(PersonData data) {
        java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
        params.put("name", data.fullName());
        params.put("sex", data.sex().key());
        params.put("birth", data.birthDate());
        params.put("ethnicity", data.ethnicity());
        params.put("education", data.education());
        params.put("category", data.category().key());
        params.put("rank", data.rank() == null ? null : data.rank().key());
        params.put("coefficient", data.salaryCoefficient());
        params.put("searchName", vn.haicap.shared.VietnameseText.searchKey(data.fullName()));
        return params;
    }

    // assignments

    public List<Assignment> assignments(UUID person) {
        return jdbc.sql(ASSIGNMENT + " where a.person_id = :person order by a.valid_from, a.recorded_at")
                .param("person", person)
                .query(WorkforceStore::assignment)
                .list();
    }

    public void insert(Assignment assignment, UUID agency, @Nullable UUID position, String actor) {
        jdbc.sql(INSERT_ASSIGNMENT)
                .params(assignmentParams(assignment, agency, position, actor))
                .update();
    }

    private static final String INSERT_ASSIGNMENT = """
            insert into workforce.assignment (id, person_id, agency_id, position_id, valid_from, valid_to,
                full_time, decision_number, recorded_by)
            values (:id, :person, :agency, :position, :from, :to, :fullTime, :decision, :actor)
            """;

    private static java.util.Map<String, @Nullable Object> assignmentParams(
            Assignment assignment, UUID agency, @Nullable UUID position, String actor) {
        java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
        params.put("id", assignment.id());
        params.put("person", assignment.personId());
        params.put("agency", agency);
        params.put("position", position);
        params.put("from", assignment.from());
        params.put("to", assignment.to());
        params.put("fullTime", assignment.fullTime());
        params.put("decision", assignment.decisionNumber());
        params.put("actor", actor);
        return params;
    }

    /** Rewrites an assignment entirely (agency, position and period included). */
    public void replace(Assignment assignment, UUID agency, @Nullable UUID position) {
        jdbc.sql("""
                update workforce.assignment set agency_id = :agency, position_id = :position, valid_from = :from,
                    valid_to = :to, full_time = :fullTime, decision_number = :decision where id = :id
                """)
                .param("id", assignment.id())
                .param("agency", agency)
                .param("position", position)
                .param("from", assignment.from())
                .param("to", assignment.to())
                .param("fullTime", assignment.fullTime())
                .param("decision", assignment.decisionNumber())
                .update();
    }

    public void update(Assignment assignment, @Nullable UUID position) {
        jdbc.sql("""
                update workforce.assignment set position_id = :position, valid_to = :to, full_time = :fullTime,
                    decision_number = :decision where id = :id
                """)
                .param("id", assignment.id())
                .param("position", position)
                .param("to", assignment.to())
                .param("fullTime", assignment.fullTime())
                .param("decision", assignment.decisionNumber())
                .update();
    }

    // outcomes

    public List<Outcome> outcomes(UUID person) {
        return jdbc.sql(OUTCOME + " where o.person_id = :person order by o.effective_date, o.recorded_at")
                .param("person", person)
                .query(WorkforceStore::outcome)
                .list();
    }

    /** Records an outcome, replacing one of the same kind and date for the person (imports are repeatable). */
    public void upsert(Outcome outcome, UUID agency, @Nullable UUID toAgency, String actor) {
        jdbc.sql(UPSERT_OUTCOME)
                .params(outcomeParams(outcome, agency, toAgency, actor))
                .update();
    }

    private static final String UPSERT_OUTCOME = """
            insert into workforce.outcome (id, person_id, agency_id, kind, effective_date, to_agency_id, policy,
                amount_paid, decision_number, recorded_by)
            values (:id, :person, :agency, :kind, :date, :to, :policy, :amount, :decision, :actor)
            on conflict (person_id, kind, effective_date) do update set agency_id = excluded.agency_id,
                to_agency_id = excluded.to_agency_id, policy = excluded.policy,
                amount_paid = excluded.amount_paid, decision_number = excluded.decision_number,
                recorded_by = excluded.recorded_by, recorded_at = now()
            """;

    private static java.util.Map<String, @Nullable Object> outcomeParams(
            Outcome outcome, UUID agency, @Nullable UUID toAgency, String actor) {
        java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
        params.put("id", outcome.id());
        params.put("person", outcome.personId());
        params.put("agency", agency);
        params.put("kind", outcome.kind().key());
        params.put("date", outcome.effectiveDate());
        params.put("to", toAgency);
        params.put("policy", outcome.policy() == null ? null : outcome.policy().key());
        params.put("amount", outcome.amountPaid());
        params.put("decision", outcome.decisionNumber());
        params.put("actor", actor);
        return params;
    }

    // statistics

    /** One departure: an outcome that is an exit, with what the statistics group it by. */
    public record DepartureRow(
            OutcomeKind kind,
            Sex sex,
            PersonnelCategory category,
            LocalDate effectiveDate,
            LocalDate birthDate,
            @Nullable BigDecimal amountPaid) {}

    public void departures(String unit, LocalDate from, LocalDate to, Consumer<DepartureRow> sink) {
        jdbc.sql("""
                select o.kind, p.sex, p.category, o.effective_date, p.birth_date, o.amount_paid
                from workforce.outcome o join workforce.person p on p.id = o.person_id
                join workforce.agency g on g.id = o.agency_id
                where o.kind in ('early_retirement', 'resignation', 'retired', 'other')
                  and o.effective_date between :from and :to
                  and (g.unit_code = :unit or g.province_code = :unit)
                """).param("unit", unit).param("from", from).param("to", to).query((ResultSet rs) -> {
            sink.accept(new DepartureRow(
                    OutcomeKind.parse("kind", rs.getString("kind")),
                    Sex.parse("sex", rs.getString("sex")),
                    PersonnelCategory.parse("category", rs.getString("category")),
                    rs.getObject("effective_date", LocalDate.class),
                    rs.getObject("birth_date", LocalDate.class),
                    rs.getBigDecimal("amount_paid")));
        });
    }

    /** Required (quota) or filled (assignments in force) posts per unit code and specialism. */
    public record StaffingCount(String unitCode, String specialism, long count) {}

    public List<StaffingCount> quotas(String unit, LocalDate asOf) {
        return jdbc.sql("""
                select g.unit_code, p.specialism, sum(p.quota) as n
                from workforce.job_position p join workforce.agency g on g.id = p.agency_id
                where (g.unit_code = :unit or g.province_code = :unit)
                  and g.valid_from <= :day and (g.valid_to is null or g.valid_to >= :day)
                group by g.unit_code, p.specialism
                """)
                .param("unit", unit)
                .param("day", asOf)
                .query((rs, n) -> new StaffingCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    public List<StaffingCount> filled(String unit, LocalDate asOf) {
        return jdbc.sql("""
                select g.unit_code, p.specialism, sum(c.delta) as n
                from workforce.post_change c join workforce.job_position p on p.id = c.position_key
                join workforce.agency g on g.id = c.agency_id
                where (g.unit_code = :unit or g.province_code = :unit)
                  and g.valid_from <= :day and (g.valid_to is null or g.valid_to >= :day)
                  and c.day <= :day
                group by g.unit_code, p.specialism
                """)
                .param("unit", unit)
                .param("day", asOf)
                .query((rs, n) -> new StaffingCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** A count of departures in one dimension ({@code reason}, {@code sex}, ...; {@code total}) and its key. */
    public record DepartureCount(
            String dimension,
            String key,
            long count,
            @Nullable BigDecimal amountPaid) {}

    /**
     * Departures by reason, sex, category, month, age band at the effective date and unit served, plus the
     * total. A province's whole months come from {@code departure_tally}; other days, and communes, from the
     * departures themselves.
     */
    public List<DepartureCount> departureCounts(String unit, boolean province, LocalDate from, LocalDate to) {
        LocalDate firstWhole =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterWhole = to.plusDays(1).withDayOfMonth(1);
        if (!province || !firstWhole.isBefore(afterWhole)) {
            return countedDepartures(unit, from, to);
        }
        Map<List<String>, DepartureCount> sums = new LinkedHashMap<>();
        List<DepartureCount> parts = new ArrayList<>(tallied(unit, firstWhole, afterWhole));
        if (from.isBefore(firstWhole)) {
            parts.addAll(countedDepartures(unit, from, firstWhole.minusDays(1)));
        }
        if (!to.isBefore(afterWhole)) {
            parts.addAll(countedDepartures(unit, afterWhole, to));
        }
        for (DepartureCount c : parts) {
            sums.merge(
                    List.of(c.dimension(), c.key()),
                    c,
                    (a, b) -> new DepartureCount(
                            a.dimension(), a.key(), a.count() + b.count(), sum(a.amountPaid(), b.amountPaid())));
        }
        return List.copyOf(sums.values());
    }

    private static @Nullable BigDecimal sum(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    /** A province's departures in the whole months from {@code first} up to, not including, {@code after}. */
    private List<DepartureCount> tallied(String province, LocalDate first, LocalDate after) {
        return jdbc.sql("""
                with t as (
                    select * from workforce.departure_tally
                    where province_code = :province and month >= :first and month < :after)
                select dimension, key, sum(n) as n, null::numeric as paid from t where dimension <> 'total'
                group by dimension, key having sum(n) <> 0
                union all
                select 'month', to_char(month, 'YYYY-MM'), sum(n), null from t where dimension = 'total'
                group by month having sum(n) <> 0
                union all
                select 'total', '', coalesce(sum(n), 0), coalesce(sum(paid), 0) from t where dimension = 'total'
                """)
                .param("province", province)
                .param("first", first)
                .param("after", after)
                .query((rs, n) -> new DepartureCount(
                        rs.getString("dimension"), rs.getString("key"), rs.getLong("n"), rs.getBigDecimal("paid")))
                .list();
    }

    /** Departures counted from workforce.outcome: one pass over the unit's departures from {@code from} to {@code to}. */
    public List<DepartureCount> countedDepartures(String unit, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select case when grouping(kind) = 0 then 'reason' when grouping(sex) = 0 then 'sex'
                            when grouping(category) = 0 then 'category' when grouping(month) = 0 then 'month'
                            when grouping(band) = 0 then 'age' when grouping(unit_code) = 0 then 'unit'
                            else 'total' end as dim,
                       coalesce(kind, sex, category, to_char(month, 'YYYY-MM'), band, unit_code, '') as k,
                       count(*) as n,
                       case when grouping(kind, sex, category, month, band, unit_code) = 63
                            then coalesce(sum(amount_paid), 0) end as paid
                from (select o.kind, o.sex, o.category, date_trunc('month', o.effective_date::timestamp) as month,
                             g.unit_code, o.amount_paid, workforce.age_band(o.effective_date, o.birth_date) as band
                      from workforce.outcome o join workforce.agency g on g.id = o.agency_id
                      where o.kind in ('early_retirement', 'resignation', 'retired', 'other')
                        and o.effective_date between :from and :to
                        and (g.unit_code = :unit or g.province_code = :unit)) d
                -- one pass, every dimension at once
                group by grouping sets ((kind), (sex), (category), (month), (band), (unit_code), ())
                """)
                .param("unit", unit)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new DepartureCount(
                        rs.getString("dim"), rs.getString("k"), rs.getLong("n"), rs.getBigDecimal("paid")))
                .list();
    }

    /** Per unit served: positions, quota, filled and vacant seats, vacant positions, people over quota. */
    public record PositionCount(
            String unitCode,
            long positions,
            long quota,
            long filledSeats,
            long vacantSeats,
            long vacantPositions,
            long overQuota) {}

    private static final String POSITIONS_IN_FORCE = """
            with pos as (
                select p.id, p.agency_id, g.unit_code, p.quota, p.specialism
                from workforce.job_position p join workforce.agency g on g.id = p.agency_id
                where (g.unit_code = :unit or g.province_code = :unit)
                  and g.valid_from <= :day and (g.valid_to is null or g.valid_to >= :day)),
            held as (
                -- by agency and position: the leading columns of post_change's key
                select c.position_key as position_id, sum(c.delta) as n
                from workforce.post_change c join pos on pos.agency_id = c.agency_id and pos.id = c.position_key
                where c.day <= :day
                group by c.position_key)
            """;

    public List<PositionCount> positionCounts(String unit, LocalDate asOf) {
        return jdbc.sql(POSITIONS_IN_FORCE + """
                        select pos.unit_code, count(*) as positions, sum(pos.quota) as quota,
                               sum(least(coalesce(h.n, 0), pos.quota)) as filled_seats,
                               sum(greatest(pos.quota - coalesce(h.n, 0), 0)) as vacant_seats,
                               count(*) filter (where coalesce(h.n, 0) = 0) as vacant_positions,
                               sum(greatest(coalesce(h.n, 0) - pos.quota, 0)) as over_quota
                        from pos left join held h on h.position_id = pos.id
                        group by pos.unit_code
                        """)
                .param("unit", unit)
                .param("day", asOf)
                .query((rs, n) -> new PositionCount(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7)))
                .list();
    }

    /**
     * Posts held on the day (assignments in force; a person holds at most one full-time post at a time) in
     * the unit's agencies, per unit served and category, from the pre-aggregated {@code post_change}.
     */
    public record HeadCount(String unitCode, String category, long count) {}

    public List<HeadCount> headcounts(String unit, LocalDate asOf) {
        return jdbc.sql("""
                        select g.unit_code, c.category, sum(c.delta)
                        from workforce.post_change c join workforce.agency g on g.id = c.agency_id
                        where (g.unit_code = :unit or g.province_code = :unit)
                          and g.valid_from <= :day and (g.valid_to is null or g.valid_to >= :day)
                          and c.day <= :day
                        group by g.unit_code, c.category
                        having sum(c.delta) <> 0
                        """)
                .param("unit", unit)
                .param("day", asOf)
                .query((rs, n) -> new HeadCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** The positions of a commune in one specialism on a day, with the people holding each. */
    public record PositionHeld(JobPosition position, long held) {}

    public List<PositionHeld> positionsHeld(String commune, String specialism, LocalDate asOf) {
        return jdbc.sql("""
                        select p.id, g.code as agency_code, p.code, p.title, p.position_group, p.specialism,
                               p.required_rank, p.required_qualification, p.quota,
                               (select coalesce(sum(c.delta), 0) from workforce.post_change c
                                where c.agency_id = g.id and c.position_key = p.id and c.day <= :day) as held
                        from workforce.job_position p join workforce.agency g on g.id = p.agency_id
                        where g.unit_code = :commune and p.specialism = :specialism
                          and g.valid_from <= :day and (g.valid_to is null or g.valid_to >= :day)
                        order by p.code
                        """)
                .param("commune", commune)
                .param("specialism", specialism)
                .param("day", asOf)
                .query((rs, n) -> new PositionHeld(position(rs, n), rs.getLong("held")))
                .list();
    }

    /** Someone in post in a unit with more people than quota in the specialism of their position. */
    public record SurplusCandidate(
            Person person, String unitCode, String agencyCode, String positionCode, String specialism, long surplus) {}

    /**
     * People in full-time posts on the day in the province's units (other than {@code exceptUnit}) whose
     * unit has more people than quota in their position's specialism, the wanted specialism first, at most
     * {@code limit}.
     */
    public List<SurplusCandidate> surplusCandidates(
            String province, String exceptUnit, String specialism, LocalDate asOf, int limit) {
        return jdbc.sql(POSITIONS_IN_FORCE.replace(":unit", ":province") + """
                        , per_spec as (
                            select pos.unit_code, pos.specialism, sum(pos.quota) as quota,
                                   sum(coalesce(h.n, 0)) as held
                            from pos left join held h on h.position_id = pos.id
                            group by pos.unit_code, pos.specialism
                            having sum(coalesce(h.n, 0)) > sum(pos.quota))
                        select p.id, p.identity_number, p.full_name, p.sex, p.birth_date, p.ethnicity, p.education,
                               p.category, p.rank, p.salary_coefficient, p.version,
                               g.unit_code, g.code as agency_code, jp.code as position_code, jp.specialism,
                               s.held - s.quota as surplus
                        from per_spec s
                        join workforce.agency g on g.unit_code = s.unit_code
                             and g.valid_from <= :day and (g.valid_to is null or g.valid_to >= :day)
                        join workforce.job_position jp on jp.agency_id = g.id and jp.specialism = s.specialism
                        join workforce.assignment a on a.position_id = jp.id and a.full_time
                             and a.valid_from <= :day and (a.valid_to is null or a.valid_to >= :day)
                        join workforce.person p on p.id = a.person_id
                        where s.unit_code <> :except
                        order by (s.specialism = :specialism) desc, s.held - s.quota desc, p.id
                        limit :limit
                        """)
                .param("province", province)
                .param("day", asOf)
                .param("except", exceptUnit)
                .param("specialism", specialism)
                .param("limit", limit)
                .query((rs, n) -> new SurplusCandidate(
                        person(rs, n),
                        rs.getString("unit_code"),
                        rs.getString("agency_code"),
                        rs.getString("position_code"),
                        rs.getString("specialism"),
                        rs.getLong("surplus")))
                .list();
    }

    // export

    /** One line of the import template: a person, one assignment, and their outcome in that agency. */
    public record ExportRow(
            Person person,
            @Nullable Assignment assignment,
            @Nullable Outcome outcome,
            String agency) {}

    public void export(String unit, Consumer<ExportRow> sink) {
        jdbc.sql("""
                select p.id as p_id, p.identity_number, p.full_name, p.sex, p.birth_date, p.ethnicity, p.education,
                       p.category, p.rank, p.salary_coefficient, p.version,
                       a.id as a_id, g.code as agency_code, jp.code as position_code, a.valid_from, a.valid_to,
                       a.full_time, a.decision_number as a_decision,
                       o.id as o_id, o.kind, o.effective_date, t.code as to_agency_code, o.policy, o.amount_paid,
                       o.decision_number as o_decision
                from workforce.assignment a join workforce.person p on p.id = a.person_id
                join workforce.agency g on g.id = a.agency_id
                left join workforce.job_position jp on jp.id = a.position_id
                left join lateral (select * from workforce.outcome x where x.person_id = p.id
                    and x.agency_id = a.agency_id order by x.effective_date desc limit 1) o on true
                left join workforce.agency t on t.id = o.to_agency_id
                where g.unit_code = :unit or g.province_code = :unit
                order by g.code, p.full_name, a.valid_from
                """).param("unit", unit).query((ResultSet rs) -> {
            Person person = new Person(
                    rs.getObject("p_id", UUID.class),
                    rs.getString("identity_number"),
                    rs.getString("full_name"),
                    Sex.parse("sex", rs.getString("sex")),
                    rs.getObject("birth_date", LocalDate.class),
                    rs.getString("ethnicity"),
                    rs.getString("education"),
                    PersonnelCategory.parse("category", rs.getString("category")),
                    rank(rs.getString("rank")),
                    rs.getBigDecimal("salary_coefficient"),
                    rs.getInt("version"));
            Assignment assignment = new Assignment(
                    rs.getObject("a_id", UUID.class),
                    person.id(),
                    rs.getString("agency_code"),
                    rs.getString("position_code"),
                    rs.getObject("valid_from", LocalDate.class),
                    rs.getObject("valid_to", LocalDate.class),
                    rs.getBoolean("full_time"),
                    rs.getString("a_decision"));
            Outcome outcome = rs.getObject("o_id") == null
                    ? null
                    : new Outcome(
                            rs.getObject("o_id", UUID.class),
                            person.id(),
                            rs.getString("agency_code"),
                            OutcomeKind.parse("kind", rs.getString("kind")),
                            rs.getObject("effective_date", LocalDate.class),
                            rs.getString("to_agency_code"),
                            policy(rs.getString("policy")),
                            rs.getBigDecimal("amount_paid"),
                            rs.getString("o_decision"));
            sink.accept(new ExportRow(person, assignment, outcome, rs.getString("agency_code")));
        });
    }

    // mapping

    private static Agency agency(ResultSet rs, int n) throws SQLException {
        return new Agency(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                AgencyKind.parse("kind", rs.getString("kind")),
                rs.getString("unit_code"),
                rs.getString("province_code"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("merged_into"));
    }

    private static JobPosition position(ResultSet rs, int n) throws SQLException {
        return new JobPosition(
                rs.getObject("id", UUID.class),
                rs.getString("agency_code"),
                rs.getString("code"),
                rs.getString("title"),
                PositionGroup.parse("group", rs.getString("position_group")),
                rs.getString("specialism"),
                rank(rs.getString("required_rank")),
                rs.getString("required_qualification"),
                rs.getInt("quota"));
    }

    private static Person person(ResultSet rs, int n) throws SQLException {
        return new Person(
                rs.getObject("id", UUID.class),
                rs.getString("identity_number"),
                rs.getString("full_name"),
                Sex.parse("sex", rs.getString("sex")),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("ethnicity"),
                rs.getString("education"),
                PersonnelCategory.parse("category", rs.getString("category")),
                rank(rs.getString("rank")),
                rs.getBigDecimal("salary_coefficient"),
                rs.getInt("version"));
    }

    private static Assignment assignment(ResultSet rs, int n) throws SQLException {
        return new Assignment(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("agency_code"),
                rs.getString("position_code"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getBoolean("full_time"),
                rs.getString("decision_number"));
    }

    private static Outcome outcome(ResultSet rs, int n) throws SQLException {
        return new Outcome(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("agency_code"),
                OutcomeKind.parse("kind", rs.getString("kind")),
                rs.getObject("effective_date", LocalDate.class),
                rs.getString("to_agency_code"),
                policy(rs.getString("policy")),
                rs.getBigDecimal("amount_paid"),
                rs.getString("decision_number"));
    }

    private static @Nullable Rank rank(@Nullable String key) {
        return key == null ? null : Rank.parse("rank", key);
    }

    private static @Nullable PolicyRegime policy(@Nullable String key) {
        return key == null ? null : PolicyRegime.parse("policy", key);
    }
}
