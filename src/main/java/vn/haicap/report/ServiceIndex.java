package vn.haicap.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The service index of a unit for a period: a total out of 100 and six groups of indicators.
 * {@code unitName} is the unit's name, {@code level} {@code nation}, {@code province} or {@code commune}.
 */
public record ServiceIndex(
        String unit, String unitName, String level, String period, double total, List<Group> groups) {

    public record Group(String key, double points, double max, List<Indicator> indicators) {}

    /**
     * One indicator: {@code value} is a percentage rounded to 2 decimals (days for {@code 2.2}), null when
     * not computable (nothing to count, or data Haicap does not record: {@code recorded} false); {@code points}
     * out of {@code max}; {@code threshold} the target rate giving full points, if any.
     */
    public record Indicator(
            String key,
            @Nullable Double value,
            double points,
            double max,
            @Nullable Long numerator,
            @Nullable Long denominator,
            @Nullable Double threshold,
            boolean recorded,
            @Nullable String drillDown) {}

    public @Nullable Indicator indicator(String key) {
        for (Group g : groups) {
            for (Indicator i : g.indicators()) {
                if (i.key().equals(key)) {
                    return i;
                }
            }
        }
        return null;
    }
}
