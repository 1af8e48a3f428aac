package vn.haicap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
class FoundationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api() {
        return new Api(port);
    }

    @Autowired
    org.thymeleaf.spring6.SpringTemplateEngine templates;

    @Test
    void theTemplateExpressionCacheHoldsTheExpressionsOfEveryTemplate() throws IOException {
        java.util.regex.Pattern attribute = java.util.regex.Pattern.compile("th:[a-z-]+=\"[^\"]*\"");
        java.util.Set<String> expressions = new java.util.HashSet<>();
        for (org.springframework.core.io.Resource template :
                new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                        .getResources("classpath:templates/**/*.html")) {
            attribute
                    .matcher(template.getContentAsString(StandardCharsets.UTF_8))
                    .results()
                    .forEach(match -> expressions.add(match.group()));
        }
        assertThat(expressions).hasSizeGreaterThan(1_000);
        // each attribute is cached as a Thymeleaf expression and as its SpEL parts: a few entries each
        assertThat(((org.thymeleaf.cache.StandardCacheManager) templates.getCacheManager()).getExpressionCacheMaxSize())
                .isGreaterThan(5 * expressions.size());
    }

    @Test
    void languageLinksOfAPageKeepItsOtherQueryParameters() {
        HttpResponse<String> page = api().get("/units?q=ha&lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"?q=ha&amp;lang=fr\"", "href=\"?q=ha&amp;lang=vi\"");
    }

    @Test
    void reportsHealthUp() {
        HttpResponse<String> response = api().get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Api.json(response).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void answersUnknownApiPathsWithProblemJsonInTheCallersLanguage() {
        HttpResponse<String> response = api().send(Api.basic(
                        api().request("/api/v1/nowhere")
                                .header("Accept-Language", "en")
                                .GET(),
                        "citizen",
                        "Demo-citizen-2025")
                .build());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = Api.json(response);
        assertThat(problem.get("code").asString()).isEqualTo("common.not-found");
        assertThat(problem.get("detail").asString()).isEqualTo("Not found.");
    }

    @Test
    void asksForAuthenticationOnProtectedApiInVietnameseByDefault() {
        HttpResponse<String> response = api().get("/api/v1/me");
        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode problem = Api.json(response);
        assertThat(problem.get("code").asString()).isEqualTo("common.unauthenticated");
        assertThat(problem.get("detail").asString()).contains("Cần đăng nhập");
    }

    @Test
    void everyDemoAccountInTheDocsSignsInToTheApiWithItsRolesAndJurisdiction() throws IOException {
        for (CSVRecord account : demoAccounts()) {
            HttpResponse<String> response = api().send(Api.basic(
                            api().request("/api/v1/me").GET(), account.get("username"), account.get("password"))
                    .build());
            assertThat(response.statusCode()).as(account.get("username")).isEqualTo(200);
            JsonNode me = Api.json(response);
            assertThat(me.get("username").asString()).isEqualTo(account.get("username"));
            List<String> roles =
                    me.get("roles").valueStream().map(JsonNode::asString).toList();
            assertThat(roles).containsExactlyInAnyOrder(account.get("roles").split(";"));
            String jurisdiction = me.get("jurisdiction").isNull()
                    ? ""
                    : me.get("jurisdiction").asString();
            assertThat(jurisdiction).isEqualTo(account.get("jurisdiction"));
        }
    }

    @Test
    void refusesAWrongPassword() {
        HttpResponse<String> response = api().send(
                        Api.basic(api().request("/api/v1/me").GET(), "citizen", "wrong")
                                .build());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void storesPasswordsOnlyAsSlowSaltedHashes() {
        List<String> hashes = jdbc.sql("select password_hash from account.user_account")
                .query(String.class)
                .list();
        assertThat(hashes).isNotEmpty().allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2"));
    }

    @Test
    void docsListTheSameDemoAccountsTheApplicationCreates() throws IOException {
        String shipped =
                new ClassPathResource("evaluation/demo-accounts.csv").getContentAsString(StandardCharsets.UTF_8);
        assertThat(Files.readString(Path.of("docs/demo-accounts.csv"))).isEqualTo(shipped);
    }

    @Test
    void auditLogRefusesChangesToRecordedEntries() {
        jdbc.sql(
                        "insert into audit.audit_entry (occurred_at, actor, action, subject_type) values (now(), 'test', 'test.probe', 'test')")
                .update();
        assertThatThrownBy(() -> jdbc.sql("update audit.audit_entry set actor = 'someone else'")
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.audit_entry").update())
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void servesTheOpenApiDescription() {
        // springdoc builds the description on the first request: 8 s on a quiet 2-core machine, over a minute when busy
        HttpResponse<String> response = api().send(api().request("/v3/api-docs")
                .timeout(java.time.Duration.ofMinutes(4))
                .GET()
                .build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Api.json(response).at("/info/title").asString()).isEqualTo("Haicap API");
    }

    private static List<CSVRecord> demoAccounts() throws IOException {
        try (var reader = Files.newBufferedReader(Path.of("docs/demo-accounts.csv"))) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }
}
