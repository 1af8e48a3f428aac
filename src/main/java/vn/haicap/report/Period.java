package vn.haicap.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.haicap.shared.HaicapException;

/**
 * A reporting period: a month ({@code 2026-03}), a quarter ({@code 2026-Q1}) or a year ({@code 2026}).
 * {@code first} and {@code last} are its first and last months; {@code key} is how it is written.
 */
public record Period(String key, Kind kind, YearMonth first, YearMonth last) {

    public enum Kind {
        MONTH,
        QUARTER,
        YEAR
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** Parses a period; anything else is {@code report.period-invalid}. */
    public static Period parse(String text) {
        String s = text.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher m = MONTH.matcher(s);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw HaicapException.invalid("report.period-invalid", text);
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            return new Period(ym.toString(), Kind.MONTH, ym, ym);
        }
        m = QUARTER.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            YearMonth first = YearMonth.of(year, 3 * q - 2);
            return new Period(year + "-Q" + q, Kind.QUARTER, first, first.plusMonths(2));
        }
        m = YEAR.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return new Period(String.valueOf(year), Kind.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
        }
        throw HaicapException.invalid("report.period-invalid", text);
    }

    public static Period month(YearMonth month) {
        return new Period(month.toString(), Kind.MONTH, month, month);
    }

    public LocalDate firstDay() {
        return first.atDay(1);
    }

    public LocalDate lastDay() {
        return last.atEndOfMonth();
    }

    /** The same kind of period just before this one (for trends). */
    public Period previous() {
        return switch (kind) {
            case MONTH -> month(first.minusMonths(1));
            case QUARTER ->
                parse(first.minusMonths(3).getYear() + "-Q"
                        + ((first.minusMonths(3).getMonthValue() + 2) / 3));
            case YEAR -> parse(String.valueOf(first.getYear() - 1));
        };
    }

    /** This period and the {@code count - 1} before it, oldest first. */
    public List<Period> trend(int count) {
        List<Period> periods = new ArrayList<>();
        Period p = this;
        for (int i = 0; i < count; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        return periods;
    }
}
