package vn.haicap.adminunit.seeding;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.haicap.adminunit.AdminUnitDataset;

/**
 * Fills the registry from the data set at start-up, all in one transaction, unless it already holds
 * this very data set (same fingerprint), in which case it costs one query.
 */
@Component
@Order(0)
class RegistrySeeder implements ApplicationRunner {

    /** Bump when the rules that turn the data set into rows change, so that existing databases are re-seeded. */
    static final String RULES_VERSION = "registry-rules-1";

    private static final Logger log = LoggerFactory.getLogger(RegistrySeeder.class);
    private static final long LOCK_KEY = 0x4164_6d69_6e55_6e69L; // "AdminUni": one seeder at a time

    private final AdminUnitDataset dataset;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    RegistrySeeder(AdminUnitDataset dataset, DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions) {
        this.dataset = dataset;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    /** @return whether the tables were (re)written */
    boolean seed() {
        String fingerprint = fingerprint();
        if (fingerprint.equals(storedFingerprint())) {
            log.debug("Administrative-unit registry is up to date ({})", fingerprint);
            return false;
        }
        Boolean written = transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)")
                    .param("key", LOCK_KEY)
                    .query()
                    .singleValue();
            if (fingerprint.equals(storedFingerprint())) {
                return false; // another instance did it meanwhile
            }
            write(fingerprint);
            return true;
        });
        return Boolean.TRUE.equals(written);
    }

    static String fingerprint() {
        return RULES_VERSION + ":" + AdminUnitDataset.fingerprint();
    }

    private String storedFingerprint() {
        return jdbc.sql("select fingerprint from adminunit.dataset_state where id = 1")
                .query(String.class)
                .optional()
                .orElse("");
    }

    private void write(String fingerprint) {
        Instant start = Instant.now();
        Registry registry = RegistryBuilder.build(dataset);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            new RegistryWriter(connection).replaceWith(registry);
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed the administrative-unit registry", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        jdbc.sql("""
                        insert into adminunit.dataset_state (id, fingerprint, seeded_at, versions, events, links)
                        values (1, :fingerprint, :now, :versions, :events, :links)
                        on conflict (id) do update set fingerprint = excluded.fingerprint,
                            seeded_at = excluded.seeded_at, versions = excluded.versions,
                            events = excluded.events, links = excluded.links
                        """)
                .param("fingerprint", fingerprint)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("versions", registry.versions().size())
                .param("events", registry.events().size())
                .param("links", registry.links().size())
                .update();
        log.info(
                "Seeded the administrative-unit registry: {} versions, {} events, {} links in {} ms",
                registry.versions().size(),
                registry.events().size(),
                registry.links().size(),
                Duration.between(start, Instant.now()).toMillis());
    }
}
