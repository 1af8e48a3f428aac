package vn.haicap.adminunit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.haicap.adminunit.AdminUnits;

/**
 * Reference data changes only with the data set: every answer carries a strong ETag made of the data
 * set's fingerprint, the request and today's date (the default date), and may be cached for an hour.
 */
@Component
class ReferenceCaching {

    static final CacheControl CACHE_CONTROL =
            CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final AdminUnits units;

    ReferenceCaching(AdminUnits units) {
        this.units = units;
    }

    <T> ResponseEntity<T> answer(HttpServletRequest request, T body) {
        String etag = etag(request);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(CACHE_CONTROL)
                    .build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CACHE_CONTROL).body(body);
    }

    String etag(HttpServletRequest request) {
        String query = request.getQueryString();
        String key = units.datasetFingerprint() + "\n" + request.getRequestURI() + "?" + (query == null ? "" : query)
                + "\n" + units.today();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match uses the weak comparison: {@code W/"x"} matches {@code "x"}; {@code *} matches anything. */
    static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
