package vn.haicap.workforce.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.haicap.account.CurrentUser;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;
import vn.haicap.workforce.Agency;
import vn.haicap.workforce.AgencyKind;
import vn.haicap.workforce.Assignment;
import vn.haicap.workforce.DepartureStatistics;
import vn.haicap.workforce.JobPosition;
import vn.haicap.workforce.NewAgency;
import vn.haicap.workforce.NewAssignment;
import vn.haicap.workforce.NewOutcome;
import vn.haicap.workforce.NewPosition;
import vn.haicap.workforce.Outcome;
import vn.haicap.workforce.OutcomeKind;
import vn.haicap.workforce.Person;
import vn.haicap.workforce.PersonData;
import vn.haicap.workforce.PersonQuery;
import vn.haicap.workforce.PersonRecord;
import vn.haicap.workforce.PersonSummary;
import vn.haicap.workforce.PersonnelCategory;
import vn.haicap.workforce.PolicyRegime;
import vn.haicap.workforce.PositionGroup;
import vn.haicap.workforce.Rank;
import vn.haicap.workforce.Redeployment;
import vn.haicap.workforce.Sex;
import vn.haicap.workforce.StaffingGaps;
import vn.haicap.workforce.StaffingStatistics;
import vn.haicap.workforce.WorkforceManagement;
import vn.haicap.workforce.WorkforceRedeployment;
import vn.haicap.workforce.WorkforceStatistics;

@RestController
@RequestMapping("/api/v1/workforce")
@Tag(name = "Workforce", description = "Agencies, job positions, people, assignments, reorganisation outcomes")
class WorkforceRestController {

    record AgencyRequest(
            @Nullable String code,
            @Nullable String name,
            @Nullable String kind,
            @Nullable String unitCode,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo) {}

    record CloseRequest(
            @Nullable LocalDate validTo, @Nullable String mergedInto) {}

    record PositionRequest(
            @Nullable String code,
            @Nullable String title,
            @Nullable String group,
            @Nullable String specialism,
            @Nullable String requiredRank,
            @Nullable String requiredQualification,
            @Nullable Integer quota) {}

    record PersonRequest(
            @Nullable String identityNumber,
            @Nullable String fullName,
            @Nullable String sex,
            @Nullable LocalDate birthDate,
            @Nullable String ethnicity,
            @Nullable String education,
            @Nullable String category,
            @Nullable String rank,
            @Nullable BigDecimal salaryCoefficient,
            @Nullable Integer version) {}

    record AssignmentRequest(
            @Nullable String agency,
            @Nullable String position,
            java.time.@Nullable LocalDate from,
            java.time.@Nullable LocalDate to,
            @Nullable Boolean fullTime,
            @Nullable String decisionNumber,
            @Nullable Integer version) {}

    record OutcomeRequest(
            @Nullable String kind,
            @Nullable LocalDate effectiveDate,
            @Nullable String agency,
            @Nullable String toAgency,
            @Nullable String policy,
            @Nullable BigDecimal amountPaid,
            @Nullable String decisionNumber) {}

    record AgencyView(
            String code,
            String name,
            String kind,
            String unitCode,
            String provinceCode,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable String mergedInto) {
        static AgencyView of(Agency a) {
            return new AgencyView(
                    a.code(),
                    a.name(),
                    a.kind().key(),
                    a.unitCode(),
                    a.provinceCode(),
                    a.validFrom(),
                    a.validTo(),
                    a.mergedInto());
        }
    }

    record PositionView(
            String agency,
            String code,
            String title,
            String group,
            String specialism,
            @Nullable String requiredRank,
            @Nullable String requiredQualification,
            int quota) {
        static PositionView of(JobPosition p) {
            return new PositionView(
                    p.agencyCode(),
                    p.code(),
                    p.title(),
                    p.group().key(),
                    p.specialism(),
                    p.requiredRank() == null ? null : p.requiredRank().key(),
                    p.requiredQualification(),
                    p.quota());
        }
    }

    record PersonView(
            UUID id,
            String identityNumber,
            String fullName,
            String sex,
            LocalDate birthDate,
            @Nullable String ethnicity,
            @Nullable String education,
            String category,
            @Nullable String rank,
            @Nullable BigDecimal salaryCoefficient,
            int version,
            List<AssignmentView> assignments,
            List<OutcomeView> outcomes) {
        static PersonView of(Person p, List<AssignmentView> assignments, List<OutcomeView> outcomes) {
            return new PersonView(
                    p.id(),
                    p.identityNumber(),
                    p.fullName(),
                    p.sex().key(),
                    p.birthDate(),
                    p.ethnicity(),
                    p.education(),
                    p.category().key(),
                    p.rank() == null ? null : p.rank().key(),
                    p.salaryCoefficient(),
                    p.version(),
                    assignments,
                    outcomes);
        }
    }

    record AssignmentView(
            UUID id,
            String agency,
            @Nullable String position,
            LocalDate from,
            @Nullable LocalDate to,
            boolean fullTime,
            @Nullable String decisionNumber) {
        static AssignmentView of(Assignment a) {
            return new AssignmentView(
                    a.id(), a.agencyCode(), a.positionCode(), a.from(), a.to(), a.fullTime(), a.decisionNumber());
        }
    }

