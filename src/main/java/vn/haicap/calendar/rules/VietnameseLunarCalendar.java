package vn.haicap.calendar.rules;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The Vietnamese lunisolar calendar: ICU's Chinese calendar with the astronomy computed at UTC+7
 * instead of UTC+8, which is what makes Vietnam's Tết differ from China's in some years (1985, 2007).
 * Used only to forecast the lunar holidays of years whose official calendar is not yet published.
 */
public final class VietnameseLunarCalendar {

    private static final TimeZone VIETNAM = new SimpleTimeZone(7 * 60 * 60 * 1000, "UTC+07:00");
    /** ICU counts Chinese years from 2637 BCE: the lunar year starting in Gregorian year Y is Y + 2637. */
    private static final int EXTENDED_YEAR_OFFSET = 2637;

    private VietnameseLunarCalendar() {}

    /** The Gregorian date of a day of the (non-leap) lunar month in the lunar year that starts in the given year. */
    public static LocalDate toGregorian(int gregorianYear, int lunarMonth, int lunarDay) {
        ChineseCalendar calendar = new AtUtcPlus7();
        calendar.clear();
        int extendedYear = gregorianYear + EXTENDED_YEAR_OFFSET;
        calendar.set(ChineseCalendar.ERA, (extendedYear - 1) / 60 + 1);
        calendar.set(ChineseCalendar.YEAR, (extendedYear - 1) % 60 + 1);
        calendar.set(ChineseCalendar.MONTH, lunarMonth - 1);
        calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        calendar.set(ChineseCalendar.DAY_OF_MONTH, lunarDay);
        return Instant.ofEpochMilli(calendar.getTimeInMillis())
                .atOffset(ZoneOffset.ofHours(7))
                .toLocalDate();
    }

    /** Lunar New Year's Day (mùng 1 Tết) of the given Gregorian year. */
    public static LocalDate lunarNewYear(int gregorianYear) {
        return toGregorian(gregorianYear, 1, 1);
    }

    private static final class AtUtcPlus7 extends ChineseCalendar {

        AtUtcPlus7() {
            super(VIETNAM, ULocale.ROOT, VIETNAM);
        }
    }
}
