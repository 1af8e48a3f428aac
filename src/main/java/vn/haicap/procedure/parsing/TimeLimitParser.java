package vn.haicap.procedure.parsing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.haicap.procedure.TimeLimit;
import vn.haicap.procedure.TimeLimit.Unit;
import vn.haicap.shared.VietnameseText;

/**
 * Reads a time limit written the way the national catalogue writes them: "05 ngày làm việc", "03 ngày
 * làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Trong ngày", "Ngay trong ngày làm việc", "15 ngày", "04 giờ
 * làm việc", "1/2 ngày làm việc". When a text gives several limits (a standard one, then longer ones for
 * special cases) the first is the standard one. A text without a recognisable limit gives nothing:
 * never a guessed limit.
 */
public final class TimeLimitParser {

    private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(366);

    private static final Pattern AMOUNT_AND_UNIT = Pattern.compile(
            "(?<![\\w.,/])(\\d+(?:[.,]\\d+)?(?:\\s*/\\s*\\d+)?|mot|hai|ba|nua)\\s*(?:\\([^)]{0,20}\\)\\s*)?"
                    + "(ngay lam viec|ngay|gio lam viec|gio|thang)(?![a-z])");

    private static final Pattern SAME_DAY = Pattern.compile(
            "(?:^|[\\s;,.:(\\-])(ngay trong ngay|trong ngay|trong buoi|ngay sau khi|ngay khi|giai quyet ngay|tra ket qua ngay)(?![a-z])");

    private static final Pattern CUT_OFF = Pattern.compile("sau\\s+(\\d{1,2})\\s*(?:gio|h)\\s*(\\d{2})?");

    /** Words before an hour that make it a time of day ("sau 15 giờ"), not a duration. */
    private static final Pattern TIME_OF_DAY_BEFORE = Pattern.compile("(?:sau|truoc|luc|tu|den|vao|khoang)\\s*$");

    private TimeLimitParser() {}

    public static Optional<TimeLimit> parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String plain = VietnameseText.plain(text);
        Matcher sameDay = SAME_DAY.matcher(plain);
        int sameDayAt = sameDay.find() ? sameDay.start(1) : Integer.MAX_VALUE;
        Optional<Found> amount = firstAmount(plain);
        if (sameDayAt == Integer.MAX_VALUE && amount.isEmpty()) {
            return Optional.empty();
        }
        LocalTime cutOff = cutOff(plain);
        if (amount.isEmpty() || sameDayAt < amount.get().at()) {
            return Optional.of(TimeLimit.sameDay(cutOff));
        }
        return Optional.of(amount.get().limit().withCutOff(cutOff));
    }

    private record Found(int at, TimeLimit limit) {}

    private static Optional<Found> firstAmount(String plain) {
        Matcher m = AMOUNT_AND_UNIT.matcher(plain);
        while (m.find()) {
            String unitWord = m.group(2);
            boolean hours = unitWord.startsWith("gio");
            if (hours
                    && TIME_OF_DAY_BEFORE.matcher(plain.substring(0, m.start())).find()) {
                continue;
            }
            BigDecimal amount = amount(m.group(1));
            if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
                continue;
            }
            Unit unit = switch (unitWord) {
                case "ngay lam viec" -> Unit.WORKING_DAYS;
                case "gio lam viec" -> Unit.WORKING_HOURS;
                case "gio" -> Unit.HOURS;
                case "thang" -> Unit.MONTHS;
                default -> Unit.DAYS;
            };
            return Optional.of(new Found(m.start(), new TimeLimit(unit, amount, null)));
        }
        return Optional.empty();
    }

    private static @Nullable BigDecimal amount(String written) {
        switch (written) {
            case "mot":
                return BigDecimal.ONE;
            case "hai":
                return BigDecimal.valueOf(2);
            case "ba":
                return BigDecimal.valueOf(3);
            case "nua":
                return new BigDecimal("0.5");
            default:
                break;
        }
        String compact = written.replace(" ", "");
        int slash = compact.indexOf('/');
        try {
            if (slash > 0) {
                BigDecimal denominator = new BigDecimal(compact.substring(slash + 1));
                if (denominator.signum() == 0) {
                    return null;
                }
                return new BigDecimal(compact.substring(0, slash).replace(',', '.'))
                        .divide(denominator, 2, RoundingMode.HALF_UP);
            }
            return new BigDecimal(compact.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable LocalTime cutOff(String plain) {
        Matcher m = CUT_OFF.matcher(plain);
        if (!m.find()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hour >= 6 && hour <= 20 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }
}
