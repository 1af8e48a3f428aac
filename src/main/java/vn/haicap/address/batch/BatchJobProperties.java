package vn.haicap.address.batch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Batch conversions uploaded from the web page.
 *
 * @param directory where uploads and results are kept; blank means {@code ${HAICAP_DATA:./data}/batch}
 * @param retention how long a result stays downloadable after its job ended
 * @param concurrency how many jobs run at once
 * @param queueCapacity how many more may wait; beyond that an upload is refused
 */
@ConfigurationProperties("haicap.address.batch")
record BatchJobProperties(
        @DefaultValue("") String directory,
        @DefaultValue("3h") Duration retention,
        @DefaultValue("2") int concurrency,
        @DefaultValue("20") int queueCapacity) {}
