package vn.haicap.dossier.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.haicap.procedure.Channel;
import vn.haicap.procedure.ChannelKind;
import vn.haicap.procedure.CompetentLevel;
import vn.haicap.procedure.Fee;
import vn.haicap.procedure.OnlineServiceLevel;
import vn.haicap.procedure.ProcedureView;

class FeeScheduleTests {

    static ProcedureView procedure(List<String> legalBasis, Channel... channels) {
        return new ProcedureView(
                "1.004194",
                1,
                "Đăng ký tạm trú",
                "Cư trú",
                List.of(CompetentLevel.COMMUNE),
                List.of(),
                List.of(channels),
                List.of(),
                List.of(),
                legalBasis,
                null,
                null,
                true,
                OnlineServiceLevel.FULL,
                LocalDate.of(2025, 7, 1),
                null);
    }

    static Channel channel(ChannelKind kind, Fee fee) {
        return new Channel(kind, null, "03 ngày làm việc", fee, null);
    }

    @Test
    void theFeeIsTheOneOfTheChannelTheDossierCameThrough() {
        ProcedureView residence = procedure(
                List.of(
                        "Luật Cư trú số 68/2020/QH14",
                        "Thông tư số 75/2022/TT-BTC quy định mức thu, chế độ thu, nộp lệ phí đăng ký cư trú"),
                channel(ChannelKind.COUNTER, new Fee(15_000L, "15.000 đồng/lần đăng ký")),
                channel(ChannelKind.ONLINE, new Fee(7_000L, "7.000 đồng/lần đăng ký")));

        List<Payment.Item> counter = FeeSchedule.items(residence, "counter");
        List<Payment.Item> online = FeeSchedule.items(residence, "online");

        assertThat(counter).singleElement().satisfies(item -> {
            assertThat(item.amount()).isEqualTo(15_000L);
            assertThat(item.description()).isEqualTo("15.000 đồng/lần đăng ký");
            // the regulation cited is about a charge (lệ phí); the residence law is not a fee regulation
            assertThat(item.type()).isEqualTo(ItemType.CHARGE);
            assertThat(item.legalBasis())
                    .startsWith("Thông tư số 75/2022/TT-BTC")
                    .doesNotContain("Luật Cư trú");
        });
        assertThat(online).singleElement().extracting(Payment.Item::amount).isEqualTo(7_000L);
        assertThat(FeeSchedule.initialStatus(counter)).isEqualTo(PaymentStatus.DUE);
        assertThat(FeeSchedule.items(residence, "post")).isEmpty();
    }

    @Test
    void freeAndLocallySetFeesStartWithTheirOwnStatus() {
        ProcedureView absence = procedure(List.of(), channel(ChannelKind.COUNTER, Fee.free("Không")));
        ProcedureView marriage = procedure(
                List.of("Luật Hộ tịch"),
                channel(ChannelKind.COUNTER, new Fee(null, "Theo Nghị quyết của Hội đồng nhân dân cấp tỉnh")));

        List<Payment.Item> free = FeeSchedule.items(absence, "counter");
        List<Payment.Item> local = FeeSchedule.items(marriage, "counter");

        assertThat(FeeSchedule.initialStatus(free)).isEqualTo(PaymentStatus.FREE);
        assertThat(free.get(0).type()).isEqualTo(ItemType.FEE);
        assertThat(free.get(0).legalBasis()).isNull();
        assertThat(FeeSchedule.initialStatus(local)).isEqualTo(PaymentStatus.TO_BE_DETERMINED);
        assertThat(local.get(0).description()).contains("Hội đồng nhân dân");
        assertThat(new Payment("X", "counter", local, PaymentStatus.TO_BE_DETERMINED, null, null, null, null).total())
                .isNull();
    }
}
