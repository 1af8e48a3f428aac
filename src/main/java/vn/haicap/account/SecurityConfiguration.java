package vn.haicap.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two chains: the JSON API (stateless, HTTP basic, no CSRF since no cookie authenticates it) and the
 * pages (form login, session cookie, CSRF on every form). Reference data is public.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_API = {
        "/api/v1/units/**", "/api/v1/addresses/**", "/api/v1/public/**", "/api/v1/tracking/**", "/api/v1/verify/**"
    };
    /** Public for reading; administrators change it. */
    static final String[] PUBLIC_READ_API = {"/api/v1/calendar/**", "/api/v1/procedures/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm stored in each hash so that it can be upgraded later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ReferenceDataRateLimit rateLimit,
            UserAccounts accounts,
            PasswordEncoder passwords,
            org.springframework.context.ApplicationEventPublisher events)
            throws Exception {
        org.springframework.security.authentication.dao.DaoAuthenticationProvider checker =
                new org.springframework.security.authentication.dao.DaoAuthenticationProvider(accounts);
        checker.setPasswordEncoder(passwords);
        org.springframework.security.authentication.ProviderManager manager =
                new org.springframework.security.authentication.ProviderManager(new RememberedCredentials(checker));
        // failed API logins still reach the audit log
        manager.setAuthenticationEventPublisher(
                new org.springframework.security.authentication.DefaultAuthenticationEventPublisher(events));
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_API)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_READ_API)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.realmName("Haicap"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(rateLimit, BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/",
                                "/login",
                                "/error",
                                "/units/**",
                                "/addresses/**",
                                "/calendar",
                                "/calendar/deadline",
                                "/track",
                                "/track/**",
                                "/verify",
                                "/procedures",
                                "/procedures/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasAnyRole("MINISTRY_ADMIN", "PROVINCE_ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/?logout"))
                .httpBasic(basic -> basic.realmName("Haicap"))
                .headers(headers -> headers.referrerPolicy(
                        policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
