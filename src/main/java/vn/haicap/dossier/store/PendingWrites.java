package vn.haicap.dossier.store;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The writes of one step of a dossier (its row, its transitions, documents and notifications), sent to
 * PostgreSQL together when {@link #flush} is called: the driver sends statements joined by semicolons in one
 * round trip and answers each one's count. A submission or a transition thus writes in one round trip instead
 * of one per row. Nothing is sent before {@link #flush}, so a caller flushes before reading what it wrote.
 */
public final class PendingWrites {

    private static final Map<String, ParsedSql> PARSED = new ConcurrentHashMap<>();

    private final JdbcTemplate template;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> arguments = new ArrayList<>();
    private int statements;

    PendingWrites(JdbcTemplate template) {
        this.template = template;
    }

    /** Adds a statement with named parameters; returns its index among the pending ones. */
    int add(String namedSql, SqlParameterSource parameters) {
        ParsedSql parsed = PARSED.computeIfAbsent(namedSql, NamedParameterUtils::parseSqlStatement);
        if (statements > 0) {
            sql.append(";\n");
        }
        sql.append(NamedParameterUtils.substituteNamedParameters(parsed, parameters));
        arguments.addAll(Arrays.asList(NamedParameterUtils.buildValueArray(parsed, parameters, null)));
        return statements++;
    }

    /** Sends the pending statements in one round trip; answers the rows each changed, in the order added. */
    public int[] flush() {
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
        return java.util.Objects.requireNonNull(counts);
    }
}
