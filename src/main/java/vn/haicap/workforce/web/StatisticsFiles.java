package vn.haicap.workforce.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.haicap.shared.TableFormat;
import vn.haicap.shared.TableWriter;
import vn.haicap.workforce.DepartureStatistics;
import vn.haicap.workforce.StaffingGaps;

/** The departure statistics and the staffing gaps as CSV (UTF-8 with a BOM) or XLSX tables. */
final class StatisticsFiles {

    private StatisticsFiles() {}

    /** Columns: dimension, key, label (in the reader's language), count. */
    static void departures(
            DepartureStatistics stats, TableFormat format, OutputStream out, MessageSource messages, Locale locale)
            throws IOException {
        try (TableWriter sink = TableWriter.open(format, out, "statistics", true)) {
            sink.row(List.of("unit", "from", "to", "dimension", "key", "label", "count"));
            String unit = stats.unit();
            String from = stats.from().toString();
            String to = stats.to().toString();
            sink.row(List.of(unit, from, to, "total", "", "", String.valueOf(stats.total())));
            sink.row(List.of(
                    unit, from, to, "amount_paid", "", "", stats.amountPaid().toPlainString()));
            write(
                    sink,
                    unit,
                    from,
                    to,
                    "reason",
                    stats.byReason(),
                    k -> label(messages, "workforce.outcome." + k, locale));
            write(sink, unit, from, to, "sex", stats.bySex(), k -> label(messages, "workforce.sex." + k, locale));
            write(
                    sink,
                    unit,
                    from,
                    to,
                    "category",
                    stats.byCategory(),
                    k -> label(messages, "workforce.category." + k, locale));
            write(
                    sink,
                    unit,
                    from,
                    to,
                    "age_band",
                    stats.byAgeBand(),
                    k -> label(messages, "workforce.age." + k, locale));
            write(sink, unit, from, to, "month", stats.byMonth(), k -> k);
            write(
                    sink,
                    unit,
                    from,
                    to,
                    "unit",
                    stats.byUnit(),
                    k -> stats.unitNames().getOrDefault(k, k));
        }
    }

    /** Columns: unit code, unit name, specialism, required, filled, gap. */
    static void gaps(StaffingGaps gaps, TableFormat format, OutputStream out, MessageSource messages, Locale locale)
            throws IOException {
        try (TableWriter sink = TableWriter.open(format, out, "statistics", true)) {
            sink.row(List.of("as_of", "unit_code", "unit_name", "specialism", "required", "filled", "gap"));
            for (StaffingGaps.UnitGaps u : gaps.units()) {
                for (StaffingGaps.SpecialismGap s : u.specialisms()) {
                    sink.row(List.of(
                            gaps.asOf().toString(),
                            u.code(),
                            u.name(),
                            s.specialism(),
                            String.valueOf(s.required()),
                            String.valueOf(s.filled()),
                            String.valueOf(s.gap())));
                }
            }
        }
    }

    private static void write(
            TableWriter sink,
            String unit,
            String from,
            String to,
            String dimension,
            Map<String, Long> counts,
            java.util.function.Function<String, String> label)
            throws IOException {
        for (var e : counts.entrySet()) {
            sink.row(List.of(
                    unit, from, to, dimension, e.getKey(), label.apply(e.getKey()), String.valueOf(e.getValue())));
        }
    }

    private static String label(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
