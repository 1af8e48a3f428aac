package vn.haicap.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Evaluation mode: Haicap starts its own PostgreSQL 17 in {@code haicap.db.data-dir}. Production sets
 * {@code haicap.db.embedded=false} and the standard {@code spring.datasource.*} properties.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "haicap.db.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException {
        Path dataDir = properties.resolvedDataDir();
        Files.createDirectories(dataDir.getParent());
        StalePostmaster.clear(dataDir);
        log.info("Starting embedded PostgreSQL in {}", dataDir.toAbsolutePath());
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // Spring stops it after the beans that use it, not a JVM hook racing them
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky turns these off for speed; an acknowledged write must survive a crash
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                // a search's bitmap of matches stays exact (no lossy pages to recheck) up to ~a million rows
                .setServerConfig("work_mem", "32MB")
                // local SSD, data mostly cached: an index read costs about a sequential one (the default 4 made
                // the planner scan whole tables for a province's statistics)
                .setServerConfig("random_page_cost", "1.1")
                .setServerConfig("timezone", "UTC")
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, DatabaseProperties properties) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .password("postgres")
                .build();
        dataSource.setMaximumPoolSize(properties.poolSize());
        dataSource.setPoolName("haicap-embedded");
        dataSource.setConnectionTimeout(10_000);
        // a JDBC batch of inserts goes as multi-row statements (imports: fewer round trips and trigger calls)
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }

    static final class StalePostmaster {

        private StalePostmaster() {}

        /** After a kill -9 the postmaster may outlive the JVM and block the next start. */
        static void clear(Path dataDir) {
            Path pidFile = dataDir.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            try {
                String firstLine = Files.readAllLines(pidFile).stream()
                        .findFirst()
                        .orElse("")
                        .strip();
                long pid = firstLine.isEmpty() ? -1 : Long.parseLong(firstLine);
                var process = ProcessHandle.of(pid);
                boolean isPostgres = process.flatMap(p -> p.info().command())
                        .map(cmd -> cmd.contains("postgres"))
                        .orElse(false);
                if (isPostgres) {
                    log.warn("Stopping a stale PostgreSQL (pid {}) left in {}", pid, dataDir);
                    process.get().destroy();
                    process.get()
                            .onExit()
                            .get(
                                    java.util.concurrent.TimeUnit.SECONDS.toMillis(30),
                                    java.util.concurrent.TimeUnit.MILLISECONDS);
                }
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NumberFormatException
                    | java.util.concurrent.ExecutionException
                    | java.util.concurrent.TimeoutException e) {
                log.warn("Could not read {}: {}; removing it", pidFile, e.toString());
                deleteQuietly(pidFile);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void deleteQuietly(Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
