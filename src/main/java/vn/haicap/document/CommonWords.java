package vn.haicap.document;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The words found in at least half of the search items: "noi", from the "Nơi thường trú" of every form, is in
 * all of them. For GIN, such a word in a query costs the most posting entries to step through and removes the
 * fewest items, so {@link SearchIndex} leaves it out of the index scan and checks it on the rows found
 * (docs/benchmarks.md, "Records"). Read from PostgreSQL's statistics of one partition of the index (the hash
 * spreads items evenly, and autovacuum analyses partitions, not their parent), again after ten minutes.
 */
@Component
class CommonWords {

    static final double SHARE = 0.5;
    private static final Duration FRESH_FOR = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private volatile Set<String> words = Set.of();
    private volatile Instant readAt = Instant.EPOCH;

    CommonWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> get() {
        if (readAt.plus(FRESH_FOR).isBefore(Instant.now())) {
            refresh();
        }
        return words;
    }

    void refresh() {
        words = Set.copyOf(
                jdbc.sql("""
                select e.word
                from pg_stats s, unnest(s.most_common_elems::text::text[]) with ordinality as e(word, i)
                where s.schemaname = 'document' and s.tablename = 'search_item_00' and s.attname = 'vector'
                  and s.most_common_elem_freqs[e.i] >= :share
                """).param("share", SHARE).query(String.class).list());
        readAt = Instant.now();
    }
}
