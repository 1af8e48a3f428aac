package vn.haicap.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Vietnamese first, English and French too. The language follows {@code ?lang=}, then a cookie,
 * then the browser's Accept-Language, then Vietnamese.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH, Locale.FRENCH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("haicap-lang");
        resolver.setDefaultLocaleFunction(request -> {
            Locale requested = request.getLocale();
            if (request.getHeader("Accept-Language") == null) {
                return VIETNAMESE;
            }
            return SUPPORTED.stream()
                    .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                    .findFirst()
                    .orElse(VIETNAMESE);
        });
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * The webjars locator turns Spring's resource chain on, and with it a filter that, for every link a page
     * renders, looks for a static resource of that path on the classpath (a jar lookup per link, not cached
     * when there is none): 85 % of the time of a page of 1,700 rows. Links are not versioned here, and the
     * version-less {@code /webjars/...} paths are still resolved when the file is served, so it is off.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> disabledResourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new LanguageLinks());
    }
}
