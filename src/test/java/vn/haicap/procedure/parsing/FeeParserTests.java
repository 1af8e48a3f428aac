package vn.haicap.procedure.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.haicap.procedure.Fee;

class FeeParserTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Miễn phí",
                "Không",
                "không.",
                "Miễn lệ phí",
                "Miễn lệ phí đăng ký khai sinh đúng hạn; đăng ký khai sinh quá hạn: theo Nghị quyết của Hội đồng nhân dân cấp tỉnh",
                "Không thu phí",
                "Không có",
                "0 đồng"
            })
    void readsFreeProcedures(String text) {
        Fee fee = FeeParser.parse(text);
        assertThat(fee.isFree()).isTrue();
        assertThat(fee.description()).isEqualTo(text.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            50.000 đồng/lần                                                                          | 50000
            Lệ phí: 100.000đ                                                                         | 100000
            20.000 đồng/lần đăng ký                                                                  | 20000
            100,000 VND                                                                              | 100000
            1.000.000 đồng                                                                           | 1000000
            Phí: 8000 đồng/bản                                                                       | 8000
            2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản | 2000
            Lệ phí: không quá 50.000 đồng                                                            | 50000
            Lệ phí 75.000                                                                            | 75000
            """)
    void readsTheFirstAmount(String text, long amount) {
        Fee fee = FeeParser.parse(text);
        assertThat(fee.amount()).isEqualTo(amount);
        assertThat(fee.isFree()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Theo Nghị quyết của Hội đồng nhân dân cấp tỉnh",
                "Theo Nghị quyết của Hội đồng nhân dân cấp tỉnh (nhiều tỉnh miễn lệ phí đăng ký kết hôn)",
                "Theo quy định của HĐND tỉnh",
                "Có thu phí"
            })
    void keepsTheWordingWhenNoAmountIsSet(String text) {
        Fee fee = FeeParser.parse(text);
        assertThat(fee.amount()).isNull();
        assertThat(fee.isFree()).isFalse();
        assertThat(fee.description()).isEqualTo(text);
    }

    @Test
    void anEmptyFeeIsUnknownNotFree() {
        assertThat(FeeParser.parse("  ").amount()).isNull();
        assertThat(FeeParser.parse(null).description()).isEmpty();
    }
}
