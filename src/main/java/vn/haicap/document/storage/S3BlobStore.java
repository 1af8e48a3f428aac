package vn.haicap.document.storage;

import java.io.InputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects of one bucket in any S3-compatible store (AWS, MinIO, Ceph, Garage, S3Mock), keyed
 * {@code <prefix>ab/cd/abcd…}. An S3 PUT is atomic: the object appears whole or not at all.
 */
public class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3BlobStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    String keyOf(String sha256) {
        BlobStore.checked(sha256);
        return prefix + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    @Override
    public void put(String sha256, StagedFile content) {
        if (!content.sha256().equals(sha256)) {
            throw new IllegalArgumentException("content hashes to " + content.sha256() + ", not " + sha256);
        }
        if (exists(sha256)) {
            return;
        }
        s3.putObject(
                PutObjectRequest.builder()
                        .bucket(bucket)
                        .key(keyOf(sha256))
                        .metadata(java.util.Map.of("sha256", sha256))
                        .build(),
                content.bytes() != null
                        ? RequestBody.fromBytes(content.bytes())
                        : RequestBody.fromFile(content.file()));
    }

    @Override
    public InputStream get(String sha256) {
        try {
            return s3.getObject(
                    GetObjectRequest.builder().bucket(bucket).key(keyOf(sha256)).build());
        } catch (NoSuchKeyException e) {
            throw new BlobNotFound(sha256);
        }
    }

    @Override
    public boolean exists(String sha256) {
        try {
            s3.headObject(HeadObjectRequest.builder()
                    .bucket(bucket)
                    .key(keyOf(sha256))
                    .build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean delete(String sha256) {
        boolean existed = exists(sha256);
        s3.deleteObject(
                DeleteObjectRequest.builder().bucket(bucket).key(keyOf(sha256)).build());
        return existed;
    }
}
