package vn.haicap.address.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
class ExpiredJobPollingIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void pollingAJobThatNoLongerExistsStopsThePollingAndSaysWhy() {
        Api api = new Api(port);
        HttpResponse<String> response =
                api.send(api.request("/addresses/convert/batch/" + UUID.randomUUID() + "?lang=en")
                        .header("HX-Request", "true")
                        .GET()
                        .build());
        assertThat(response.statusCode()).isEqualTo(286);
        assertThat(response.body()).contains("role=\"alert\"").doesNotContain("<html");
    }

    @Test
    void openingAJobThatNoLongerExistsIsANotFoundPage() {
        Api api = new Api(port);
        HttpResponse<String> response = api.get("/addresses/convert/batch/" + UUID.randomUUID());
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
