package vn.haicap.adminunit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AdminUnitDatasetConfiguration {

    @Bean
    AdminUnitDataset adminUnitDataset() {
        return AdminUnitDataset.loadFromClasspath();
    }
}
