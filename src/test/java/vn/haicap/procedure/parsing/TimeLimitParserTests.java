package vn.haicap.procedure.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.haicap.procedure.TimeLimit;
import vn.haicap.procedure.TimeLimit.Unit;

class TimeLimitParserTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            05 ngày làm việc                                                                 | WORKING_DAYS  | 5
            03 ngày làm việc kể từ ngày nhận đủ hồ sơ                                        | WORKING_DAYS  | 3
            03 Ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ và hợp lệ                     | WORKING_DAYS  | 3
            Trong thời hạn 10 ngày làm việc, kể từ ngày nhận được hồ sơ đầy đủ               | WORKING_DAYS  | 10
            Không quá 07 ngày làm việc                                                       | WORKING_DAYS  | 7
            05 (năm) ngày làm việc                                                           | WORKING_DAYS  | 5
            0,5 ngày làm việc                                                                | WORKING_DAYS  | 0.5
            1/2 ngày làm việc                                                                | WORKING_DAYS  | 0.5
            Nửa ngày làm việc                                                                | WORKING_DAYS  | 0.5
            hai ngày làm việc                                                                | WORKING_DAYS  | 2
            7,5 ngày làm việc                                                                | WORKING_DAYS  | 7.5
            15 ngày                                                                          | DAYS          | 15
            Không quá 30 ngày kể từ ngày nhận được đơn                                       | DAYS          | 30
            20 ngày đối với công trình; 15 ngày đối với nhà ở riêng lẻ                       | DAYS          | 20
            04 giờ làm việc                                                                  | WORKING_HOURS | 4
            08 giờ làm việc kể từ khi nhận đủ hồ sơ                                          | WORKING_HOURS | 8
            24 giờ                                                                           | HOURS         | 24
            03 tháng                                                                         | MONTHS        | 3
            05 ngày làm việc; trường hợp cần xác minh thì không quá 10 ngày làm việc          | WORKING_DAYS  | 5
            """)
    void readsTheFirstLimitWithItsUnit(String text, Unit unit, BigDecimal amount) {
        TimeLimit limit = TimeLimitParser.parse(text).orElseThrow();
        assertThat(limit.unit()).isEqualTo(unit);
        assertThat(limit.amount()).isEqualByComparingTo(amount);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Trong ngày",
                "Ngay trong ngày làm việc",
                "Trong ngày làm việc",
                "Ngay sau khi nhận đủ giấy tờ theo quy định, nếu thấy đủ điều kiện kết hôn; trường hợp cần xác minh thì không quá 05 ngày làm việc",
                "Giải quyết ngay",
                "TRONG NGÀY"
            })
    void readsSameDayLimits(String text) {
        assertThat(TimeLimitParser.parse(text))
                .get()
                .extracting(TimeLimit::unit)
                .isEqualTo(Unit.SAME_DAY);
    }

    @Test
    void readsTheCutOffAfterWhichTheNextWorkingDayCounts() {
        TimeLimit limit = TimeLimitParser.parse(
                        "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo")
                .orElseThrow();
        assertThat(limit.unit()).isEqualTo(Unit.SAME_DAY);
        assertThat(limit.cutOff()).isEqualTo(LocalTime.of(15, 0));
        assertThat(TimeLimitParser.parse("Trong ngày; nhận sau 15h30 thì trả ngày hôm sau")
                        .orElseThrow()
                        .cutOff())
                .isEqualTo(LocalTime.of(15, 30));
    }

    @Test
    void aTimeOfDayIsNotADuration() {
        TimeLimit limit = TimeLimitParser.parse(
                        "Trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong 01 ngày làm việc tiếp theo")
                .orElseThrow();
        assertThat(limit.unit()).isEqualTo(Unit.WORKING_DAYS);
        assertThat(limit.amount()).isEqualByComparingTo("1");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "",
                "   ",
                "Không quy định",
                "Theo quy định của pháp luật",
                "Không",
                "5",
                "ngày làm việc",
                "0 ngày làm việc",
                "9999 ngày"
            })
    void doesNotInventALimitItCannotRead(String text) {
        assertThat(TimeLimitParser.parse(text)).isEmpty();
    }

    @Test
    void convertsLimitsCountedInWorkingTimeToWorkingHours() {
        assertThat(TimeLimit.workingDays("2.5").inWorkingHours()).isEqualByComparingTo("20");
        assertThat(TimeLimit.workingHours("4").inWorkingHours()).isEqualByComparingTo("4");
        assertThat(TimeLimit.sameDay(null).inWorkingHours()).isEqualByComparingTo("8");
        assertThat(TimeLimitParser.parse("15 ngày").orElseThrow().inWorkingHours())
                .isNull();
    }
}
