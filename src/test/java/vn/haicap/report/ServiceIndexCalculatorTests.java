package vn.haicap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.haicap.shared.HaicapException;

/** Each indicator of ../shared/domain/service-index.md computed by hand on small counts. */
class ServiceIndexCalculatorTests {

    /**
     * 10 dossiers received: 7 on time (3 late); 6 completed in 18 days in all; 5 online of which 4 counted (one
     * lacks its electronic result); 4 with a result due, 3 of them electronic; 6 digitised; 2 re-using data;
     * 4 owing a fee, 1 paid online; 5 rated, 1 not satisfied. 3 procedures, 2 offered online, 1 of those used
     * online; 2 fee-bearing procedures, 1 with an online payment.
     */
    static final ServiceCounts SAMPLE =
            new ServiceCounts(10, 7, 6, 18 * 86400L, 5, 4, 4, 3, 6, 2, 4, 1, 5, 1, 3, 2, 1, 2, 1);

    static ServiceIndex.Indicator indicator(ServiceIndex index, String key) {
        ServiceIndex.Indicator i = index.indicator(key);
        assertThat(i).as(key).isNotNull();
        return i;
    }

    final ServiceIndex index = ServiceIndexCalculator.compute("00004", "Phường Ba Đình", "commune", "2026-03", SAMPLE);

    @Test
    void transparencyCountsOnlyTheSynchronisedDossiers() {
        // 1.1-1.3 need announcement and publication data Haicap does not hold
        for (String key : new String[] {"1.1", "1.2", "1.3"}) {
            assertThat(indicator(index, key).recorded()).isFalse();
            assertThat(indicator(index, key).value()).isNull();
            assertThat(indicator(index, key).points()).isZero();
        }
        // 1.4: every dossier Haicap holds is synchronised: 10 / 10 = 100 % -> 6 points
        assertThat(indicator(index, "1.4").value()).isEqualTo(100.0);
        assertThat(indicator(index, "1.4").points()).isEqualTo(6.0);
    }

    @Test
    void progressIsTheShareOnTimeTimesTwenty() {
        // 2.1: 7 / 10 = 70 % -> 20 x 0.7 = 14 points
        ServiceIndex.Indicator onTime = indicator(index, "2.1");
        assertThat(onTime.value()).isEqualTo(70.0);
        assertThat(onTime.points()).isEqualTo(14.0);
        assertThat(onTime.numerator()).isEqualTo(7);
        assertThat(onTime.denominator()).isEqualTo(10);
        assertThat(onTime.drillDown()).isEqualTo("late");
        // 2.2: 18 days / 6 completed = 3 days, display only
        assertThat(indicator(index, "2.2").value()).isEqualTo(3.0);
        assertThat(indicator(index, "2.2").max()).isZero();
    }

    @Test
    void onlineServicesUseTheirThresholds() {
        // 3.1: 2 / 3 = 66.67 % below the 80 % threshold -> 66.67 x 4 / 80 = 3.33
        assertThat(indicator(index, "3.1").value()).isEqualTo(66.67);
        assertThat(indicator(index, "3.1").points()).isEqualTo(3.33);
        // 3.2: 1 / 2 = 50 % -> 4 x 0.5 = 2
        assertThat(indicator(index, "3.2").points()).isEqualTo(2.0);
        // 3.3: 4 / 10 = 40 % x sync 1.0, threshold 50 % -> 40 x 4 / 50 = 3.2
        assertThat(indicator(index, "3.3").value()).isEqualTo(40.0);
        assertThat(indicator(index, "3.3").points()).isEqualTo(3.2);
    }

    @Test
    void paymentCountsFeeBearingProceduresAndDossiers() {
        // 3.5: 2 / 2 = 100 % >= 80 % -> 2; 3.5b: 1 / 2 -> 1; 3.6: 1 / 4 = 25 % -> 6 x 0.25 = 1.5
        assertThat(indicator(index, "3.5").points()).isEqualTo(2.0);
        assertThat(indicator(index, "3.5b").points()).isEqualTo(1.0);
        assertThat(indicator(index, "3.6").value()).isEqualTo(25.0);
        assertThat(indicator(index, "3.6").points()).isEqualTo(1.5);
    }

