package vn.haicap.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.haicap.calendar.rules.CivilCodeDayCount;
import vn.haicap.calendar.rules.HolidayForecast;
import vn.haicap.calendar.rules.WorkingTimeArithmetic;
import vn.haicap.calendar.rules.YearCalendar;
import vn.haicap.calendar.store.CalendarStore;
import vn.haicap.shared.AuditEvent;
import vn.haicap.shared.HaicapException;

/**
 * The public-sector working calendar: which days are worked, and when a statutory time limit
 * counted in working time falls due, under either deadline policy (calendar.md §5) and on the working
 * sessions of the receiving province ({@code haicap.calendar.province-sessions}).
 *
 * <p>For a dossier: a limit in working days goes to {@link #dueInWorkingDays(OffsetDateTime, double,
 * LocalTime, DeadlinePolicy, String)} with the procedure's deadline setting; a limit in hours (or a
 * step's share) goes to {@link #due(OffsetDateTime, Duration, LocalTime, String)}, always policy A.
 */
@Service
public class WorkingCalendar {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** Longer than any statutory limit; guards against absurd requests. */
    public static final long MAX_WORKING_MINUTES = 1000L * 8 * 60;

    /** The longest limit in whole working days (policy B), like {@link #MAX_WORKING_MINUTES} of 8-hour days. */
    public static final int MAX_WORKING_DAYS = 1000;

    private final CalendarStore store;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;
    private final Rules national;
    private final Map<String, Rules> provinces;
    private final Map<Integer, YearCalendar> years = new ConcurrentHashMap<>();
    /** The revision the cached years belong to; -1 until read, and again after each change. */
    private volatile long revision = -1;

    /** The arithmetic of both policies on one set of working sessions. */
    private record Rules(WorkingTimeArithmetic workingTime, CivilCodeDayCount dayCount) {

        List<WorkingSession> sessions() {
            return workingTime.sessions();
        }
    }

    WorkingCalendar(CalendarStore store, ApplicationEventPublisher events, CalendarProperties properties) {
        this.store = store;
        this.events = events;
        this.zone = properties.zone();
        this.national = rules(properties.parsedSessions());
        Map<String, Rules> byProvince = new TreeMap<>();
        properties.parsedProvinceSessions().forEach((province, sessions) -> byProvince.put(province, rules(sessions)));
        this.provinces = Map.copyOf(byProvince);
    }

