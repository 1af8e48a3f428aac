package vn.haicap.adminunit.seeding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
class RegistrySeederIntegrationTests {

    @Autowired
    RegistrySeeder seeder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsTheFingerprintOfTheSeededDataSet() {
        assertThat(jdbc.sql("select fingerprint from adminunit.dataset_state")
                        .query(String.class)
                        .single())
                .isEqualTo(RegistrySeeder.fingerprint());
        assertThat(jdbc.sql("select count(*) from adminunit.unit_version")
                        .query(Long.class)
                        .single())
                .isEqualTo(63 + 696 + 10_035 + 34 + 3_321 + 11);
    }

    @Test
    void skipsSeedingInUnderASecondWhenTheDataSetIsAlreadyThere() {
        Instant start = Instant.now();
        boolean written = seeder.seed();
        Duration took = Duration.between(start, Instant.now());

        assertThat(written).isFalse();
        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void reseedsTheSameRowsWhenTheStoredFingerprintDiffers() {
        long links = jdbc.sql("select count(*) from adminunit.lineage_link")
                .query(Long.class)
                .single();
        jdbc.sql("update adminunit.dataset_state set fingerprint = 'stale'").update();

        Instant start = Instant.now();
        boolean written = seeder.seed();

        assertThat(written).isTrue();
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(jdbc.sql("select count(*) from adminunit.lineage_link")
                        .query(Long.class)
                        .single())
                .isEqualTo(links);
        assertThat(jdbc.sql("select fingerprint from adminunit.dataset_state")
                        .query(String.class)
                        .single())
                .isEqualTo(RegistrySeeder.fingerprint());
    }
}
