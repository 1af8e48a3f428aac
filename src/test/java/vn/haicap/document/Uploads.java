package vn.haicap.document;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import vn.haicap.support.Api;

/** Multipart uploads to the document API through real HTTP. */
final class Uploads {

    private final Api api;

    Uploads(Api api) {
        this.api = api;
    }

    HttpResponse<String> upload(
            String user, String password, String path, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----haicap" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(Api.basic(api.request(path), user, password)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    HttpResponse<String> get(String user, String password, String path) {
        return api.send(Api.basic(api.request(path), user, password)
                .header("Accept-Language", "en")
                .GET()
                .build());
    }
}
