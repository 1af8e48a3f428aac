package vn.haicap.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
class PendingWritesIntegrationTests {

    private static final String INSERT = """
            insert into audit.audit_entry (occurred_at, actor, action, subject_type, subject_id, details)
            values (now(), 'pending-writes-test', :action, 'test', :subject, '{}'::jsonb)
            """;

    @Autowired
    JdbcTemplate template;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aTransactionsWritesAreSentTogetherBeforeItCommitsAndEachAnswersItsCount() {
        String subject = UUID.randomUUID().toString();
        int[] counts = new TransactionTemplate(transactions).execute(status -> {
            PendingWrites writes = PendingWrites.ofTransaction(template);
            assertThat(PendingWrites.ofTransaction(template)).isSameAs(writes);
            writes.add(INSERT, entry("first", subject));
            int twice = writes.add("""
                    insert into audit.audit_entry (occurred_at, actor, action, subject_type, subject_id, details)
                    select now(), 'pending-writes-test', 'twice', 'test', :subject, '{}'::jsonb
                    from generate_series(1, 2)
                    """, new MapSqlParameterSource("subject", subject));
            assertThat(entries(subject)).as("nothing sent before send()").isZero();
            int[] sent = writes.send();
            assertThat(twice).isEqualTo(1);
            assertThat(entries(subject)).isEqualTo(3);
            writes.add(INSERT, entry("second", subject));
            return sent;
        });
        assertThat(counts).containsExactly(1, 2);
        assertThat(entries(subject))
                .as("the last write sent as the transaction committed")
                .isEqualTo(4);
    }

    @Test
    void aRolledBackTransactionSendsNothingAndAnInnerTransactionHasItsOwnWrites() {
        String subject = UUID.randomUUID().toString();
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    PendingWrites.ofTransaction(template).add(INSERT, entry("outer", subject));
                    inner.executeWithoutResult(
                            innerStatus -> PendingWrites.ofTransaction(template).add(INSERT, entry("inner", subject)));
                    throw new IllegalStateException("rolled back");
                }))
                .hasMessage("rolled back");
        assertThat(jdbc.sql("select action from audit.audit_entry where subject_id = :subject")
                        .param("subject", subject)
                        .query(String.class)
                        .list())
                .containsExactly("inner");
    }

    private static MapSqlParameterSource entry(String action, String subject) {
        return new MapSqlParameterSource().addValue("action", action).addValue("subject", subject);
    }

    private long entries(String subject) {
        return jdbc.sql("select count(*) from audit.audit_entry where subject_id = :subject")
                .param("subject", subject)
                .query(Long.class)
                .single();
    }
}
