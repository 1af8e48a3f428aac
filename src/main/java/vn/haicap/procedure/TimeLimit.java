package vn.haicap.procedure;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A statutory time limit as published. Most are in working days (decimals allowed) or working hours;
 * some are "within the day" (often with a cut-off such as 15:00 after which the next working day
 * counts), and a few are in calendar days or months.
 *
 * @param amount the number of units; 1 for {@link Unit#SAME_DAY}
 * @param cutOff receipts after this time of day count from the next working day, when published
 */
public record TimeLimit(
        Unit unit, BigDecimal amount, @Nullable LocalTime cutOff) {

    public static final int WORKING_HOURS_PER_DAY = 8;

    public enum Unit {
        WORKING_DAYS,
        WORKING_HOURS,
        SAME_DAY,
        DAYS,
        HOURS,
        MONTHS;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public TimeLimit {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A time limit is positive: " + amount);
        }
        amount = amount.stripTrailingZeros();
    }

    public static TimeLimit workingDays(String amount) {
        return new TimeLimit(Unit.WORKING_DAYS, new BigDecimal(amount), null);
    }

    public static TimeLimit workingHours(String amount) {
        return new TimeLimit(Unit.WORKING_HOURS, new BigDecimal(amount), null);
    }

    public static TimeLimit sameDay(@Nullable LocalTime cutOff) {
        return new TimeLimit(Unit.SAME_DAY, BigDecimal.ONE, cutOff);
    }

    public TimeLimit withCutOff(@Nullable LocalTime time) {
        return new TimeLimit(unit, amount, time);
    }

    /** The limit in working hours, when it is counted in working time (a same-day limit is one working day). */
    public @Nullable BigDecimal inWorkingHours() {
        return switch (unit) {
            case WORKING_DAYS -> amount.multiply(BigDecimal.valueOf(WORKING_HOURS_PER_DAY));
            case WORKING_HOURS -> amount;
            case SAME_DAY -> BigDecimal.valueOf(WORKING_HOURS_PER_DAY);
            case DAYS, HOURS, MONTHS -> null;
        };
    }
}