    record OutcomeView(
            String kind,
            LocalDate effectiveDate,
            String agency,
            @Nullable String toAgency,
            @Nullable String policy,
            @Nullable BigDecimal amountPaid,
            @Nullable String decisionNumber) {
        static OutcomeView of(Outcome o) {
            return new OutcomeView(
                    o.kind().key(),
                    o.effectiveDate(),
                    o.agencyCode(),
                    o.toAgencyCode(),
                    o.policy() == null ? null : o.policy().key(),
                    o.amountPaid(),
                    o.decisionNumber());
        }
    }

    private final WorkforceManagement workforce;
    private final WorkforceStatistics statistics;
    private final WorkforceRedeployment redeployment;

    WorkforceRestController(
            WorkforceManagement workforce, WorkforceStatistics statistics, WorkforceRedeployment redeployment) {
        this.workforce = workforce;
        this.statistics = statistics;
        this.redeployment = redeployment;
    }

    @PostMapping("/agencies")
    @Operation(summary = "Record an agency of a province or commune (HR officer of that jurisdiction)")
    ResponseEntity<AgencyView> createAgency(@RequestBody AgencyRequest body) {
        Agency agency = workforce.createAgency(
                CurrentUser.get(),
                new NewAgency(
                        required("code", body.code()),
                        required("name", body.name()),
                        AgencyKind.parse("kind", required("kind", body.kind())),
                        required("unitCode", body.unitCode()),
                        required("validFrom", body.validFrom()),
                        body.validTo()));
        return ResponseEntity.created(URI.create("/api/v1/workforce/agencies/" + agency.code()))
                .body(AgencyView.of(agency));
    }

    @GetMapping("/agencies")
    @Operation(summary = "Agencies within the caller's jurisdiction, optionally of one province or commune")
    List<AgencyView> agencies(@RequestParam(required = false) @Nullable String unit) {
        return workforce.agencies(CurrentUser.get(), unit).stream()
                .map(AgencyView::of)
                .toList();
    }

    @GetMapping("/agencies/{code}")
    AgencyView agency(@PathVariable String code) {
        return AgencyView.of(workforce.agency(CurrentUser.get(), code));
    }

    @PostMapping("/agencies/{code}/close")
    @Operation(summary = "End an agency on its last day, optionally merged into another")
    AgencyView close(@PathVariable String code, @RequestBody CloseRequest body) {
        return AgencyView.of(
                workforce.closeAgency(CurrentUser.get(), code, required("validTo", body.validTo()), body.mergedInto()));
    }

    @PostMapping("/agencies/{code}/positions")
    @Operation(summary = "Add a job position with its headcount quota")
    ResponseEntity<PositionView> addPosition(@PathVariable String code, @RequestBody PositionRequest body) {
        JobPosition position = workforce.addPosition(
                CurrentUser.get(),
                code,
                new NewPosition(
                        required("code", body.code()),
                        required("title", body.title()),
                        PositionGroup.parse("group", required("group", body.group())),
                        required("specialism", body.specialism()),
                        body.requiredRank() == null ? null : Rank.parse("requiredRank", body.requiredRank()),
                        body.requiredQualification(),
                        required("quota", body.quota())));
        return ResponseEntity.status(201).body(PositionView.of(position));
    }

    @GetMapping("/agencies/{code}/positions")
    List<PositionView> positions(@PathVariable String code) {
        return workforce.positions(CurrentUser.get(), code).stream()
                .map(PositionView::of)
                .toList();
    }

    @PostMapping("/people")
    @Operation(summary = "Record a person (HR officer)")
    ResponseEntity<PersonView> createPerson(@RequestBody PersonRequest body) {
        Person person = workforce.recordPerson(CurrentUser.get(), personData(body));
        return ResponseEntity.created(URI.create("/api/v1/workforce/people/" + person.id()))
                .body(PersonView.of(person, List.of(), List.of()));
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "A person's record with assignments and outcomes (audited read)")
    PersonView person(@PathVariable UUID id) {
        PersonRecord record = workforce.person(CurrentUser.get(), id);
        return PersonView.of(
                record.person(),
                record.assignments().stream().map(AssignmentView::of).toList(),
                record.outcomes().stream().map(OutcomeView::of).toList());
    }

    @PostMapping("/people/{id}/assignments")
    @Operation(summary = "Assign a person to an agency and position from a day (to a day)")
    ResponseEntity<AssignmentView> assign(@PathVariable UUID id, @RequestBody AssignmentRequest body) {
        Assignment assignment = workforce.assign(
                CurrentUser.get(),
                id,
                new NewAssignment(
                        required("agency", body.agency()),
                        body.position(),
                        required("from", body.from()),
                        body.to(),
                        body.fullTime(),
                        body.decisionNumber()));
        return ResponseEntity.status(201).body(AssignmentView.of(assignment));
    }

