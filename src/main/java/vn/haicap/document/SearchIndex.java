package vn.haicap.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.haicap.account.CurrentUser;
import vn.haicap.shared.Jurisdiction;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PendingWrites;
import vn.haicap.shared.VietnameseText;

/**
 * The search index shared by modules: PostgreSQL full text over text folded by {@link
 * VietnameseText#searchKey} (no diacritics, tone marks wherever they were placed, đ as d), a GIN index,
 * ranking by {@code ts_rank}, snippets highlighted with {@code <mark>} on
 * the original text. Every query is filtered by the caller's permissions in SQL. Whole words match exactly,
 * the last word (and words with digits) as prefixes. A broad query is counted and ranked among its first
 * {@link #COUNT_CAP} matches. The table is hash-partitioned, so finding those reads the partitions one after
 * another and stops early (docs/adr/0008-document-store.md, docs/benchmarks.md "Records").
 */
@Service
public class SearchIndex {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_TERMS = 12;
    private static final int BODY_FOR_SNIPPET = 100_000;
    /**
     * Matches are counted and ranked up to this many, in one scan; beyond it the total is a lower bound, and a
     * broader query shows the best of the first {@value} found (ranking every match of a query that matches
     * everything would read every row's vector).
     */
    public static final int COUNT_CAP = 1_000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JdbcTemplate template;
    private final CommonWords commonWords;

