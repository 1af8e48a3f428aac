package vn.haicap.procedure;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A step's part of the time limit: a percentage, or a number of working hours. Exactly one is set. */
public record StepShare(
        @Nullable BigDecimal percent, @Nullable BigDecimal hours) {

    public static StepShare percent(BigDecimal value) {
        return new StepShare(value, null);
    }

    public static StepShare hours(BigDecimal value) {
        return new StepShare(null, value);
    }
}