    @PostMapping("/people/{id}/outcomes")
    @Operation(summary = "Record what the reorganisation meant for a person")
    ResponseEntity<OutcomeView> outcome(@PathVariable UUID id, @RequestBody OutcomeRequest body) {
        Outcome outcome = workforce.recordOutcome(
                CurrentUser.get(),
                id,
                new NewOutcome(
                        OutcomeKind.parse("kind", required("kind", body.kind())),
                        required("effectiveDate", body.effectiveDate()),
                        body.agency(),
                        body.toAgency(),
                        body.policy() == null ? null : PolicyRegime.parse("policy", body.policy()),
                        body.amountPaid(),
                        body.decisionNumber()));
        return ResponseEntity.status(201).body(OutcomeView.of(outcome));
    }

    @GetMapping("/statistics/departures")
    @Operation(
            summary = "Departures from a province's or commune's agencies in a period, by reason, sex, "
                    + "category, month, age band and unit")
    DepartureStatistics departures(
            @RequestParam String unit,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        return statistics.departures(
                CurrentUser.get(),
                unit,
                Dates.parse("from", from, LocalDate.of(2025, 1, 1)),
                Dates.parse("to", to, Dates.today()));
    }

    @GetMapping("/statistics/staffing")
    @Operation(summary = "Headcount against quota and filled against vacant positions on a day, per commune")
    StaffingStatistics staffing(@RequestParam String unit, @RequestParam(required = false) @Nullable String date) {
        return statistics.staffing(CurrentUser.get(), unit, Dates.parse("date", date, Dates.today()));
    }

    @GetMapping("/gaps")
    @Operation(summary = "Required against filled positions per commune and specialism")
    StaffingGaps gaps(@RequestParam String unit, @RequestParam(required = false) @Nullable String date) {
        return statistics.gaps(CurrentUser.get(), unit, Dates.parse("date", date, Dates.today()));
    }

    @GetMapping("/gaps/{commune}/suggestions")
    @Operation(
            summary = "Who could be redeployed to a commune short of a specialism, ranked with the reasons "
                    + "(HR officer of the province; audited)")
    Redeployment suggestions(
            @PathVariable String commune,
            @RequestParam String specialism,
            @RequestParam(required = false) @Nullable String date) {
        return redeployment.suggest(CurrentUser.get(), commune, specialism, Dates.parse("date", date, Dates.today()));
    }

    @GetMapping("/people")
    @Operation(
            summary = "Search people within the jurisdiction by name (with or without diacritics), identity "
                    + "number, unit, category (HR officer; audited)")
    PageResult<PersonSummaryView> people(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String identityNumber,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return workforce
                .searchPeople(
                        CurrentUser.get(),
                        new PersonQuery(
                                q,
                                identityNumber,
                                unit,
                                category == null || category.isBlank()
                                        ? null
                                        : PersonnelCategory.parse("category", category)),
                        new PageRequest(page, size))
                .map(PersonSummaryView::of);
    }

    @PutMapping("/people/{id}")
    @Operation(summary = "Edit a person's record; 409 workforce.stale-version when it changed since read")
    PersonView updatePerson(@PathVariable UUID id, @RequestBody PersonRequest body) {
        Person person =
                workforce.updatePerson(CurrentUser.get(), id, personData(body), required("version", body.version()));
        return PersonView.of(person, List.of(), List.of());
    }

    @PutMapping("/people/{id}/assignments/{assignment}")
    @Operation(summary = "Change an assignment (same rules as a new one); needs the record's version")
    AssignmentView updateAssignment(
            @PathVariable UUID id, @PathVariable UUID assignment, @RequestBody AssignmentRequest body) {
        return AssignmentView.of(workforce.updateAssignment(
                CurrentUser.get(),
                id,
                assignment,
                new NewAssignment(
                        required("agency", body.agency()),
                        body.position(),
                        required("from", body.from()),
                        body.to(),
                        body.fullTime(),
                        body.decisionNumber()),
                required("version", body.version())));
    }

    record PersonSummaryView(
            UUID id,
            String identityNumber,
            String fullName,
            String sex,
            LocalDate birthDate,
            String category,
            @Nullable String rank,
            @Nullable String agency,
            @Nullable String unitCode) {
        static PersonSummaryView of(PersonSummary p) {
            return new PersonSummaryView(
                    p.id(),
                    p.identityNumber(),
                    p.fullName(),
                    p.sex().key(),
                    p.birthDate(),
                    p.category().key(),
                    p.rank() == null ? null : p.rank().key(),
                    p.agencyCode(),
                    p.unitCode());
        }
    }

    static PersonData personData(PersonRequest body) {
        return new PersonData(
                required("identityNumber", body.identityNumber()),
                required("fullName", body.fullName()),
                Sex.parse("sex", required("sex", body.sex())),
                required("birthDate", body.birthDate()),
                body.ethnicity(),
                body.education(),
                PersonnelCategory.parse("category", required("category", body.category())),
                body.rank() == null || body.rank().isBlank() ? null : Rank.parse("rank", body.rank()),
                body.salaryCoefficient());
    }

    static <T> T required(String field, @Nullable T value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw HaicapException.invalid("workforce.field-missing", field);
        }
        return value;
    }
}
