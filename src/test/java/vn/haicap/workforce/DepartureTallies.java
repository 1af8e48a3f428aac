package vn.haicap.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.haicap.workforce.store.WorkforceStore;

/** The departures of provinces counted per month by triggers, against a recount from the departures. */
final class DepartureTallies {

    private DepartureTallies() {}

    /** Every (province, month, dimension, key) of {@code workforce.departure_tally} equals the recount. */
    static void assertMatchOutcomes(JdbcClient jdbc) {
        String recount = """
                select g.province_code, date_trunc('month', o.effective_date::timestamp)::date as month,
                       d.dimension, coalesce(d.key, '') as key, count(*)::bigint as n,
                       sum(case when d.dimension = 'total' then coalesce(o.amount_paid, 0) else 0 end) as paid
                from workforce.outcome o join workforce.agency g on g.id = o.agency_id
                cross join lateral (values ('reason', o.kind), ('sex', o.sex), ('category', o.category),
                    ('age', case when extract(year from age(o.effective_date, o.birth_date)) < 30 then 'under_30'
                                 when extract(year from age(o.effective_date, o.birth_date)) < 40 then '30_39'
                                 when extract(year from age(o.effective_date, o.birth_date)) < 50 then '40_49'
                                 when extract(year from age(o.effective_date, o.birth_date)) < 55 then '50_54'
                                 when extract(year from age(o.effective_date, o.birth_date)) < 60 then '55_59'
                                 else '60_plus' end),
                    ('unit', g.unit_code), ('total', '')) d(dimension, key)
                where o.kind in ('early_retirement', 'resignation', 'retired', 'other')
                group by 1, 2, 3, 4
                """;
        String kept = "select province_code, month, dimension, key, n, paid from workforce.departure_tally"
                + " where n <> 0 or paid <> 0";
        Recounts.assertSameRows(jdbc, recount, kept, "departure_tally");
    }

    /** A province's statistics over a period cut mid-month equal the count over its departures alone. */
    static void assertSameAsCounted(WorkforceStore store, String province, LocalDate from, LocalDate to) {
        Map<String, String> tallied = byKey(store.departureCounts(province, true, from, to));
        Map<String, String> counted = byKey(store.countedDepartures(province, from, to));
        assertThat(tallied).containsEntry("total/", counted.get("total/"));
        assertThat(tallied).isEqualTo(counted);
    }

    private static Map<String, String> byKey(java.util.List<WorkforceStore.DepartureCount> counts) {
        return counts.stream()
                .filter(c -> c.count() != 0 || c.dimension().equals("total"))
                .collect(Collectors.toMap(
                        c -> c.dimension() + "/" + c.key(),
                        c -> c.count()
                                + (c.amountPaid() == null
                                        ? ""
                                        : " " + c.amountPaid().stripTrailingZeros())));
    }
}
