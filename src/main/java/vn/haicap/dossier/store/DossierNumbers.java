package vn.haicap.dossier.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The numbers of the day's dossiers per receiving unit, taken in a transaction of their own. Taken inside the
 * submission's transaction, the counter row stayed locked until that transaction committed, so every other
 * submission to the same unit waited for it: a unit's intake was capped at one submission per commit time
 * (docs/benchmarks.md, "One-stop shop").
 *
 * <p>The number is taken on a small pool of its own, so that a submission holding a connection of the main pool
 * never waits for a second one from it (a pool exhausted by such submissions would wait for ever). These
 * connections do not wait for their commit to reach the disk: the submission's own commit, later in the same
 * log, makes it durable. A submission that fails after taking its number leaves that number unused, as a
 * PostgreSQL sequence would; numbers are never given twice.
 */
@Component
class DossierNumbers implements DisposableBean {

    private static final int POOL_SIZE = 4;

    private final JdbcClient jdbc;
    private final HikariDataSource ownPool;

    DossierNumbers(DataSource dataSource) throws SQLException {
        if (!dataSource.isWrapperFor(HikariDataSource.class)) {
            throw new IllegalStateException("Dossier numbers need the application's data source to be Hikari's");
        }
        HikariDataSource main = dataSource.unwrap(HikariDataSource.class);
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("haicap-dossier-numbers");
        pool.setJdbcUrl(main.getJdbcUrl());
        pool.setUsername(main.getUsername());
        pool.setPassword(main.getPassword());
        pool.setDataSourceProperties(main.getDataSourceProperties());
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(main.getConnectionTimeout());
        pool.setAutoCommit(true);
        pool.setConnectionInitSql("set synchronous_commit = off");
        this.ownPool = pool;
        this.jdbc = JdbcClient.create(pool);
    }

    /** The next number of the day for a unit, committed at once. */
    long next(String agency, LocalDate day) {
        return jdbc.sql("""
                insert into dossier.code_sequence (agency, day, last) values (:agency, :day, 1)
                on conflict (agency, day) do update set last = dossier.code_sequence.last + 1
                returning last
                """)
                .param("agency", agency)
                .param("day", day)
                .query(Long.class)
                .single();
    }

    @Override
    public void destroy() {
        ownPool.close();
    }
}
