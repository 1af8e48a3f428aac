package vn.haicap.document;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.haicap.document.storage.BlobStore;
import vn.haicap.document.storage.StagedFile;

/**
 * Moves the bytes that migrations staged in {@code document.blob_import} (the dossier papers once kept as
 * {@code bytea}, migration V20261123_1000) into the blob store, before the application serves requests.
 * Each blob is written (idempotent: named by its hash) before its staging row is deleted, so a crash in
 * between only repeats work.
 */
@Component
class LegacyBlobImport implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LegacyBlobImport.class);

    private final JdbcClient jdbc;
    private final BlobStore blobs;

    LegacyBlobImport(JdbcClient jdbc, BlobStore blobs) {
        this.jdbc = jdbc;
        this.blobs = blobs;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int moved = 0;
        String last = "";
        while (true) {
            List<String> hashes = jdbc.sql(
                            "select sha256 from document.blob_import where sha256 > :last order by sha256 limit 100")
                    .param("last", last)
                    .query(String.class)
                    .list();
            if (hashes.isEmpty()) {
                break;
            }
            for (String sha256 : hashes) {
                last = sha256;
                byte[] content = jdbc.sql("select content from document.blob_import where sha256 = :sha256")
                        .param("sha256", sha256)
                        .query(byte[].class)
                        .single();
                try {
                    move(sha256.strip(), content);
                } catch (IllegalArgumentException e) {
                    // bytes that do not hash to their recorded SHA-256: kept in the staging table for a person
                    log.error("Dossier paper {} does not match its hash; left in document.blob_import", sha256, e);
                    continue;
                }
                jdbc.sql("delete from document.blob_import where sha256 = :sha256")
                        .param("sha256", sha256)
                        .update();
                moved++;
            }
        }
        if (moved > 0) {
            log.info("Moved {} dossier papers from the database into the document store", moved);
        }
    }

    private void move(String sha256, byte[] content) {
        blobs.put(sha256, StagedFile.of(content));
    }
}
