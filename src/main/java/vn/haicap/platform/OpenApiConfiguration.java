package vn.haicap.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI haicapOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Haicap API")
                        .version("v1")
                        .description("Two-tier local government of Vietnam: administrative units, address conversion, "
                                + "and the capabilities built on them. Errors are RFC 9457 problem+json with a stable "
                                + "`code`; send Accept-Language vi, en or fr. Reference data is public and rate-limited "
                                + "per client; everything else needs HTTP basic authentication.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")));
    }
}
