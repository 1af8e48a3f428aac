package vn.haicap.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
class JurisdictionIntegrationTests {

    @LocalServerPort
    int port;

    private List<String> usernamesSeenBy(String username, String password) {
        Api api = new Api(port);
        HttpResponse<String> response =
                api.send(Api.basic(api.request("/api/v1/accounts?size=500").GET(), username, password)
                        .build());
        assertThat(response.statusCode()).as(username).isEqualTo(200);
        JsonNode body = Api.json(response);
        return body.get("items")
                .valueStream()
                .map(i -> i.get("username").asString())
                .toList();
    }

    @Test
    void provinceAdministratorSeesOnlyAccountsOfTheirProvinceIncludingItsCommunes() {
        List<String> seen = usernamesSeenBy("provinceadmin.hanoi", "Demo-provinceadmin-2025");
        assertThat(seen).contains("hr.hanoi", "counter.hanoi", "leader.hanoi", "provinceadmin.hanoi");
        assertThat(seen).doesNotContain("counter.hcm", "provinceadmin.hcm", "hr.dongnai", "ministry", "citizen");
    }

    @Test
    void communeAdministratorSeesOnlyTheirCommune() {
        List<String> seen = usernamesSeenBy("unitadmin.hanoi", "Demo-unitadmin-2025");
        assertThat(seen).contains("counter.hanoi", "unitadmin.hanoi").doesNotContain("hr.hanoi", "counter.hcm");
    }

    @Test
    void ministrySeesEveryone() {
        assertThat(usernamesSeenBy("ministry", "Demo-ministry-2025"))
                .contains("counter.hanoi", "counter.hcm", "hr.dongnai", "citizen");
    }

    @Test
    void citizensMayNotListAccounts() {
        Api api = new Api(port);
        HttpResponse<String> response =
                api.send(Api.basic(api.request("/api/v1/accounts").GET(), "citizen", "Demo-citizen-2025")
                        .build());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Api.json(response).get("code").asString()).isEqualTo("common.forbidden");
    }
}
