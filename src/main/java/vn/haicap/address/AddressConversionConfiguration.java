package vn.haicap.address;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.haicap.address.matching.AddressMatcher;
import vn.haicap.adminunit.AdminUnitDataset;

@Configuration(proxyBeanMethods = false)
class AddressConversionConfiguration {

    @Bean
    AddressConverter addressConverter(AdminUnitDataset dataset) {
        return AddressMatcher.from(dataset);
    }
}
