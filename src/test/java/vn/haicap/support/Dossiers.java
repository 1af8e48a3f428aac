package vn.haicap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/** Drives dossiers through the API as the demo accounts: submissions with every paper, transitions. */
public final class Dossiers {

    /** A small but real PDF. */
    public static final String PDF = Pdfs.base64(Pdfs.page("Giay to kem theo ho so"));

    private final Api api;

    public Dossiers(int port) {
        this.api = new Api(port);
    }

    /** Submits online as the demo citizen, with one scan for each paper the procedure lists. */
    public JsonNode submitOnline(String procedure, String commune) {
        JsonNode papers = Api.json(api.get("/api/v1/procedures/" + procedure)).get("papers");
        String documents = IntStream.rangeClosed(1, papers.size())
                .mapToObj(i ->
                        "{\"name\":\"giay-to-%d.pdf\",\"mediaType\":\"application/pdf\",\"content\":\"%s\",\"paper\":%d}"
                                .formatted(i, PDF, i))
                .collect(Collectors.joining(","));
        String body = """
                {"procedureCode": "%s", "channel": "online", "receivingCommune": "%s", "residenceCommune": "%s",
                 "applicant": {"name": "Trần Văn Bình", "idNumber": "001085000456", "address": "5 Đội Cấn, Hà Nội",
                               "email": "binh@example.vn", "phone": "0987654321"},
                 "documents": [%s]}
                """.formatted(procedure, commune, commune, documents);
        HttpResponse<String> response =
                api.send(Api.basic(api.request("/api/v1/dossiers"), "citizen", "Demo-citizen-2025")
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.json(response);
    }

    public JsonNode get(String user, String password, String code) {
        HttpResponse<String> response = api.send(Api.basic(api.request("/api/v1/dossiers/" + code), user, password)
                .GET()
                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    /** A transition at the dossier's current version. */
    public HttpResponse<String> transition(String user, String password, String code, String action, String reason) {
        int version = get(user, password, code).get("version").asInt();
        String body = reason == null
                ? "{\"action\":\"%s\",\"version\":%d}".formatted(action, version)
                : "{\"action\":\"%s\",\"reason\":\"%s\",\"version\":%d}".formatted(action, reason, version);
        return api.send(Api.basic(api.request("/api/v1/dossiers/" + code + "/transitions"), user, password)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public JsonNode act(String user, String password, String code, String action, String reason) {
        HttpResponse<String> response = transition(user, password, code, action, reason);
        assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
        return Api.json(response);
    }
}
