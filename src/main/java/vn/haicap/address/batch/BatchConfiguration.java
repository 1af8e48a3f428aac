package vn.haicap.address.batch;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.haicap.address.AddressConverter;

@Configuration(proxyBeanMethods = false)
class BatchConfiguration {

    @Bean
    AddressBatchConverter addressBatchConverter(AddressConverter converter) {
        return new AddressBatchConverter(converter);
    }
}
