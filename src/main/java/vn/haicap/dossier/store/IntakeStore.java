package vn.haicap.dossier.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.haicap.shared.JoinedQueries;
import vn.haicap.shared.PendingWrites;

/** What a submission writes besides the dossier: documents with their paper, presented papers, postmarks, replays. */
@Repository
public class IntakeStore {

    /** A document as its applicant may re-use it. */
    public record EarlierDocument(
            long id,
            String dossier,
            String procedureCode,
            String procedureName,
            String name,
            String mediaType,
            long size,
            String sha256,
            @Nullable Integer paper,
            @Nullable String paperName,
            @Nullable Long reusedFrom,
            OffsetDateTime addedAt,
            java.util.UUID documentId) {}

    /** An earlier answer to an Idempotency-Key, with the digest of the request that got it. */
    public record Replay(String response, @Nullable String requestHash) {}

    /** The applicant's details on their latest dossier, to fill in the next form. */
    public record LastApplicant(
            String name,
            @Nullable String idNumber,
            @Nullable String address,
            @Nullable String email,
            @Nullable String phone) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ZoneId zone;

    IntakeStore(JdbcClient jdbc, JdbcTemplate template, vn.haicap.calendar.WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.template = template;
        this.zone = calendar.zone();
    }

    /** A document of a dossier: a reference to the document store, where its bytes are. */
    public record DossierDocument(
            String dossier,
            java.util.UUID documentId,
            String name,
            String mediaType,
            long size,
            String sha256,
            @Nullable Long reusedFrom,
            @Nullable Integer paper,
            @Nullable String paperName,
            String actor,
            OffsetDateTime at) {}

    /** Adds the documents to their dossiers, in the order given. */
    public void addDocuments(PendingWrites writes, List<DossierDocument> documents) {
        for (DossierDocument d : documents) {
            writes.add(
                    """
                    insert into dossier.document (dossier, document_id, name, media_type, size, sha256, reused_from,
                        paper, paper_name, added_by, added_at)
                    values (:dossier, :documentId, :name, :mediaType, :size, :sha256, :reusedFrom, :paper, :paperName,
                        :actor, :at)
                    """,
                    new MapSqlParameterSource()
                            .addValue("dossier", d.dossier())
                            .addValue("documentId", d.documentId())
                            .addValue("name", d.name())
                            .addValue("mediaType", d.mediaType())
                            .addValue("size", d.size())
                            .addValue("sha256", d.sha256())
                            .addValue("reusedFrom", d.reusedFrom(), java.sql.Types.BIGINT)
                            .addValue("paper", d.paper(), java.sql.Types.INTEGER)
                            .addValue("paperName", d.paperName(), java.sql.Types.VARCHAR)
                            .addValue("actor", d.actor())
                            .addValue("at", d.at()));
        }
    }

    /** The documents first uploaded to this applicant's dossiers (not the re-used copies), newest first. */
    public List<EarlierDocument> ofApplicant(String username) {
        return jdbc.sql(SELECT
                        + " where x.applicant_username = :u and d.reused_from is null order by d.id desc limit 500")
                .param("u", username)
                .query(this::earlier)
                .list();
    }

    /** A document of one of this applicant's dossiers, for re-use ("ask only once"). */
    public Optional<EarlierDocument> ofApplicant(long id, String username) {
        return jdbc.sql(SELECT + " where d.id = :id and x.applicant_username = :u")
                .param("id", id)
                .param("u", username)
                .query(this::earlier)
                .optional();
    }

    /** The first of this applicant's dossier documents that refers to a stored document, if any. */
    public Optional<Long> firstReferring(java.util.UUID documentId, String username) {
        return jdbc.sql("""
                select d.id from dossier.document d join dossier.dossier x on x.code = d.dossier
                where d.document_id = :documentId and x.applicant_username = :u and d.reused_from is null
                order by d.id limit 1
                """)
                .param("documentId", documentId)
                .param("u", username)
                .query(Long.class)
                .optional();
    }

    /** Every dossier submitted before this instant has been handed to the search index. */
    public OffsetDateTime searchWatermark() {
        return jdbc.sql("select indexed_before from dossier.search_watermark")
                .query(OffsetDateTime.class)
                .single();
    }

    public void advanceSearchWatermark(OffsetDateTime indexedBefore) {
        jdbc.sql("update dossier.search_watermark set indexed_before = :at where indexed_before < :at")
                .param("at", indexedBefore)
                .update();
    }

