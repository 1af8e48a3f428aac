package vn.haicap.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.haicap.report.ServiceIndex;
import vn.haicap.report.WorkforceReports;

class DashboardRowsTests {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @Test
    void writesOneRowPerUnitWithItsLinkAndEscapesText() {
        ServiceIndex.Indicator onTime =
                new ServiceIndex.Indicator("2.1", 95.5, 9.5, 10, 191L, 200L, 95.0, true, "late");
        ServiceIndex commune = new ServiceIndex(
                "00004",
                "Phường <Ba> Đình & \"Cống\"",
                "commune",
                "2026-03",
                87.25,
                List.of(new ServiceIndex.Group("2", 9.5, 10, List.of(onTime))));
        ServiceIndex empty = new ServiceIndex("00008", "Ngọc Hà", "commune", "2026-03", 0, List.of());
        DashboardRows rows = new DashboardRows(List.of(commune, empty), personnel(), gender());

        assertThat(rows.units("/reports?period=2026-03&date=2026-06-30"))
                .isEqualTo(
                        "<tr><td><a href=\"/reports?period=2026-03&amp;date=2026-06-30&amp;unit=00004\">00004</a></td>"
                                + "<td>Phường &lt;Ba&gt; Đình &amp; &quot;Cống&quot;</td><td>87.25</td><td>200</td><td>95.5</td></tr>"
                                + "<tr><td><a href=\"/reports?period=2026-03&amp;date=2026-06-30&amp;unit=00008\">00008</a></td>"
                                + "<td>Ngọc Hà</td><td>0.0</td><td></td><td></td></tr>");
        assertThat(rows.gaps("/reports?period=2026"))
                .isEqualTo(
                        "<tr data-unit=\"00004\"><td><a href=\"/reports?period=2026&amp;unit=00004\">Ba Đình</a></td>"
                                + "<td>40</td><td>37</td><td>3</td></tr>");
        assertThat(rows.women())
                .isEqualTo("<tr><th scope=\"row\">Sở Nội vụ</th><td>12</td><td>30</td><td>40.0</td></tr>"
                        + "<tr><th scope=\"row\">UBND &lt;x&gt;</th><td>0</td><td>0</td><td></td></tr>");
    }

    private static WorkforceReports.Personnel personnel() {
        WorkforceReports.Departures none =
                new WorkforceReports.Departures(DAY, DAY, 0, BigDecimal.ZERO, Map.of(), Map.of(), Map.of());
        return new WorkforceReports.Personnel(
                "01",
                "Hà Nội",
                "province",
                DAY,
                37,
                40,
                37,
                3,
                Map.of(),
                none,
                List.of(),
                List.of(new WorkforceReports.ChildRow("00004", "Ba Đình", 37, 20, 40, 3)));
    }

    private static WorkforceReports.Gender gender() {
        return new WorkforceReports.Gender(
                "01",
                "Hà Nội",
                "province",
                DAY,
                DAY.minusYears(1),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        new WorkforceReports.Share("a", "Sở Nội vụ", 12, 30, 40.0),
                        new WorkforceReports.Share("b", "UBND <x>", 0, 0, null)),
                List.of());
    }
}
