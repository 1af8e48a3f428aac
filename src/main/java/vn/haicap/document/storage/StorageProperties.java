package vn.haicap.document.storage;

import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param store {@code filesystem} (default) or {@code s3}
 * @param dir the folder of the file-system store
 * @param s3 the object store, when {@code store=s3}
 */
@ConfigurationProperties("haicap.documents")
public record StorageProperties(
        @DefaultValue("filesystem") String store,
        @DefaultValue("./data/documents") Path dir,
        @DefaultValue S3 s3) {

    /**
     * @param endpoint e.g. {@code https://s3.example.vn}; empty for AWS itself
     * @param region any region name the store accepts
     * @param bucket the bucket, which must exist
     * @param prefix a key prefix, e.g. {@code documents/}
     * @param accessKey the access key (from the environment, never committed)
     * @param secretKey the secret key
     * @param pathStyle path-style addressing ({@code endpoint/bucket/key}), which most non-AWS stores need
     */
    public record S3(
            @Nullable URI endpoint,
            @DefaultValue("us-east-1") String region,
            @DefaultValue("haicap-documents") String bucket,
            @DefaultValue("") String prefix,
            @Nullable String accessKey,
            @Nullable String secretKey,
            @DefaultValue("true") boolean pathStyle) {}
}
