package vn.haicap.document.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.haicap.document.inspection.InspectionProperties;

@Configuration(proxyBeanMethods = false)
class UploadLimitConfiguration {

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(InspectionProperties limits, MessageSource messages) {
        FilterRegistrationBean<UploadLimitFilter> registration =
                new FilterRegistrationBean<>(new UploadLimitFilter(limits, messages));
        registration.addUrlPatterns(
                "/api/v1/documents",
                "/api/v1/documents/*",
                "/api/v1/dossiers",
                "/api/v1/dossiers/*",
                "/dossiers/new",
                "/dossiers/register");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