    SearchIndex(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JdbcTemplate template, CommonWords commonWords) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.template = template;
        this.commonWords = commonWords;
    }

    private static final String UPSERT = """
            insert into document.search_item
                (kind, id, title, body, folded_title, folded, vector, owner, province_code, commune_code, item_date)
            values (:kind, :id, :title, :body, :foldedTitle, :folded, cast(:vector as tsvector), :owner, :province,
                :commune, :date)
            on conflict (kind, id) do update set title = excluded.title, body = excluded.body,
                folded_title = excluded.folded_title, folded = excluded.folded, vector = excluded.vector,
                owner = excluded.owner, province_code = excluded.province_code,
                commune_code = excluded.commune_code, item_date = excluded.item_date, updated_at = now()
            """;

    /** Adds or replaces an item (same kind and id), with the transaction's other pending writes if there is one. */
    public void put(SearchItem item) {
        PendingWrites.later(template, UPSERT, parameters(item));
    }

    /**
     * Adds or replaces these items in one batch, one round trip. Ordered by kind and id, so that two batches
     * touching the same items lock them in the same order; an item given twice is put once, as last given.
     */
    public void putAll(java.util.Collection<SearchItem> items) {
        java.util.Map<String, SearchItem> unique = new java.util.TreeMap<>();
        items.forEach(item -> unique.put(item.kind() + "\n" + item.id(), item));
        if (unique.size() == 1) {
            put(unique.values().iterator().next());
        } else if (!unique.isEmpty()) {
            batch.batchUpdate(
                    UPSERT,
                    unique.values().stream().map(SearchIndex::parameters).toArray(SqlParameterSource[]::new));
        }
    }

    private static SqlParameterSource parameters(SearchItem item) {
        String dates = item.date() == null ? "" : " " + item.date() + " " + VIETNAMESE_DATE.format(item.date());
        String folded = VietnameseText.searchKey(
                item.title() + " " + item.kind() + " " + item.id() + " " + item.text() + dates);
        String foldedTitle = VietnameseText.searchKey(item.title());
        return new MapSqlParameterSource()
                .addValue("kind", item.kind())
                .addValue("id", item.id())
                .addValue("title", item.title())
                .addValue("body", item.text())
                .addValue("foldedTitle", foldedTitle)
                .addValue("folded", folded)
                // null where PostgreSQL must parse the text itself (the table's trigger)
                .addValue("vector", SearchVector.of(foldedTitle, folded), java.sql.Types.VARCHAR)
                .addValue("owner", item.owner())
                .addValue("province", item.provinceCode())
                .addValue("commune", item.communeCode())
                .addValue("date", item.date());
    }

    public void remove(String kind, String id) {
        jdbc.sql("delete from document.search_item where kind = :kind and id = :id")
                .param("kind", kind)
                .param("id", id)
                .update();
    }

    /** Those of {@code ids} that have no item of this kind. */
    public Set<String> missing(String kind, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<String> missing = new LinkedHashSet<>(ids);
        missing.removeAll(jdbc.sql("select id from document.search_item where kind = :kind and id = any(:ids)")
                .param("kind", kind)
                .param("ids", ids.toArray(String[]::new))
                .query(String.class)
                .list());
        return missing;
    }

    /**
     * The items matching every word of {@code query} that {@code user} may see, best first. Whole words match
     * exactly, and so does the last one while it finds something; when it finds nothing it is taken as a word
     * still being typed, and matches as a prefix. Words with digits (codes, dates) always match as prefixes.
     */
    public SearchResults search(String query, CurrentUser user, PageRequest page) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            return SearchResults.counted(List.of(), 0, page.page(), page.size());
        }
        // a prefix costs GIN a bitmap of every lexeme it matches: "noi:*" reads the postings of all 1,000,000
        // items of the benchmark's corpus, "noi" is answered from one posting list (docs/benchmarks.md)
        Set<String> common = commonWords.get();
        SearchResults exact = search(Match.of(terms, false, common), terms, user, page);
        String last = terms.get(terms.size() - 1);
        if (exact.total() > 0 || isCode(last)) {
            return exact;
        }
        return search(Match.of(terms, true, common), terms, user, page);
    }

    /**
     * The query's words, all of them ({@code full}) and those the GIN index scan looks up ({@code indexed}):
     * whole words found in most items are left to a check on the rows found, unless no other word is left.
     */
    record Match(String full, String indexed) {

        static Match of(List<String> terms, boolean lastAsPrefix, Set<String> common) {
            List<String> words = IntStream.range(0, terms.size())
                    .mapToObj(i -> isCode(terms.get(i)) || (lastAsPrefix && i == terms.size() - 1)
                            ? terms.get(i) + ":*"
                            : terms.get(i))
                    .toList();
            List<String> selective =
                    words.stream().filter(word -> !common.contains(word)).toList();
            String full = String.join(" & ", words);
            return new Match(full, selective.isEmpty() ? full : String.join(" & ", selective));
        }

        /** The SQL condition; {@code ts_match_vq} is {@code @@} written so that the planner cannot index it. */
        String condition() {
            return indexed.equals(full)
                    ? "vector @@ to_tsquery('simple', :query)"
                    : "vector @@ to_tsquery('simple', :indexed) and ts_match_vq(vector, to_tsquery('simple', :query))";
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            statement = statement.param("query", full);
            return indexed.equals(full) ? statement : statement.param("indexed", indexed);
        }
    }

    private static boolean isCode(String term) {
        return term.chars().anyMatch(Character::isDigit);
    }

    private SearchResults search(Match match, List<String> terms, CurrentUser user, PageRequest page) {
        Permission permission = Permission.of(user);
        String candidates = permission.matches(match.condition());
        // one scan: up to COUNT_CAP matches (and one more, to tell whether there are more), counted and ranked on
        // their vectors; bodies read for the page only
        record Row(SearchHit hit, long total) {}
        List<Row> rows = match.bind(permission.bind(
                        jdbc.sql("select s.kind, s.id, s.title, left(s.body, " + BODY_FOR_SNIPPET + ") as body,"
                                + " top.total from (select kind, id, updated_at, rank, total from (select kind, id,"
                                + " updated_at, ts_rank(vector, to_tsquery('simple', :query)) as rank,"
                                + " count(*) over () as total from (" + candidates + " limit " + (COUNT_CAP + 1)
                                + ") candidates) ranked order by rank desc, updated_at desc, kind, id"
                                + " limit :size offset :offset) top"
                                + " join document.search_item s on s.kind = top.kind and s.id = top.id"
                                + " order by top.rank desc, top.updated_at desc, s.kind, s.id")))
                .param("size", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new Row(
                        new SearchHit(
                                rs.getString("kind"),
                                rs.getString("id"),
                                rs.getString("title"),
                                Snippets.highlight(rs.getString("title") + " — " + rs.getString("body"), terms)),
                        rs.getLong("total")))
                .list();
        List<SearchHit> items = rows.stream().map(Row::hit).toList();
        long total = rows.isEmpty()
                ? (page.offset() == 0 ? 0 : count(candidates, match, permission))
                : rows.get(0).total();
        return SearchResults.counted(items, total, page.page(), page.size());
    }

    /** The matches counted up to one more than {@link #COUNT_CAP} (a page past the last one). */
    private long count(String candidates, Match match, Permission permission) {
        return match.bind(permission.bind(
                        jdbc.sql("select count(*) from (" + candidates + " limit " + (COUNT_CAP + 1) + ") matches")))
                .query(Long.class)
                .single();
    }

    /**
     * What a user may see, written for their scope alone: a condition with an {@code or} of parameters that
     * may be null would give every scope the same plan. A commune officer's few hundred items (and an
     * applicant's own) are read first and matched one by one: left to itself the planner intersects them
     * with the words' posting lists, which for common names costs more than the rest of the search.
     */
    private record Permission(
            String condition,
            boolean few,
            String user,
            @Nullable String unit) {
        private static final String COLUMNS = "select kind, id, vector, updated_at from document.search_item";

        static Permission of(CurrentUser user) {
            Jurisdiction scope = user.jurisdiction();
            return switch (scope.scope()) {
                case NATIONAL -> new Permission("", false, user.username(), null);
                case PROVINCE ->
                    new Permission(
                            "owner = :user or province_code = :unit", false, user.username(), scope.provinceCode());
                case COMMUNE ->
                    new Permission("owner = :user or commune_code = :unit", true, user.username(), scope.communeCode());
                default -> new Permission("owner = :user", true, user.username(), null);
            };
        }

        /** The items matching {@code match} that the user may see. */
        String matches(String match) {
            if (condition.isEmpty()) {
                return COLUMNS + " where " + match;
            }
            if (few) {
                // "offset 0" keeps the subquery apart, so its rows are read first and matched one by one
                return "select * from (" + COLUMNS + " where " + condition + " offset 0) permitted where " + match;
            }
            return COLUMNS + " where " + match + " and (" + condition + ")";
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            if (condition.isEmpty()) {
                return statement;
            }
            statement = statement.param("user", user);
            return unit == null ? statement : statement.param("unit", unit);
        }
    }

    static List<String> terms(String query) {
        String key = VietnameseText.searchKey(query);
        return Arrays.stream(key.split(" "))
                .filter(term -> !term.isEmpty())
                .distinct()
                .limit(MAX_TERMS)
                .toList();
    }

    static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
