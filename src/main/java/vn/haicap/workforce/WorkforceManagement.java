package vn.haicap.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.haicap.account.CurrentUser;
import vn.haicap.shared.AuditEvent;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Jurisdiction;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;
import vn.haicap.shared.VietnameseText;
import vn.haicap.workforce.store.Scope;
import vn.haicap.workforce.store.WorkforceStore;

/**
 * Agencies, their job positions, people, their assignments and reorganisation outcomes. Every call takes
 * the acting user: writes need an HR officer whose jurisdiction covers the agency, reads of a person's
 * record need an HR officer (or the ministry) whose jurisdiction covers an agency the person worked for,
 * and each such read is audited.
 *
 * <p>Errors: {@code workforce.forbidden}, {@code workforce.outside-jurisdiction} (403),
 * {@code workforce.agency-not-found}, {@code workforce.position-not-found}, {@code workforce.person-not-found}
 * (404), {@code workforce.agency-exists}, {@code workforce.position-exists}, {@code workforce.person-exists},
 * {@code workforce.assignment-overlap}, {@code workforce.agency-has-assignments} (409),
 * {@code workforce.agency-ended}, {@code workforce.agency-not-yet}, {@code workforce.unit-unknown},
 * {@code workforce.value-invalid}, ... (400).
 */
@Service
public class WorkforceManagement {

    private final WorkforceStore store;
    private final Units units;
    private final ApplicationEventPublisher events;

    WorkforceManagement(WorkforceStore store, Units units, ApplicationEventPublisher events) {
        this.store = store;
        this.units = units;
        this.events = events;
    }

    // agencies and positions

