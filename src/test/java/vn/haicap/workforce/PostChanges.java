package vn.haicap.workforce;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The pre-aggregated posts in force, kept by triggers, against a recount from the assignments themselves. */
final class PostChanges {

    private PostChanges() {}

    /** Every (agency, position, category, day) sum of {@code workforce.post_change} equals the recount. */
    static void assertMatchAssignments(JdbcClient jdbc) {
        String recount = """
                select agency_id, coalesce(position_id, '00000000-0000-0000-0000-000000000000'::uuid) as position_key,
                       category, day, sum(delta)::int as delta
                from (select a.agency_id, a.position_id, p.category, a.valid_from as day, 1 as delta
                      from workforce.assignment a join workforce.person p on p.id = a.person_id
                      union all
                      select a.agency_id, a.position_id, p.category, a.valid_to + 1, -1
                      from workforce.assignment a join workforce.person p on p.id = a.person_id
                      where a.valid_to is not null) c
                group by 1, 2, 3, 4 having sum(delta) <> 0
                """;
        String kept =
                "select agency_id, position_key, category, day, delta from workforce.post_change where delta <> 0";
        Recounts.assertSameRows(jdbc, recount, kept, "post_change");
    }
}
