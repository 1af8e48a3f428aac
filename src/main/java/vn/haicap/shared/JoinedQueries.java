package vn.haicap.shared;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

/**
 * Queries joined by semicolons, sent to PostgreSQL in one round trip: the driver sends them together, PostgreSQL
 * runs them in turn (each with its own snapshot), and their results are read in order. The reads' counterpart of
 * {@link PendingWrites}.
 */
public final class JoinedQueries {

    private JoinedQueries() {}

    /** The results of the joined queries, one after the other. */
    public interface Results {
        /** Reads the next query's rows. */
        <R> @Nullable R next(ResultSetExtractor<R> extractor) throws SQLException;
    }

    /** What to make of the results. */
    @FunctionalInterface
    public interface Reader<T> {
        @Nullable
        T read(Results results) throws SQLException;
    }

    /** Runs {@code sql} (queries joined by semicolons, with positional parameters across them all). */
    public static <T> @Nullable T query(JdbcTemplate template, String sql, Object[] arguments, Reader<T> reader) {
        return template.execute(
                (java.sql.Connection connection) -> connection.prepareStatement(sql), (PreparedStatement statement) -> {
                    new ArgumentPreparedStatementSetter(arguments).setValues(statement);
                    statement.execute();
                    return reader.read(new Results() {
                        private boolean first = true;

                        @Override
                        public <R> @Nullable R next(ResultSetExtractor<R> extractor) throws SQLException {
                            if (!first) {
                                statement.getMoreResults();
                            }
                            first = false;
                            try (ResultSet rs = statement.getResultSet()) {
                                return extractor.extractData(rs);
                            }
                        }
                    });
                });
    }
}
