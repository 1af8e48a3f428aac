package vn.haicap.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The address citizens reach Haicap at, for links printed on documents (a result's verification page), where no
 * request gives it. Set {@code haicap.public-url} in production (e.g. {@code https://dichvucong.example.gov.vn}).
 */
@ConfigurationProperties("haicap")
public record PublicSite(
        @DefaultValue("http://localhost:8080") String publicUrl) {

    /** An absolute address on the site, for a path starting with {@code /}. */
    public String link(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + path;
    }
}
