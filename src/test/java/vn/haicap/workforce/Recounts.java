package vn.haicap.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts kept by triggers against the same counts recomputed from the rows they summarise. */
final class Recounts {

    private Recounts() {}

    /** The rows of {@code kept} are exactly those of {@code recount}, and there are some. */
    static void assertSameRows(JdbcClient jdbc, String recount, String kept, String what) {
        long recounted = jdbc.sql("select count(*) from (" + recount + ") r")
                .query(Long.class)
                .single();
        long differences = jdbc.sql("select count(*) from (((" + recount + ") except (" + kept + "))" + " union all (("
                        + kept + ") except (" + recount + "))) d")
                .query(Long.class)
                .single();
        assertThat(recounted).as(what + " recounted").isPositive();
        assertThat(differences)
                .as("rows of " + what + " that differ from the recount")
                .isZero();
    }
}
