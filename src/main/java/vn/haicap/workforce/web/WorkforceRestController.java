package vn.haicap.workforce.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.haicap.account.CurrentUser;
import vn.haicap.shared.HaicapException;
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
import vn.haicap.workforce.PersonRecord;
import vn.haicap.workforce.PersonnelCategory;
import vn.haicap.workforce.PolicyRegime;
import vn.haicap.workforce.PositionGroup;
import vn.haicap.workforce.Rank;
import vn.haicap.workforce.Sex;
import vn.haicap.workforce.StaffingGaps;
import vn.haicap.workforce.WorkforceManagement;
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
            @Nullable BigDecimal salaryCoefficient) {}

    record AssignmentRequest(
            @Nullable String agency,
            @Nullable String position,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable Boolean fullTime,
            @Nullable String decisionNumber) {}

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

    WorkforceRestController(WorkforceManagement workforce, WorkforceStatistics statistics) {
        this.workforce = workforce;
        this.statistics = statistics;
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
    @Operation(summary = "Departures from a province's or commune's agencies in a period")
    DepartureStatistics departures(
            @RequestParam String unit,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.departures(CurrentUser.get(), unit, from, to);
    }

    @GetMapping("/gaps")
    @Operation(summary = "Required against filled positions per commune and specialism")
    StaffingGaps gaps(
            @RequestParam String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return statistics.gaps(CurrentUser.get(), unit, date != null ? date : LocalDate.now(WorkforcePages.VIETNAM));
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