    @Transactional
    public Agency createAgency(CurrentUser user, NewAgency request) {
        Access.requireHr(user);
        String code = requireCode("code", request.code());
        String name = requireText("name", request.name(), 300);
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw HaicapException.invalid("workforce.period-invalid", request.validFrom(), request.validTo());
        }
        Units.Unit unit = units.forAgency(request.unitCode().strip(), request.validFrom(), request.validTo());
        Access.requireCovers(user, unit.provinceCode(), unit.code());
        if (store.agency(code).isPresent()) {
            throw HaicapException.conflict("workforce.agency-exists", code);
        }
        Agency agency = new Agency(
                UUID.randomUUID(),
                code,
                name,
                request.kind(),
                unit.code(),
                unit.provinceCode(),
                request.validFrom(),
                request.validTo(),
                null);
        store.insert(agency, user.username());
        events.publishEvent(AuditEvent.of(user.username(), "workforce.agency-created", "agency", code, Map.of()));
        return agency;
    }

    /** Ends an agency on its last day, optionally merged into another; no assignment may run past it. */
    @Transactional
    public Agency closeAgency(CurrentUser user, String code, LocalDate lastDay, @Nullable String mergedInto) {
        Agency agency = writable(user, code);
        if (lastDay.isBefore(agency.validFrom())) {
            throw HaicapException.invalid("workforce.period-invalid", agency.validFrom(), lastDay);
        }
        UUID successor = null;
        if (mergedInto != null && !mergedInto.isBlank()) {
            Agency next = writable(user, mergedInto.strip());
            if (next.id().equals(agency.id())) {
                throw HaicapException.invalid("workforce.value-invalid", "mergedInto", mergedInto);
            }
            successor = next.id();
        }
        if (store.hasAssignmentsAfter(agency.id(), lastDay)) {
            throw HaicapException.conflict("workforce.agency-has-assignments", code, lastDay.toString());
        }
        store.close(agency.id(), lastDay, successor);
        TransactionCache.clear();
        events.publishEvent(AuditEvent.of(
                user.username(),
                "workforce.agency-closed",
                "agency",
                code,
                Map.of("lastDay", lastDay.toString(), "mergedInto", mergedInto == null ? "" : mergedInto)));
        return store.agency(code).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Agency> agencies(CurrentUser user, @Nullable String unit) {
        Access.requireReporting(user);
        return store.agencies(new Scope(user.jurisdiction()), unit);
    }

    @Transactional(readOnly = true)
    public Agency agency(CurrentUser user, String code) {
        Access.requireReporting(user);
        Agency agency =
                store.agency(code).orElseThrow(() -> HaicapException.notFound("workforce.agency-not-found", code));
        if (!Access.covers(user, agency.provinceCode(), agency.communeCode())) {
            throw HaicapException.notFound("workforce.agency-not-found", code);
        }
        return agency;
    }

    @Transactional
    public JobPosition addPosition(CurrentUser user, String agencyCode, NewPosition request) {
        Agency agency = writable(user, agencyCode);
        String code = requireCode("code", request.code());
        if (request.quota() < 0 || request.quota() > 100_000) {
            throw HaicapException.invalid("workforce.value-invalid", "quota", request.quota());
        }
        if (store.position(agency.id(), code).isPresent()) {
            throw HaicapException.conflict("workforce.position-exists", agencyCode, code);
        }
        JobPosition position = new JobPosition(
                UUID.randomUUID(),
                agency.code(),
                code,
                requireText("title", request.title(), 300),
                request.group(),
                requireCode("specialism", request.specialism()).toLowerCase(java.util.Locale.ROOT),
                request.requiredRank(),
                PersonData.blankToNull(request.requiredQualification()),
                request.quota());
        store.insert(agency.id(), position);
        return position;
    }

    @Transactional(readOnly = true)
    public List<JobPosition> positions(CurrentUser user, String agencyCode) {
        return store.positions(agency(user, agencyCode).id());
    }

    // people

    /** Records a new person; {@code workforce.person-exists} when the identity number is known. */
    @Transactional
    public Person recordPerson(CurrentUser user, PersonData data) {
        Access.requireHr(user);
        if (user.jurisdiction().scope() == Jurisdiction.Scope.NONE) {
            throw HaicapException.forbidden("workforce.forbidden");
        }
        if (store.personByIdentity(data.identityNumber()).isPresent()) {
            throw HaicapException.conflict("workforce.person-exists");
        }
        UUID id = UUID.randomUUID();
        try {
            store.insert(id, data, user.jurisdiction(), user.username());
        } catch (DuplicateKeyException e) {
            throw HaicapException.conflict("workforce.person-exists");
        }
        return store.person(id).orElseThrow();
    }

    /** The person's record with assignments and outcomes; audited as {@code workforce.person-read}. */
    @Transactional
    public PersonRecord person(CurrentUser user, UUID id) {
        Access.requireHr(user);
        Person person = visiblePerson(user, id);
        events.publishEvent(AuditEvent.of(user.username(), "workforce.person-read", "person", id.toString(), Map.of()));
        return new PersonRecord(person, store.assignments(id), store.outcomes(id));
    }

    /** Adds an assignment (the record moves to its next version). */
    @Transactional
    public Assignment assign(CurrentUser user, UUID personId, NewAssignment request) {
        Access.requireHr(user);
        Person person = visiblePerson(user, personId);
        Assignment saved = assign(user, person, request, null);
        store.touch(person.id(), null);
        return saved;
    }

    @Transactional
    public Outcome recordOutcome(CurrentUser user, UUID personId, NewOutcome request) {
        Access.requireHr(user);
        Person person = visiblePerson(user, personId);
        Outcome outcome = recordOutcome(user, person, request);
        store.touch(person.id(), null);
        return outcome;
    }

    /**
     * People visible within the user's jurisdiction (HR officers and the ministry), by part of the name
     * with or without diacritics, identity number, unit and category. Audited as
     * {@code workforce.people-searched}.
     */
    @Transactional
    public PageResult<PersonSummary> searchPeople(CurrentUser user, PersonQuery query, PageRequest page) {
        Access.requireHr(user);
        String name = query.name() == null ? null : VietnameseText.searchKey(query.name());
        PageResult<PersonSummary> result = store.search(new Scope(user.jurisdiction()), name, query, page);
        events.publishEvent(AuditEvent.of(
                user.username(),
                "workforce.people-searched",
                "person",
                "search",
                Map.of(
                        "name", query.name() == null ? "" : query.name(),
                        "identityNumber", query.identityNumber() == null ? "" : query.identityNumber(),
                        "unit", query.unit() == null ? "" : query.unit(),
                        "results", String.valueOf(result.total()))));
        return result;
    }

    /**
     * Edits a person's record if it is still at {@code version}: {@code workforce.stale-version} (409)
     * when someone else changed it since it was read.
     */
    @Transactional
    public Person updatePerson(CurrentUser user, UUID id, PersonData data, int version) {
        Access.requireHr(user);
        Person person = visiblePerson(user, id);
        store.personByIdentity(data.identityNumber())
                .filter(other -> !other.id().equals(person.id()))
                .ifPresent(other -> {
                    throw HaicapException.conflict("workforce.person-exists");
                });
        if (!store.update(person.id(), data, version)) {
            throw stale(person.id());
        }
        events.publishEvent(
                AuditEvent.of(user.username(), "workforce.person-updated", "person", id.toString(), Map.of()));
        return store.person(id).orElseThrow();
    }

    /**
     * Changes an assignment (agency, position, period, decision) of a person whose record is still at
     * {@code version}, under the same rules as a new one: no two full-time posts at once, nothing outside
     * the agency's life.
     */
    @Transactional
    public Assignment updateAssignment(
            CurrentUser user, UUID personId, UUID assignmentId, NewAssignment request, int version) {
        Access.requireHr(user);
        Person person = visiblePerson(user, personId);
        store.lock(person.id());
        Assignment current = store.assignments(person.id()).stream()
                .filter(a -> a.id().equals(assignmentId))
                .findFirst()
                .orElseThrow(() -> HaicapException.notFound("workforce.assignment-not-found"));
        writable(user, current.agencyCode());
        if (store.person(person.id()).orElseThrow().version() != version) {
            throw stale(person.id());
        }
        Assignment saved = assign(user, person, request, current.id());
        store.touch(person.id(), version);
        events.publishEvent(AuditEvent.of(
                user.username(),
                "workforce.assignment-updated",
                "person",
                personId.toString(),
                Map.of("assignment", assignmentId.toString())));
        return saved;
    }

    private HaicapException stale(UUID id) {
        int now = store.person(id).map(Person::version).orElse(-1);
        return HaicapException.conflict("workforce.stale-version").with("currentVersion", now);
    }

    /**
     * One row of an import, all or nothing: the person (created, or updated by identity number), their
     * assignment (updated when the same agency and start day are known) and outcome (replaced when the
     * same kind and day are known). The agency must lie within the user's jurisdiction. Runs nested (in a
     * savepoint) when called within a transaction, so that an import can store many rows per transaction
     * and still roll back one bad row alone.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NESTED)
    public Person importRecord(
            CurrentUser user,
            PersonData data,
            String agencyCode,
            @Nullable NewAssignment assignment,
            @Nullable NewOutcome outcome) {
        Access.requireHr(user);
        writable(user, agencyCode);
        Person person = store.personByIdentity(data.identityNumber()).orElse(null);
        boolean fresh = person == null;
        if (person == null) {
            UUID id = UUID.randomUUID();
            store.insert(id, data, user.jurisdiction(), user.username());
            person = new Person(
                    id,
                    data.identityNumber(),
                    data.fullName(),
                    data.sex(),
                    data.birthDate(),
                    data.ethnicity(),
                    data.education(),
                    data.category(),
                    data.rank(),
                    data.salaryCoefficient(),
                    0);
        } else {
            if (!store.visible(person.id(), new Scope(user.jurisdiction()))) {
                // known in another jurisdiction: only a transfer recorded there lets this one take them over
                throw HaicapException.forbidden("workforce.person-elsewhere");
            }
            store.update(person.id(), data);
            person = store.person(person.id()).orElseThrow();
        }
        List<Assignment> assignments = List.of();
        if (assignment != null) {
            // a person just created has no assignment yet: nothing to lock or compare with
            assignments = List.of(assign(user, person, assignment, null, fresh));
        }
        if (outcome != null) {
            recordOutcome(user, person, outcome, fresh ? assignments : null);
        }
        return person;
    }

    // imports in batches: rows that create new people

    /** A row of an import: its line in the file and what it records. */
    public record ImportRecord(
            long line,
            PersonData data,
            String agencyCode,
            @Nullable NewAssignment assignment,
            @Nullable NewOutcome outcome) {}

    /**
     * The agencies and positions an import job has read, kept for the whole job (the in-memory checks of
     * {@link #checkNew}); each is read once, on first use.
     */
    public static final class ImportLookups {
        final Map<String, java.util.Optional<Agency>> agencies = new java.util.HashMap<>();
        final Map<String, java.util.Optional<JobPosition>> positions = new java.util.HashMap<>();
    }

    /** A row checked by {@link #checkNew}, ready to be written by {@link #storeNew}. */
    public static final class CheckedRecord {
        final ImportRecord row;
        final Person person;
        final @Nullable Assignment assignment;
        final @Nullable UUID agencyId;
        final @Nullable UUID positionId;
        final @Nullable CheckedOutcome outcome;

        private CheckedRecord(
                ImportRecord row,
                Person person,
                @Nullable Assignment assignment,
                @Nullable UUID agencyId,
                @Nullable UUID positionId,
                @Nullable CheckedOutcome outcome) {
            this.row = row;
            this.person = person;
            this.assignment = assignment;
            this.agencyId = agencyId;
            this.positionId = positionId;
            this.outcome = outcome;
        }

        public ImportRecord row() {
            return row;
        }
    }

    /** The identity numbers among {@code numbers} already recorded (one query). */
    public java.util.Set<String> knownIdentities(java.util.Collection<String> numbers) {
        return store.knownIdentities(numbers);
    }

    /**
     * Checks, without writing anything, a row that creates a new person (identity number not recorded,
     * seen once in the file): the same rules and problems as {@link #importRecord}, with the agencies and
     * positions of the job's {@code lookups}. A new person has no other assignment, so no overlap to check.
     */
    public CheckedRecord checkNew(CurrentUser user, ImportRecord row, ImportLookups lookups) {
        Access.requireHr(user);
        writable(user, row.agencyCode(), lookups);
        PersonData data = row.data();
        Person person = new Person(
                UUID.randomUUID(),
                data.identityNumber(),
                data.fullName(),
                data.sex(),
                data.birthDate(),
                data.ethnicity(),
                data.education(),
                data.category(),
                data.rank(),
                data.salaryCoefficient(),
                0);
        Assignment assignment = null;
        UUID agencyId = null;
        UUID positionId = null;
        NewAssignment request = row.assignment();
        if (request != null) {
            Agency agency = writable(user, request.agencyCode().strip(), lookups);
            checkPeriod(agency, request.from(), request.to());
            String positionCode = positionCode(request);
            positionId = positionCode == null ? null : position(agency, positionCode, lookups);
            agencyId = agency.id();
            assignment = new Assignment(
                    UUID.randomUUID(),
                    person.id(),
                    agency.code(),
                    positionCode,
                    request.from(),
                    request.to(),
                    fullTime(request, person),
                    PersonData.blankToNull(request.decisionNumber()));
        }
        CheckedOutcome outcome = row.outcome() == null
                ? null
                : checkOutcome(
                        user, person, row.outcome(), assignment == null ? List.of() : List.of(assignment), lookups);
        return new CheckedRecord(row, person, assignment, agencyId, positionId, outcome);
    }

    /**
     * Writes checked rows with batched inserts (people, assignments, outcomes), then checks with one query
     * that no assignment runs outside its agency's life (an agency closed since the job read it). Throws
     * (a {@code DataAccessException} on a constraint, {@code workforce.agency-ended} on that check): the
     * caller rolls the batch back and stores its rows one by one to find the bad ones.
     */
    public void storeNew(CurrentUser user, List<CheckedRecord> rows) {
        Access.requireHr(user);
        if (rows.isEmpty()) {
            return;
        }
        store.insertPeople(rows.stream().map(r -> r.person).toList(), user.jurisdiction(), user.username());
        List<WorkforceStore.NewRow<Assignment>> assignments = new java.util.ArrayList<>();
        List<WorkforceStore.NewRow<Outcome>> outcomes = new java.util.ArrayList<>();
        for (CheckedRecord r : rows) {
            if (r.assignment != null && r.agencyId != null) {
                assignments.add(new WorkforceStore.NewRow<>(r.assignment, r.agencyId, r.positionId));
            }
            if (r.outcome != null) {
                outcomes.add(
                        new WorkforceStore.NewRow<>(r.outcome.outcome(), r.outcome.agencyId(), r.outcome.toAgencyId()));
            }
        }
        store.insertAssignments(assignments, user.username());
        store.upsertOutcomes(outcomes, user.username());
        if (store.assignmentsOutsideAgencyLife(
                        assignments.stream().map(a -> a.row().id()).toList())
                > 0) {
            throw HaicapException.invalid("workforce.agency-ended", "", "");
        }
    }

    /** The rows of the import template for a unit (province or commune); audited as {@code workforce.exported}. */
    @Transactional
    public void export(CurrentUser user, String unit, Consumer<WorkforceStore.ExportRow> sink) {
        Access.requireHr(user);
        Units.Unit u = units.current(unit);
        Access.requireCovers(user, u.provinceCode(), u.code());
        store.export(u.code(), sink);
        events.publishEvent(AuditEvent.of(user.username(), "workforce.exported", "unit", u.code(), Map.of()));
    }

    /** Checks and stores an assignment; {@code replacing}: the one it rewrites (edits), else matched by day. */
    private Assignment assign(CurrentUser user, Person person, NewAssignment request, @Nullable UUID replacing) {
        return assign(user, person, request, replacing, false);
    }

    private Assignment assign(
            CurrentUser user, Person person, NewAssignment request, @Nullable UUID replacing, boolean fresh) {
        Agency agency = writable(user, request.agencyCode().strip());
        LocalDate from = request.from();
        LocalDate to = request.to();
        checkPeriod(agency, from, to);
        String positionCode = positionCode(request);
        UUID positionId = positionCode == null ? null : position(agency, positionCode, null);
        boolean fullTime = fullTime(request, person);
        List<Assignment> existing = List.of();
        if (!fresh) {
            store.lock(person.id());
            existing = store.assignments(person.id());
        }
        Assignment same = existing.stream()
                .filter(a -> replacing != null
                        ? a.id().equals(replacing)
                        : a.agencyCode().equals(agency.code()) && a.from().equals(from))
                .findFirst()
                .orElse(null);
        if (replacing != null) {
            existing.stream()
                    .filter(a -> !a.id().equals(replacing)
                            && a.agencyCode().equals(agency.code())
                            && a.from().equals(from))
                    .findFirst()
                    .ifPresent(a -> {
                        throw HaicapException.conflict("workforce.assignment-exists", agency.code(), from.toString());
                    });
        }
        if (fullTime) {
            for (Assignment other : existing) {
                if (other != same && other.fullTime() && other.overlaps(from, to)) {
                    throw HaicapException.conflict(
                                    "workforce.assignment-overlap",
                                    other.agencyCode(),
                                    other.from().toString(),
                                    other.to() == null ? "…" : other.to().toString())
                            .with("conflictingAssignment", other.id().toString());
                }
            }
        }
        Assignment saved = new Assignment(
                same != null ? same.id() : UUID.randomUUID(),
                person.id(),
                agency.code(),
                positionCode,
                from,
                to,
                fullTime,
                PersonData.blankToNull(request.decisionNumber()));
        if (replacing != null) {
            store.replace(saved, agency.id(), positionId);
        } else if (same != null) {
            store.update(saved, positionId);
        } else {
            store.insert(saved, agency.id(), positionId, user.username());
        }
        return saved;
    }

    private static void checkPeriod(Agency agency, LocalDate from, @Nullable LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw HaicapException.invalid("workforce.period-invalid", from, to);
        }
        if (from.isBefore(agency.validFrom())) {
            throw HaicapException.invalid(
                    "workforce.agency-not-yet",
                    agency.code(),
                    agency.validFrom().toString());
        }
        LocalDate end = agency.validTo();
        if (end != null && (from.isAfter(end) || to == null || to.isAfter(end))) {
            throw HaicapException.invalid("workforce.agency-ended", agency.code(), end.toString());
        }
    }

    private static @Nullable String positionCode(NewAssignment request) {
        return request.positionCode() == null || request.positionCode().isBlank()
                ? null
                : request.positionCode().strip();
    }

    private UUID position(Agency agency, String positionCode, @Nullable ImportLookups lookups) {
        String key = agency.id() + "/" + positionCode;
        java.util.Optional<JobPosition> position = lookups != null
                ? lookups.positions.computeIfAbsent(key, k -> store.position(agency.id(), positionCode))
                : TransactionCache.get("position:" + key, () -> store.position(agency.id(), positionCode));
        return position.orElseThrow(
                        () -> HaicapException.invalid("workforce.position-not-found", agency.code(), positionCode))
                .id();
    }

    private static boolean fullTime(NewAssignment request, Person person) {
        return request.fullTime() != null
                ? request.fullTime()
                : person.category() != PersonnelCategory.COMMUNE_PART_TIMER;
    }

    private java.util.Optional<Agency> findAgency(String code, @Nullable ImportLookups lookups) {
        return lookups != null
                ? lookups.agencies.computeIfAbsent(code, store::agency)
                : TransactionCache.get("agency:" + code, () -> store.agency(code));
    }

    private Outcome recordOutcome(CurrentUser user, Person person, NewOutcome request) {
        return recordOutcome(user, person, request, null);
    }

    /** {@code known}: the person's assignments when the caller has them (a person just imported). */
    private Outcome recordOutcome(
            CurrentUser user, Person person, NewOutcome request, @Nullable List<Assignment> known) {
        CheckedOutcome checked = checkOutcome(user, person, request, known, null);
        store.upsert(checked.outcome(), checked.agencyId(), checked.toAgencyId(), user.username());
        return checked.outcome();
    }

    private record CheckedOutcome(
            Outcome outcome, UUID agencyId, @Nullable UUID toAgencyId) {}

    private CheckedOutcome checkOutcome(
            CurrentUser user,
            Person person,
            NewOutcome request,
            @Nullable List<Assignment> known,
            @Nullable ImportLookups lookups) {
        String agencyCode = request.agencyCode();
        if (agencyCode == null || agencyCode.isBlank()) {
            LocalDate day = request.effectiveDate();
            agencyCode = (known != null ? known : store.assignments(person.id()))
                    .stream()
                            .filter(a -> a.overlaps(day.minusDays(1), day.minusDays(1)) || a.overlaps(day, day))
                            .map(Assignment::agencyCode)
                            .reduce((a, b) -> b)
                            .orElseThrow(() -> HaicapException.invalid("workforce.outcome-agency-missing"));
        }
        Agency agency = writable(user, agencyCode.strip(), lookups);
        UUID toAgency = null;
        String toCode = request.toAgencyCode() == null || request.toAgencyCode().isBlank()
                ? null
                : request.toAgencyCode().strip();
        if (request.kind() == OutcomeKind.TRANSFERRED) {
            if (toCode == null) {
                throw HaicapException.invalid("workforce.outcome-destination-missing");
            }
            Agency destination = (lookups != null ? findAgency(toCode, lookups) : store.agency(toCode))
                    .orElseThrow(() -> HaicapException.invalid("workforce.agency-not-found", toCode));
            if (!destination.validOn(request.effectiveDate())) {
                throw HaicapException.invalid(
                        "workforce.agency-ended", destination.code(), String.valueOf(destination.validTo()));
            }
            toAgency = destination.id();
        } else if (toCode != null) {
            throw HaicapException.invalid("workforce.value-invalid", "to_agency_code", toCode);
        }
        if (request.kind().needsPolicy() && request.policy() == null) {
            throw HaicapException.invalid(
                    "workforce.outcome-policy-missing", request.kind().key());
        }
        if (request.amountPaid() != null && request.amountPaid().signum() < 0) {
            throw HaicapException.invalid("workforce.value-invalid", "amount_paid", request.amountPaid());
        }
        Outcome outcome = new Outcome(
                UUID.randomUUID(),
                person.id(),
                agency.code(),
                request.kind(),
                request.effectiveDate(),
                toCode,
                request.kind().needsPolicy() ? request.policy() : null,
                request.amountPaid(),
                PersonData.blankToNull(request.decisionNumber()));
        return new CheckedOutcome(outcome, agency.id(), toAgency);
    }

    private Person visiblePerson(CurrentUser user, UUID id) {
        Person person = store.person(id).orElseThrow(() -> HaicapException.notFound("workforce.person-not-found"));
        if (!store.visible(id, new Scope(user.jurisdiction()))) {
            throw HaicapException.notFound("workforce.person-not-found");
        }
        return person;
    }

    /** The agency, which an HR officer of its jurisdiction may change. */
    private Agency writable(CurrentUser user, String code) {
        return writable(user, code, null);
    }

    /** {@code lookups}: those of an import job, else the agencies remembered for the transaction. */
    private Agency writable(CurrentUser user, String code, @Nullable ImportLookups lookups) {
        Access.requireHr(user);
        Agency agency = findAgency(code, lookups)
                .orElseThrow(() -> HaicapException.notFound("workforce.agency-not-found", code));
        Access.requireCovers(user, agency.provinceCode(), agency.unitCode());
        return agency;
    }

    private static String requireCode(String field, @Nullable String value) {
        String code = value == null ? "" : value.strip();
        if (code.isEmpty() || code.length() > 60) {
            throw HaicapException.invalid("workforce.value-invalid", field, code);
        }
        return code;
    }

    private static String requireText(String field, @Nullable String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw HaicapException.invalid("workforce.value-invalid", field, text);
        }
        return text;
    }
}