    @Test
    void digitisationIndicators() {
        // 4.1: 3 / 4 = 75 % -> 6 x 0.75 = 4.5
        assertThat(indicator(index, "4.1").points()).isEqualTo(4.5);
        // 4.2: 6 / 10 = 60 %, threshold 80 -> 60 x 4 / 80 = 3
        assertThat(indicator(index, "4.2").points()).isEqualTo(3.0);
        // 4.3: 2 / 10 = 20 %, threshold 80 -> 20 x 2 / 80 = 0.5
        assertThat(indicator(index, "4.3").points()).isEqualTo(0.5);
        assertThat(indicator(index, "4.4").recorded()).isFalse();
        assertThat(indicator(index, "4.5a").points()).isZero();
    }

    @Test
    void satisfactionSubtractsLateAndDissatisfiedRates() {
        // 5.2, 5.3: no complaints recorded -> full points
        assertThat(indicator(index, "5.2").points()).isEqualTo(6.0);
        assertThat(indicator(index, "5.3").points()).isEqualTo(6.0);
        // 5.4: 100 - (30 % late + 10 % dissatisfied) = 60 %, threshold 90 -> 6 x 60 / 90 = 4
        assertThat(indicator(index, "5.4").value()).isEqualTo(60.0);
        assertThat(indicator(index, "5.4").points()).isEqualTo(4.0);
    }

    @Test
    void totalIsTheSumOfTheGroups() {
        // 6 + 14 + (3.33 + 2 + 3.2) + (2 + 1 + 1.5) + (4.5 + 3 + 0.5) + (6 + 6 + 4)
        assertThat(index.total()).isEqualTo(57.03);
        assertThat(index.groups())
                .extracting(ServiceIndex.Group::key)
                .containsExactly("transparency", "progress", "online", "payment", "digitisation", "satisfaction");
        assertThat(index.groups())
                .extracting(ServiceIndex.Group::max)
                .containsExactly(18.0, 20.0, 12.0, 10.0, 22.0, 18.0);
    }

    @Test
    void nothingReceivedGivesNoRatesButFullComplaintPoints() {
        ServiceIndex empty = ServiceIndexCalculator.compute("01", "Hà Nội", "province", "2026", ServiceCounts.NONE);
        assertThat(indicator(empty, "2.1").value()).isNull();
        assertThat(indicator(empty, "5.4").points()).isZero();
        assertThat(empty.total()).isEqualTo(12.0);
    }

    @Test
    void aboveTheThresholdGivesTheMaximum() {
        assertThat(ServiceIndexCalculator.points(95.0, 6, 90.0)).isEqualTo(6.0);
        assertThat(ServiceIndexCalculator.points(45.0, 6, 90.0)).isEqualTo(3.0);
        assertThat(ServiceIndexCalculator.points(null, 6, 90.0)).isZero();
    }

    @Test
    void periodsAreMonthsQuartersAndYears() {
        Period q = Period.parse("2026-q2");
        assertThat(q.key()).isEqualTo("2026-Q2");
        assertThat(q.first()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(q.last()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(Period.parse("2026").last()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(Period.parse("2026-03").kind()).isEqualTo(Period.Kind.MONTH);
        assertThat(Period.parse("2026-Q1").previous().key()).isEqualTo("2025-Q4");
        assertThat(Period.parse("2026-01").trend(3))
                .extracting(Period::key)
                .containsExactly("2025-11", "2025-12", "2026-01");
        assertThatThrownBy(() -> Period.parse("2026-13"))
                .isInstanceOf(HaicapException.class)
                .hasMessageContaining("report.period-invalid");
        assertThatThrownBy(() -> Period.parse("2026-Q5")).isInstanceOf(HaicapException.class);
    }

    @Test
    void roundsHalfUpToCentsAsTheDecimalTheValuePrintsAs() {
        assertThat(ServiceIndexCalculator.round(1.005)).isEqualTo(1.01);
        assertThat(ServiceIndexCalculator.round(2.675)).isEqualTo(2.68);
        assertThat(ServiceIndexCalculator.round(0.125)).isEqualTo(0.13);
        assertThat(ServiceIndexCalculator.round(-1.005)).isEqualTo(-1.01);
        assertThat(ServiceIndexCalculator.round(99.994999)).isEqualTo(99.99);
        java.util.Random random = new java.util.Random(766);
        for (int i = 0; i < 200_000; i++) {
            long denominator = 1 + random.nextInt(100_000);
            long numerator = random.nextInt((int) denominator + 1);
            double value = i % 2 == 0 ? 100.0 * numerator / denominator : random.nextDouble() * 20 - 10;
            assertThat(ServiceIndexCalculator.round(value))
                    .as("%s", value)
                    .isEqualTo(java.math.BigDecimal.valueOf(value)
                            .setScale(2, java.math.RoundingMode.HALF_UP)
                            .doubleValue());
        }
    }
}
