package vn.haicap.platform;

import java.nio.file.Path;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param embedded whether Haicap runs its own PostgreSQL (evaluation mode)
 * @param dataDir where the embedded PostgreSQL keeps its files; blank means a fresh folder under
 *     {@code scratchDir} (used by tests)
 */
@ConfigurationProperties("haicap.db")
record DatabaseProperties(
        @DefaultValue("true") boolean embedded,
        @Nullable String dataDir,
        @DefaultValue("target/test-pg") String scratchDir,
        @DefaultValue("20") int poolSize) {

    Path resolvedDataDir() {
        if (dataDir == null || dataDir.isBlank()) {
            return Path.of(scratchDir, UUID.randomUUID().toString()).toAbsolutePath();
        }
        return Path.of(dataDir).toAbsolutePath();
    }
}
