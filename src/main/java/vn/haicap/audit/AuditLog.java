package vn.haicap.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.haicap.shared.AuditEvent;
import vn.haicap.shared.PendingWrites;

/** Stores every published {@link AuditEvent} and reads the log back. */
@Service
public class AuditLog {

    public record Entry(
            long id,
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            @Nullable String subjectId,
            Map<String, String> details) {}

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ObjectMapper json;
    private final TransactionTemplate ownTransaction;

    AuditLog(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Written in the publisher's transaction, so that a change and its audit record commit or roll back
     * together: sent with the transaction's other pending writes, at the latest just before it commits
     * ({@link PendingWrites}). A read (published from a read-only transaction) is recorded in a transaction of
     * its own.
     */
    @EventListener
    void on(AuditEvent event) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            ownTransaction.executeWithoutResult(status -> insert(event));
        } else {
            insert(event);
        }
    }

    private static final String INSERT = """
            insert into audit.audit_entry (occurred_at, actor, action, subject_type, subject_id, details)
            values (:occurredAt, :actor, :action, :subjectType, :subjectId, cast(:details as jsonb))
            """;

    private void insert(AuditEvent event) {
        PendingWrites.later(
                template,
                INSERT,
                new MapSqlParameterSource()
                        .addValue("occurredAt", java.sql.Timestamp.from(event.occurredAt()))
                        .addValue("actor", event.actor())
                        .addValue("action", event.action())
                        .addValue("subjectType", event.subjectType())
                        .addValue("subjectId", event.subjectId())
                        .addValue("details", json.writeValueAsString(event.details())));
    }

    public List<Entry> latest(@Nullable String action, int limit) {
        return jdbc.sql("""
                select id, occurred_at, actor, action, subject_type, subject_id, details::text as details
                from audit.audit_entry
                where (cast(:action as text) is null or action = :action)
                order by id desc limit :limit
                """)
                .param("action", action)
                .param("limit", limit)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        rs.getString("subject_id"),
                        json.readValue(rs.getString("details"), DETAILS)))
                .list();
    }
}
