package vn.haicap.calendar.rules;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.haicap.calendar.CalendarDay;
import vn.haicap.calendar.DayKind;

/** The official calendars shipped in {@code calendar/official-days.csv}, by year. */
public final class OfficialCalendars {

    private static final Map<Integer, List<CalendarDay>> SHIPPED = load();

    private OfficialCalendars() {}

    public static Map<Integer, List<CalendarDay>> shipped() {
        return SHIPPED;
    }

    /** The shipped official calendar of a year, or its forecast. */
    public static YearCalendar yearOrForecast(int year) {
        List<CalendarDay> days = SHIPPED.get(year);
        return days == null ? HolidayForecast.forYear(year) : new YearCalendar(year, days, false);
    }

    private static Map<Integer, List<CalendarDay>> load() {
        var in = OfficialCalendars.class.getClassLoader().getResourceAsStream("calendar/official-days.csv");
        if (in == null) {
            throw new IllegalStateException("missing calendar/official-days.csv");
        }
        List<CalendarDay> days = new ArrayList<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            var format = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord row : format.parse(reader)) {
                days.add(new CalendarDay(
                        LocalDate.parse(row.get("date")),
                        DayKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)),
                        row.get("occasion"),
                        null,
                        row.get("legal_basis"),
                        false));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days.stream()
                .collect(Collectors.groupingBy(d -> d.date().getYear(), TreeMap::new, Collectors.toUnmodifiableList()));
    }
}
