package vn.haicap.dossier.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.haicap.support.Api;

/**
 * Submits dossiers for the citizen through the real API. The papers attached are the ones the API says
 * are missing when it checks them, one small PDF each, so that the tests follow the submission rules
 * rather than a copy of them.
 */
final class TestDossiers {

    static final String PDF_BASE64 = vn.haicap.support.Pdfs.base64(vn.haicap.support.Pdfs.TO_KHAI);

    private TestDossiers() {}

    /** Online by the citizen, or registered at the counter of commune 00004 by counter.hanoi for the citizen. */
    static String submit(Api api, String procedure, String channel) {
        String username = "online".equals(channel) ? "citizen" : "counter.hanoi";
        String password = "online".equals(channel) ? "Demo-citizen-2025" : "Demo-counter-2025";
        List<String> documents = new ArrayList<>();
        documents.add(document("to-khai.pdf", null));
        HttpResponse<String> response = send(api, username, password, body(procedure, channel, documents));
        if (response.statusCode() == 400 && "dossier.papers-missing".equals(code(response))) {
            for (JsonNode missing : Api.json(response).get("missingPapers")) {
                int paper = missing.get("paper").asInt();
                documents.add(document("giay-to-" + paper + ".pdf", paper));
            }
            response = send(api, username, password, body(procedure, channel, documents));
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.json(response).get("code").asString();
    }

    private static String document(String name, @Nullable Integer paper) {
        return "{\"name\": \"%s\", \"mediaType\": \"application/pdf\", \"content\": \"%s\"%s}"
                .formatted(name, PDF_BASE64, paper == null ? "" : ", \"paper\": " + paper);
    }

    private static String body(String procedure, String channel, List<String> documents) {
        return """
                {"procedureCode": "%s", "channel": "%s", "receivingCommune": "00004", "residenceCommune": "00004",
                 "applicant": {"username": "citizen", "name": "Trần Văn Minh", "idNumber": "001090000456",
                               "address": "5 Phố Huế, Hà Nội", "phone": "0912000111"},
                 "documents": [%s]}
                """.formatted(procedure, channel, String.join(", ", documents));
    }

    private static HttpResponse<String> send(Api api, String username, String password, String body) {
        return api.send(Api.basic(api.request("/api/v1/dossiers"), username, password)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static String code(HttpResponse<String> response) {
        JsonNode code = Api.json(response).get("code");
        return code == null ? "" : code.asString();
    }
}
