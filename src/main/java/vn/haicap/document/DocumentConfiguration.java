package vn.haicap.document;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.haicap.document.inspection.ClamAvScanner;
import vn.haicap.document.inspection.DocumentInspection;
import vn.haicap.document.inspection.InspectionProperties;
import vn.haicap.document.inspection.MalwareScanner;

/**
 * The inspection and the malware scanner: none by default; ClamAV's daemon with {@code
 * haicap.documents.clamav.enabled=true} (and {@code .host}, {@code .port}, {@code .timeout}).
 */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

    @Bean
    DocumentInspection documentInspection(InspectionProperties limits) {
        return new DocumentInspection(limits);
    }

    @Bean
    MalwareScanner malwareScanner(
            @Value("${haicap.documents.clamav.enabled:false}") boolean enabled,
            @Value("${haicap.documents.clamav.host:localhost}") String host,
            @Value("${haicap.documents.clamav.port:3310}") int port,
            @Value("${haicap.documents.clamav.timeout:30s}") Duration timeout) {
        return enabled ? new ClamAvScanner(host, port, timeout) : MalwareScanner.NONE;
    }
}
