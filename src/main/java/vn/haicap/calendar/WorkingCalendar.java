package vn.haicap.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.haicap.calendar.rules.HolidayForecast;
import vn.haicap.calendar.rules.WorkingTimeArithmetic;
import vn.haicap.calendar.rules.YearCalendar;
import vn.haicap.calendar.store.CalendarStore;
import vn.haicap.shared.AuditEvent;
import vn.haicap.shared.HaicapException;

/**
 * The public-sector working calendar: which days are worked, and when a statutory time limit
 * counted in working time falls due.
 */
@Service
public class WorkingCalendar {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** Longer than any statutory limit; guards against absurd requests. */
    public static final long MAX_WORKING_MINUTES = 1000L * 8 * 60;

    private final CalendarStore store;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;
    private final WorkingTimeArithmetic arithmetic;
    private final Map<Integer, YearCalendar> years = new ConcurrentHashMap<>();

    WorkingCalendar(CalendarStore store, ApplicationEventPublisher events, CalendarProperties properties) {
        this.store = store;
        this.events = events;
        this.zone = properties.zone();
        this.arithmetic = new WorkingTimeArithmetic(properties.parsedSessions(), this::year);
    }

    public YearCalendar year(int year) {
        checkYear(year);
        return years.computeIfAbsent(
                year,
                y -> store.isOfficial(y) ? new YearCalendar(y, store.daysOf(y), false) : HolidayForecast.forYear(y));
    }

    public ZoneId zone() {
        return zone;
    }

    public long minutesPerWorkingDay() {
        return arithmetic.minutesPerWorkingDay();
    }

    public Deadline due(OffsetDateTime from, Duration workingTime, @Nullable LocalTime cutOff) {
        long minutes = workingTime.toMinutes();
        if (minutes <= 0 || minutes > MAX_WORKING_MINUTES) {
            throw HaicapException.invalid("calendar.duration-out-of-range", MAX_WORKING_MINUTES / 60);
        }
        checkYear(from.getYear());
        LocalDateTime local = from.atZoneSameInstant(zone).toLocalDateTime();
        long revision = store.revision();
        WorkingTimeArithmetic.Result result = arithmetic.add(local, minutes, cutOff);
        boolean forecast =
                yearsBetween(local.toLocalDate(), result.due().toLocalDate()).anyMatch(y -> year(y).isForecast());
        return new Deadline(
                local.atZone(zone).toOffsetDateTime(),
                result.countedFrom().atZone(zone).toOffsetDateTime(),
                result.due().atZone(zone).toOffsetDateTime(),
                minutes,
                result.skippedDays(),
                revision,
                forecast);
    }

    public Deadline dueInWorkingDays(OffsetDateTime from, double workingDays, @Nullable LocalTime cutOff) {
        return due(from, Duration.ofMinutes(Math.round(workingDays * minutesPerWorkingDay())), cutOff);
    }

    public long revision() {
        return store.revision();
    }

    /** Records or replaces an exceptional day; the year becomes official if it was a forecast. */
    @Transactional
    public void record(CalendarDay day, String actor) {
        if (day.kind() == DayKind.WEEKEND) {
            throw HaicapException.invalid("calendar.kind-invalid", day.kind().key());
        }
        boolean weekend = day.date().getDayOfWeek().getValue() >= 6;
        if (day.kind() == DayKind.MAKEUP_WORKDAY && !weekend) {
            throw HaicapException.invalid("calendar.makeup-not-weekend", day.date());
        }
        int y = day.date().getYear();
        checkYear(y);
        store.lockRevision();
        adoptIfForecast(y, actor);
        store.save(day, actor);
        changed(
                y,
                actor,
                "calendar.day-recorded",
                day.date(),
                Map.of("kind", day.kind().key()));
    }

    @Transactional
    public void remove(LocalDate date, String actor) {
        checkYear(date.getYear());
        store.lockRevision();
        adoptIfForecast(date.getYear(), actor);
        if (!store.remove(date)) {
            throw HaicapException.notFound("calendar.day-not-found", date);
        }
        changed(date.getYear(), actor, "calendar.day-removed", date, Map.of());
    }

    /** Starts the official calendar of a year from its forecast, for the administrator to correct. */
    @Transactional
    public void adoptForecast(int year, String actor) {
        checkYear(year);
        store.lockRevision();
        if (!adoptIfForecast(year, actor)) {
            throw HaicapException.conflict("calendar.year-already-official", year);
        }
        changed(year, actor, "calendar.year-adopted", LocalDate.of(year, 1, 1), Map.of());
    }

    /** Copies the shipped official days of a year in, unless the year is already recorded. */
    @Transactional
    public boolean importOfficial(int year, List<CalendarDay> days, String actor) {
        store.lockRevision();
        if (store.isOfficial(year)) {
            return false;
        }
        store.markOfficial(year, actor);
        days.forEach(day -> store.save(day, actor));
        changed(year, actor, "calendar.year-imported", LocalDate.of(year, 1, 1), Map.of());
        return true;
    }

    private boolean adoptIfForecast(int year, String actor) {
        if (store.isOfficial(year)) {
            return false;
        }
        HolidayForecast.forYear(year)
                .exceptions()
                .forEach(day -> store.save(
                        new CalendarDay(day.date(), day.kind(), day.occasion(), day.note(), day.legalBasis(), false),
                        actor));
        store.markOfficial(year, actor);
        return true;
    }

    private void changed(int year, String actor, String action, LocalDate date, Map<String, String> details) {
        long revision = store.bumpRevision();
        years.remove(year);
        // and again once committed, in case a reader cached the old days meanwhile
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                years.remove(year);
            }
        });
        var all = new java.util.HashMap<>(details);
        all.put("revision", Long.toString(revision));
        events.publishEvent(AuditEvent.of(actor, action, "calendar-day", date.toString(), all));
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw HaicapException.invalid(
                    "calendar.year-out-of-range",
                    String.valueOf(year),
                    String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
    }

    private static java.util.stream.IntStream yearsBetween(LocalDate from, LocalDate to) {
        return java.util.stream.IntStream.rangeClosed(from.getYear(), to.getYear());
    }
}