    /** A dossier as the search recovery pages through them: by submission time, then code. */
    public record Submitted(String code, OffsetDateTime at) {}

    /** Up to {@code limit} dossiers submitted before {@code before}, following {@code after} in that order. */
    public List<Submitted> submittedBetween(Submitted after, OffsetDateTime before, int limit) {
        return jdbc.sql("""
                select code, submitted_at from dossier.dossier
                where (submitted_at, code) > (:at, :code) and submitted_at < :before
                order by submitted_at, code limit :limit
                """)
                .param("at", after.at())
                .param("code", after.code())
                .param("before", before)
                .param("limit", limit)
                .query((rs, n) -> new Submitted(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
                .list();
    }

    public Optional<LastApplicant> lastApplicant(String username) {
        return jdbc.sql("""
                select applicant_name, applicant_id_number, applicant_address, applicant_email, applicant_phone
                from dossier.dossier where applicant_username = :u order by submitted_at desc limit 1
                """)
                .param("u", username)
                .query((rs, n) -> new LastApplicant(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    public void presented(
            PendingWrites writes, String dossier, int paper, String paperName, String actor, OffsetDateTime at) {
        writes.add(
                """
                insert into dossier.presented_paper (dossier, paper, paper_name, presented_by, presented_at)
                values (:dossier, :paper, :paperName, :actor, :at) on conflict do nothing
                """,
                new MapSqlParameterSource()
                        .addValue("dossier", dossier)
                        .addValue("paper", paper)
                        .addValue("paperName", paperName)
                        .addValue("actor", actor)
                        .addValue("at", at));
    }

    public List<Integer> presentedPapers(String dossier) {
        return jdbc.sql("select paper from dossier.presented_paper where dossier = :dossier order by paper")
                .param("dossier", dossier)
                .query(Integer.class)
                .list();
    }

    public void postmarked(PendingWrites writes, String dossier, LocalDate day) {
        writes.add(
                "insert into dossier.postal_arrival (dossier, postmarked_on) values (:dossier, :day)",
                new MapSqlParameterSource().addValue("dossier", dossier).addValue("day", day));
    }

    public Optional<LocalDate> postmark(String dossier) {
        return jdbc.sql("select postmarked_on from dossier.postal_arrival where dossier = :dossier")
                .param("dossier", dossier)
                .query(LocalDate.class)
                .optional();
    }

    /**
     * Takes the lock that serialises submissions with the same key by the same user until the first one commits,
     * then reads the answer an earlier submission with that key got. Both in one round trip: the second
     * statement's snapshot is taken once the first has the lock, so it sees a submission that committed meanwhile.
     */
    public Optional<Replay> lockAndReplay(String username, String key) {
        return Optional.ofNullable(JoinedQueries.query(
                template, """
                select pg_advisory_xact_lock(hashtextextended(?, 0));
                select idempotency_response, idempotency_hash from dossier.dossier
                where idempotency_username = ? and idempotency_key = ?
                """, new Object[] {username + "\n" + key, username, key}, results -> {
                    results.next(rs -> null);
                    return results.next(rs -> rs.next() ? new Replay(rs.getString(1), rs.getString(2)) : null);
                }));
    }

    private static final String SELECT = """
            select d.id, d.dossier, x.procedure_code, x.procedure_name, d.name, d.media_type, d.size, d.sha256,
                d.paper, d.paper_name, d.reused_from, d.added_at, d.document_id
            from dossier.document d join dossier.dossier x on x.code = d.dossier
            """;

    private EarlierDocument earlier(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        int paper = rs.getInt("paper");
        Integer paperOrNull = rs.wasNull() ? null : paper;
        long reused = rs.getLong("reused_from");
        Long reusedOrNull = rs.wasNull() ? null : reused;
        OffsetDateTime at = rs.getObject("added_at", OffsetDateTime.class);
        return new EarlierDocument(
                rs.getLong("id"),
                rs.getString("dossier"),
                rs.getString("procedure_code"),
                rs.getString("procedure_name"),
                rs.getString("name"),
                rs.getString("media_type"),
                rs.getLong("size"),
                rs.getString("sha256"),
                paperOrNull,
                rs.getString("paper_name"),
                reusedOrNull,
                at.atZoneSameInstant(zone).toOffsetDateTime(),
                rs.getObject("document_id", java.util.UUID.class));
    }
}
