package vn.haicap.shared;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes that wait to be sent to PostgreSQL together: the driver sends statements joined by semicolons in one
 * round trip and answers each one's count. A dossier's step (its row, transitions, documents, notifications) and
 * its audit record thus cost one round trip instead of one per row.
 *
 * <p>{@link #ofTransaction} gives the current transaction's writes, sent at the latest just before it commits
 * (an inner transaction of its own has its own). Nothing is sent before {@link #send}, so a caller that must
 * read what it wrote, or know how many rows a statement changed, sends them first.
 */
public final class PendingWrites implements TransactionSynchronization {

    private static final Map<String, ParsedSql> PARSED = new ConcurrentHashMap<>();

    private final JdbcTemplate template;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> arguments = new ArrayList<>();
    private int statements;
    private boolean committing;

    private PendingWrites(JdbcTemplate template) {
        this.template = template;
    }

    /**
     * The writes of the current transaction on this template's data source, sent before it commits; without
     * a transaction, writes that only {@link #send} sends.
     */
    public static PendingWrites ofTransaction(JdbcTemplate template) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new PendingWrites(template);
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingWrites writes
                    && writes.template.getDataSource() == template.getDataSource()) {
                return writes;
            }
        }
        PendingWrites writes = new PendingWrites(template);
        TransactionSynchronizationManager.registerSynchronization(writes);
        return writes;
    }

    /**
     * A write that need not be sent at once: with the current transaction's pending writes, before it commits;
     * without a transaction, at once.
     */
    public static void later(JdbcTemplate template, String namedSql, SqlParameterSource parameters) {
        PendingWrites writes = ofTransaction(template);
        writes.add(namedSql, parameters);
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            writes.send();
        }
    }

    /** Adds a statement with named parameters; answers its index among the statements the next {@link #send} sends. */
    public int add(String namedSql, SqlParameterSource parameters) {
        if (committing) {
            throw new IllegalStateException("A write was added after the transaction's writes were sent: " + namedSql);
        }
        ParsedSql parsed = PARSED.computeIfAbsent(namedSql, NamedParameterUtils::parseSqlStatement);
        if (statements > 0) {
            sql.append(";\n");
        }
        sql.append(NamedParameterUtils.substituteNamedParameters(parsed, parameters));
        arguments.addAll(Arrays.asList(NamedParameterUtils.buildValueArray(parsed, parameters, null)));
        return statements++;
    }

    /** Sends the pending statements in one round trip; answers the rows each changed, in the order added. */
    public int[] send() {
        if (statements == 0) {
            return new int[0];
        }
        String joined = sql.toString();
        Object[] values = arguments.toArray();
        int count = statements;
        sql.setLength(0);
        arguments.clear();
        statements = 0;
        int[] counts = template.execute(
                (java.sql.Connection connection) -> connection.prepareStatement(joined),
                (PreparedStatement statement) -> {
                    new ArgumentPreparedStatementSetter(values).setValues(statement);
                    statement.execute();
                    int[] changed = new int[count];
                    for (int i = 0; i < count; i++) {
                        changed[i] = statement.getUpdateCount();
                        statement.getMoreResults();
                    }
                    return changed;
                });
        return Objects.requireNonNull(counts);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        send();
        committing = true;
    }
}
