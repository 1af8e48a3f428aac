package vn.haicap.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.haicap.shared.AuditEvent;

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
    private final ObjectMapper json;
    private final TransactionTemplate ownTransaction;

    AuditLog(JdbcClient jdbc, ObjectMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Written in the publisher's transaction, so that a change and its audit record commit or roll back
     * together. A read (published from a read-only transaction) is recorded in a transaction of its own.
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

    private void insert(AuditEvent event) {
        jdbc.sql("""
                insert into audit.audit_entry (occurred_at, actor, action, subject_type, subject_id, details)
                values (:occurredAt, :actor, :action, :subjectType, :subjectId, cast(:details as jsonb))
                """)
                .param("occurredAt", java.sql.Timestamp.from(event.occurredAt()))
                .param("actor", event.actor())
                .param("action", event.action())
                .param("subjectType", event.subjectType())
                .param("subjectId", event.subjectId())
                .param("details", json.writeValueAsString(event.details()))
                .update();
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
