package vn.haicap.calendar.web;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.haicap.calendar.CalendarDay;
import vn.haicap.calendar.Deadline;
import vn.haicap.calendar.WorkingCalendar;
import vn.haicap.calendar.rules.YearCalendar;

/** The calendar page: the year's days off, a deadline calculator, and editing for ministry administrators. */
@Controller
class CalendarController {

    record Row(
            LocalDate date,
            String weekday,
            String kind,
            String reason,
            @Nullable String legalBasis,
            @Nullable String note) {}

    private final WorkingCalendar calendar;
    private final DayNames names;
    private final Provinces provinces;

    CalendarController(WorkingCalendar calendar, DayNames names, Provinces provinces) {
        this.calendar = calendar;
        this.names = names;
        this.provinces = provinces;
    }

    @GetMapping("/calendar")
    String year(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int shown = year != null ? year : LocalDate.now(calendar.zone()).getYear();
        YearCalendar days = calendar.year(shown);
        model.addAttribute("year", shown);
        model.addAttribute("forecast", days.isForecast());
        model.addAttribute("revision", calendar.revision());
        model.addAttribute("rows", rows(days.exceptions()));
        model.addAttribute("provinces", provinces.current());
        model.addAttribute("nationalSessions", sessionsText(null));
        return "calendar/year";
    }

    @GetMapping("/calendar/deadline")
    String deadline(
            @RequestParam String from,
            @RequestParam double workingDays,
            @RequestParam(required = false) @Nullable String cutOff,
            @RequestParam(required = false) @Nullable String policy,
            @RequestParam(required = false) @Nullable String province,
            Model model) {
        java.time.LocalTime cut = cutOff == null || cutOff.isBlank() ? null : java.time.LocalTime.parse(cutOff);
        String provinceCode = provinces.require(province);
        Deadline deadline = calendar.dueInWorkingDays(
                ReceiptTime.parse(from, calendar.zone()), workingDays, cut, Provinces.policy(policy), provinceCode);
        model.addAttribute("deadline", deadline);
        model.addAttribute("sessions", sessionsText(provinceCode));
        model.addAttribute("skipped", rows(deadline.skippedDays()));
        return "calendar/year :: deadline";
    }

    @PostMapping("/calendar/days")
    @PreAuthorize("hasRole('MINISTRY_ADMIN')")
    String record(
            @RequestParam LocalDate date,
            @RequestParam String kind,
            @RequestParam(required = false) @Nullable String occasion,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String legalBasis,
            Authentication who,
            RedirectAttributes redirect) {
        calendar.record(
                new CalendarDay(
                        date,
                        CalendarRestController.DayKinds.parse(kind),
                        blankToNull(occasion),
                        blankToNull(note),
                        blankToNull(legalBasis),
                        false),
                who.getName());
        redirect.addFlashAttribute("savedRevision", calendar.revision());
        return "redirect:/calendar?year=" + date.getYear();
    }

    @PostMapping("/calendar/days/remove")
    @PreAuthorize("hasRole('MINISTRY_ADMIN')")
    String remove(@RequestParam LocalDate date, Authentication who, RedirectAttributes redirect) {
        calendar.remove(date, who.getName());
        redirect.addFlashAttribute("savedRevision", calendar.revision());
        return "redirect:/calendar?year=" + date.getYear();
    }

    @PostMapping("/calendar/adopt")
    @PreAuthorize("hasRole('MINISTRY_ADMIN')")
    String adopt(@RequestParam int year, Authentication who, RedirectAttributes redirect) {
        calendar.adoptForecast(year, who.getName());
        redirect.addFlashAttribute("savedRevision", calendar.revision());
        return "redirect:/calendar?year=" + year;
    }

    private List<Row> rows(List<CalendarDay> days) {
        var locale = LocaleContextHolder.getLocale();
        return days.stream()
                .map(day -> new Row(
                        day.date(),
                        day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, locale),
                        day.kind().key(),
                        names.reason(day),
                        day.legalBasis(),
                        day.note()))
                .toList();
    }

    private String sessionsText(@Nullable String provinceCode) {
        return String.join(
                ", ",
                calendar.sessions(provinceCode).stream()
                        .map(s -> s.start() + "–" + s.end())
                        .toList());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
