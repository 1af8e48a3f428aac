package vn.haicap.workforce.imports;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.haicap.workforce.imports.ImportJobView.Rejection;
import vn.haicap.workforce.imports.ImportJobView.Status;

/** Import jobs, their progress and their rejected rows in {@code workforce.import_job}/{@code import_rejection}. */
@Repository
class ImportJobStore {

    private final JdbcClient jdbc;

    ImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String username, String fileName, String format, long size) {
        jdbc.sql("""
                insert into workforce.import_job (id, username, file_name, format, status, size_bytes, percent)
                values (:id, :user, :file, :format, 'queued', :size, 0)
                """)
                .param("id", id)
                .param("user", username)
                .param("file", fileName)
                .param("format", format)
                .param("size", size)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from workforce.import_job where id = :id")
                .param("id", id)
                .update();
    }

    /** Progress after a chunk, in the chunk's transaction: the counters always match the rows stored. */
    void progress(
            UUID id,
            Status status,
            long processed,
            long accepted,
            long rejectedCount,
            @Nullable Integer percent,
            @Nullable String failureCode) {
        jdbc.sql("""
                update workforce.import_job set status = :status, processed = :processed, accepted = :accepted,
                    rejected_count = :rejected, percent = :percent, failure_code = :failure, updated_at = now()
                where id = :id
                """)
                .param("id", id)
                .param("status", status.key())
                .param("processed", processed)
                .param("accepted", accepted)
                .param("rejected", rejectedCount)
                .param("percent", percent)
                .param("failure", failureCode)
                .update();
    }

    void reject(UUID job, List<Rejection> rejections) {
        for (Rejection r : rejections) {
            jdbc.sql("""
                    insert into workforce.import_rejection (job_id, line, code, arguments)
                    values (:job, :line, :code, :arguments) on conflict do nothing
                    """)
                    .param("job", job)
                    .param("line", r.line())
                    .param("code", r.code())
                    .param(
                            "arguments",
                            r.arguments().stream().map(String::valueOf).toArray(String[]::new))
                    .update();
        }
    }

    /**
     * Jobs created before {@code started} (by an earlier run of the application) and left queued or running
     * become {@code interrupted}; returns how many.
     */
    int markInterruptedBefore(java.time.Instant started) {
        return jdbc.sql("""
                update workforce.import_job set status = 'interrupted', updated_at = now()
                where status in ('queued', 'running') and created_at < :started
                """).param("started", java.sql.Timestamp.from(started)).update();
    }

    Optional<ImportJobView> find(UUID id, String username, int maxRejections) {
        Optional<ImportJobView> job = jdbc.sql("""
                        select id, file_name, status, processed, accepted, rejected_count, percent, failure_code
                        from workforce.import_job where id = :id and username = :user
                        """)
                .param("id", id)
                .param("user", username)
                .query((rs, n) -> new ImportJobView(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        Status.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
                        rs.getLong("processed"),
                        rs.getLong("accepted"),
                        rs.getLong("rejected_count"),
                        (Integer) rs.getObject("percent"),
                        new ArrayList<>(),
                        rs.getString("failure_code")))
                .optional();
        job.ifPresent(j -> j.rejected()
                .addAll(jdbc.sql("""
                                select line, code, arguments from workforce.import_rejection where job_id = :id
                                order by line limit :max
                                """)
                        .param("id", id)
                        .param("max", maxRejections)
                        .query((rs, n) -> new Rejection(
                                rs.getLong("line"), rs.getString("code"), arguments(rs.getArray("arguments"))))
                        .list()));
        return job.map(j -> new ImportJobView(
                j.id(),
                j.fileName(),
                j.status(),
                j.processed(),
                j.accepted(),
                j.rejectedCount(),
                j.percent(),
                List.copyOf(j.rejected()),
                j.failureCode()));
    }

    private static List<Object> arguments(@Nullable Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((Object[]) array.getArray());
    }
}