    private Rules rules(List<WorkingSession> sessions) {
        return new Rules(new WorkingTimeArithmetic(sessions, this::year), new CivilCodeDayCount(sessions, this::year));
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

    /** The national working day's length (8 hours by default). */
    public long minutesPerWorkingDay() {
        return national.workingTime().minutesPerWorkingDay();
    }

    /**
     * The length of a working day in a province: its own sessions when configured, else the national ones.
     *
     * @param provinceCode two digits as in the unit registry (01 Hà Nội, 79 Hồ Chí Minh), or null for the
     *     national default
     */
    public long minutesPerWorkingDay(@Nullable String provinceCode) {
        return rulesOf(provinceCode).workingTime().minutesPerWorkingDay();
    }

    /** The working sessions of a day in a province (null: the national default). */
    public List<WorkingSession> sessions(@Nullable String provinceCode) {
        return rulesOf(provinceCode).sessions();
    }

    /** The provinces configured with their own sessions ({@code haicap.calendar.province-sessions}). */
    public java.util.Set<String> provincesWithOwnSessions() {
        return new java.util.TreeSet<>(provinces.keySet());
    }

    /** Policy A on the national sessions. */
    public Deadline due(OffsetDateTime from, Duration workingTime, @Nullable LocalTime cutOff) {
        return due(from, workingTime, cutOff, null);
    }

    /**
     * A limit in working time (hours, or a share of a limit), always policy A: the receipt time plus the
     * working time, walking through the province's working sessions of working days.
     *
     * @param cutOff a receipt at or after this time of day (or on a day off) counts from the start of the
     *     next working day
     * @param provinceCode the receiving province (two digits), or null for the national sessions
     */
    public Deadline due(
            OffsetDateTime from, Duration workingTime, @Nullable LocalTime cutOff, @Nullable String provinceCode) {
        long minutes = workingTime.toMinutes();
        if (minutes <= 0 || minutes > MAX_WORKING_MINUTES) {
            throw HaicapException.invalid("calendar.duration-out-of-range", MAX_WORKING_MINUTES / 60);
        }
        Rules rules = rulesOf(provinceCode);
        checkYear(from.getYear());
        LocalDateTime local = from.atZoneSameInstant(zone).toLocalDateTime();
        long revision = revision();
        return deadline(
                local,
                rules.workingTime().add(local, minutes, cutOff),
                minutes,
                revision,
                DeadlinePolicy.WORKING_TIME,
                provinceCode);
    }

    /** Policy A on the national sessions. */
    public Deadline dueInWorkingDays(OffsetDateTime from, double workingDays, @Nullable LocalTime cutOff) {
        return dueInWorkingDays(from, workingDays, cutOff, DeadlinePolicy.WORKING_TIME, null);
    }

    /**
     * A limit in working days (decimals allowed) under a policy, on a province's working sessions.
     *
     * <ul>
     *   <li>{@link DeadlinePolicy#WORKING_TIME} (A): N times the province's working day in working time, from
     *       the receipt time (or from the next working day after a cut-off).
     *   <li>{@link DeadlinePolicy#CIVIL_CODE_DAYS} (B): the end of the last session of the N-th working day
     *       after the receipt day; a fractional N is rounded up. A receipt after the cut-off makes the next
     *       working day day 1, which the day count does anyway.
     * </ul>
     *
     * @param cutOff the cut-off of the procedure (its deadline setting, else the published one), or null
     * @param provinceCode the receiving province (two digits), or null for the national sessions
     */
    public Deadline dueInWorkingDays(
            OffsetDateTime from,
            double workingDays,
            @Nullable LocalTime cutOff,
            DeadlinePolicy policy,
            @Nullable String provinceCode) {
        if (!Double.isFinite(workingDays) || workingDays <= 0) {
            throw HaicapException.invalid("calendar.duration-out-of-range", MAX_WORKING_MINUTES / 60);
        }
        Rules rules = rulesOf(provinceCode);
        if (policy == DeadlinePolicy.WORKING_TIME) {
            double minutes = workingDays * rules.workingTime().minutesPerWorkingDay();
            if (minutes > MAX_WORKING_MINUTES) {
                throw HaicapException.invalid("calendar.duration-out-of-range", MAX_WORKING_MINUTES / 60);
            }
            return due(from, Duration.ofMinutes(Math.round(minutes)), cutOff, provinceCode);
        }
        int days = wholeDays(workingDays);
        if (days > MAX_WORKING_DAYS) {
            throw HaicapException.invalid("calendar.duration-out-of-range", MAX_WORKING_MINUTES / 60);
        }
        checkYear(from.getYear());
        LocalDateTime local = from.atZoneSameInstant(zone).toLocalDateTime();
        long revision = revision();
        return deadline(
                local,
                rules.dayCount().add(local, days),
                days * rules.workingTime().minutesPerWorkingDay(),
                revision,
                policy,
                provinceCode);
    }

    /** Rounds a fractional day count up (0.5 → 1, 2.25 → 3), forgiving binary fractions' noise. */
    static int wholeDays(double workingDays) {
        return (int) Math.max(1, Math.ceil(workingDays - 1e-9));
    }

    private Deadline deadline(
            LocalDateTime local,
            WorkingTimeArithmetic.Result result,
            long minutes,
            long revision,
            DeadlinePolicy policy,
            @Nullable String provinceCode) {
        boolean forecast =
                yearsBetween(local.toLocalDate(), result.due().toLocalDate()).anyMatch(y -> year(y).isForecast());
        return new Deadline(
                local.atZone(zone).toOffsetDateTime(),
                result.countedFrom().atZone(zone).toOffsetDateTime(),
                result.due().atZone(zone).toOffsetDateTime(),
                minutes,
                result.skippedDays(),
                revision,
                forecast,
                policy,
                provinceCode == null || provinceCode.isBlank() ? null : provinceCode.strip());
    }

    private Rules rulesOf(@Nullable String provinceCode) {
        if (provinceCode == null || provinceCode.isBlank()) {
            return national;
        }
        String code = provinceCode.strip();
        if (!CalendarProperties.PROVINCE_CODE.matcher(code).matches()) {
            throw HaicapException.invalid("calendar.province-invalid", provinceCode);
        }
        return provinces.getOrDefault(code, national);
    }

    /** The calendar's revision, kept with every deadline; cached like the years and forgotten on each change. */
    public long revision() {
        long known = revision;
        if (known < 0) {
            known = store.revision();
            revision = known;
        }
        return known;
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
        this.revision = -1;
        // and again once committed, in case a reader cached the old days meanwhile
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                years.remove(year);
                WorkingCalendar.this.revision = -1;
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
