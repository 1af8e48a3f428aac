package vn.haicap.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.haicap.calendar.CalendarDay;
import vn.haicap.calendar.DayKind;
import vn.haicap.calendar.Deadline;
import vn.haicap.calendar.DeadlinePolicy;
import vn.haicap.calendar.WorkingCalendar;
import vn.haicap.calendar.WorkingSession;
import vn.haicap.calendar.rules.YearCalendar;
import vn.haicap.shared.HaicapException;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Working calendar", description = "Public-sector working days and statutory deadlines")
class CalendarRestController {

    record DayView(
            LocalDate date,
            String kind,
            String reason,
            @Nullable String occasion,
            @Nullable String note,
            @Nullable String legalBasis) {}

    record YearView(
            int year, boolean forecast, long calendarRevision, List<DayView> days, List<DayView> makeUpWorkingDays) {}

    record DeadlineView(
            OffsetDateTime from,
            OffsetDateTime countedFrom,
            OffsetDateTime due,
            long workingMinutes,
            List<LocalDate> holidaysSkipped,
            List<DayView> skippedDays,
            long calendarRevision,
            boolean forecast,
            String policy,
            @Nullable String province,
            List<String> sessions) {}

    record DayChange(
            String kind,
            @Nullable String occasion,
            @Nullable String note,
            @Nullable String legalBasis) {}

    private final WorkingCalendar calendar;
    private final DayNames names;
    private final Provinces provinces;

    CalendarRestController(WorkingCalendar calendar, DayNames names, Provinces provinces) {
        this.calendar = calendar;
        this.names = names;
        this.provinces = provinces;
    }

    @GetMapping("/working-time")
    @Operation(summary = "The due time of a limit counted in working time from a receipt time")
    DeadlineView workingTime(
            @Parameter(description = "receipt time, ISO (2026-02-13T10:00 or with an offset); local time is Vietnam's")
                    @RequestParam
                    String from,
            @Parameter(description = "limit in working days (decimals allowed, e.g. 0.5)")
                    @RequestParam(required = false)
                    @Nullable
                    Double workingDays,
            @Parameter(description = "limit in working hours") @RequestParam(required = false) @Nullable
                    Double workingHours,
            @Parameter(description = "cut-off time of day, e.g. 15:00: later receipts count from the next working day")
                    @RequestParam(required = false)
                    @Nullable
                    String cutOff,
            @Parameter(
                            description =
                                    "A (default): working-time arithmetic; B: the Civil Code's day count, the end of"
                                            + " the N-th working day after the receipt day (working days only)")
                    @RequestParam(required = false)
                    @Nullable
                    String policy,
            @Parameter(description = "two-digit province code (01 Hà Nội, 79 Hồ Chí Minh): its working sessions")
                    @RequestParam(required = false)
                    @Nullable
                    String province) {
        if ((workingDays == null) == (workingHours == null)) {
            throw HaicapException.invalid("calendar.duration-missing");
        }
        DeadlinePolicy chosen = Provinces.policy(policy);
        String provinceCode = provinces.require(province);
        OffsetDateTime receipt = ReceiptTime.parse(from, calendar.zone());
        LocalTime cut = cutOff(cutOff);
        Deadline deadline;
        if (workingDays != null) {
            deadline = calendar.dueInWorkingDays(receipt, workingDays, cut, chosen, provinceCode);
        } else {
            if (chosen != DeadlinePolicy.WORKING_TIME) {
                throw HaicapException.invalid("calendar.policy-hours", chosen.code());
            }
            double minutes = workingHours * 60;
            if (!Double.isFinite(minutes)) {
                throw HaicapException.invalid(
                        "calendar.duration-out-of-range", WorkingCalendar.MAX_WORKING_MINUTES / 60);
            }
            deadline = calendar.due(receipt, Duration.ofMinutes(Math.round(minutes)), cut, provinceCode);
        }
        return new DeadlineView(
                deadline.from(),
                deadline.countedFrom(),
                deadline.due(),
                deadline.workingMinutes(),
                deadline.skippedDays().stream().map(CalendarDay::date).toList(),
                deadline.skippedDays().stream().map(this::view).toList(),
                deadline.calendarRevision(),
                deadline.forecast(),
                deadline.policy().code(),
                deadline.provinceCode(),
                calendar.sessions(provinceCode).stream()
                        .map(WorkingSession::toString)
                        .toList());
    }

    @GetMapping("/days")
    @Operation(summary = "Every non-working day of a year with its reason, and the make-up working Saturdays")
    YearView days(@RequestParam int year) {
        YearCalendar calendarYear = calendar.year(year);
        return new YearView(
                year,
                calendarYear.isForecast(),
                calendar.revision(),
                calendarYear.nonWorkingDays().stream().map(this::view).toList(),
                calendarYear.makeUpWorkingDays().stream().map(this::view).toList());
    }

    @PutMapping("/days/{date}")
    @PreAuthorize("hasRole('MINISTRY_ADMIN')")
    @Operation(
            summary = "Record or replace an exceptional day (ministry administrators)",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<Void> record(@PathVariable LocalDate date, @RequestBody DayChange change, Authentication who) {
        calendar.record(
                new CalendarDay(
                        date,
                        DayKinds.parse(change.kind()),
                        change.occasion(),
                        change.note(),
                        change.legalBasis(),
                        false),
                who.getName());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/days/{date}")
    @PreAuthorize("hasRole('MINISTRY_ADMIN')")
    @Operation(
            summary = "Remove an exceptional day (ministry administrators)",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<Void> remove(@PathVariable LocalDate date, Authentication who) {
        calendar.remove(date, who.getName());
        return ResponseEntity.noContent().build();
    }

    private DayView view(CalendarDay day) {
        return new DayView(
                day.date(), day.kind().key(), names.reason(day), day.occasion(), day.note(), day.legalBasis());
    }

    private static @Nullable LocalTime cutOff(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw HaicapException.invalid("calendar.cut-off-invalid", value);
        }
    }

    static final class DayKinds {

        private DayKinds() {}

        static DayKind parse(String value) {
            try {
                return DayKind.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw HaicapException.invalid("calendar.kind-invalid", value);
            }
        }
    }
}
