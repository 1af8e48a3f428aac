package vn.haicap.document.storage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** Chooses the blob store with {@code haicap.documents.store}: {@code filesystem} (default) or {@code s3}. */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

    @Bean
    @ConditionalOnProperty(name = "haicap.documents.store", havingValue = "filesystem", matchIfMissing = true)
    BlobStore fileSystemBlobStore(StorageProperties properties) {
        return new FileSystemBlobStore(properties.dir());
    }

    @Bean
    @ConditionalOnProperty(name = "haicap.documents.store", havingValue = "s3")
    BlobStore s3BlobStore(StorageProperties properties) {
        return new S3BlobStore(
                s3Client(properties.s3()),
                properties.s3().bucket(),
                properties.s3().prefix());
    }

    /** An S3 client for any endpoint; static keys when given, otherwise the SDK's default chain. */
    public static S3Client s3Client(StorageProperties.S3 s3) {
        var builder = S3Client.builder()
                .region(Region.of(s3.region()))
                // checksums only where S3 requires them: many S3-compatible stores reject the newer headers
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(s3.pathStyle())
                        .build());
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        if (s3.accessKey() != null && s3.secretKey() != null) {
            builder.credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
