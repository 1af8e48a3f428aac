package vn.haicap.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.haicap.document.inspection.InspectedFile;

/** The table {@code document.document}: rows are inserted, never updated. */
@Repository
class DocumentRepository {

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StoredDocument insert(
            UUID id,
            String sha256,
            long size,
            InspectedFile file,
            NewDocument document,
            @Nullable StoredDocument previous) {
        String title = document.title() == null || document.title().isBlank()
                ? file.name()
                : document.title().strip();
        return jdbc.sql("""
                insert into document.document (id, sha256, media_type, size, file_name, owner, kind, title, issuer,
                    language, page_count, dossier_code, province_code, commune_code, valid_until, previous_id,
                    version, extracted_text, created_by)
                values (:id, :sha256, :mediaType, :size, :fileName, :owner, :kind, :title, :issuer, :language,
                    :pageCount, :dossierCode, :province, :commune, :validUntil, :previous, :version, :text, :createdBy)
                returning *
                """)
                .param("id", id)
                .param("sha256", sha256)
                .param("mediaType", file.mediaType())
                .param("size", size)
                .param("fileName", file.name())
                .param("owner", document.owner())
                .param("kind", document.kind().key())
                .param("title", title)
                .param("issuer", document.issuer())
                .param("language", document.language())
                .param("pageCount", file.pageCount())
                .param("dossierCode", document.dossierCode())
                .param("province", document.provinceCode())
                .param("commune", document.communeCode())
                .param("validUntil", document.validUntil())
                .param("previous", previous == null ? null : previous.id())
                .param("version", previous == null ? 1 : previous.version() + 1)
                .param("text", file.text())
                .param("createdBy", document.createdBy())
                .query(DocumentRepository::document)
                .single();
    }

    Optional<StoredDocument> find(UUID id) {
        return jdbc.sql("select * from document.document where id = :id")
                .param("id", id)
                .query(DocumentRepository::document)
                .optional();
    }

    /** The owner's papers with these bytes, not replaced by a newer version, by hash: the first recorded of each. */
    java.util.Map<String, StoredDocument> livePapers(String owner, java.util.Collection<String> sha256s) {
        java.util.Map<String, StoredDocument> held = new java.util.HashMap<>();
        jdbc.sql("""
                        select distinct on (d.sha256) * from document.document d
                        where d.owner = :owner and d.sha256 = any(:sha256s) and d.kind = 'paper'
                          and not exists (select 1 from document.document n where n.previous_id = d.id)
                        order by d.sha256, d.created_at
                        """)
                .param("owner", owner)
                .param("sha256s", sha256s.toArray(String[]::new))
                .query(DocumentRepository::document)
                .list()
                .forEach(document -> held.put(document.sha256(), document));
        return held;
    }

    Optional<String> text(UUID id) {
        return jdbc.sql("select extracted_text from document.document where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /** The kept texts of these documents, by id; a document without one is absent or empty. */
    java.util.Map<UUID, String> texts(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, String> texts = new java.util.HashMap<>();
        jdbc.sql("select id, extracted_text from document.document where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(rs -> {
                    texts.put(rs.getObject("id", UUID.class), rs.getString("extracted_text"));
                });
        return texts;
    }

    /** The text extracted after the document was recorded: the one column the trigger lets change. */
    void saveText(UUID id, String text) {
        jdbc.sql("update document.document set extracted_text = :text where id = :id and extracted_text = ''")
                .param("id", id)
                .param("text", text)
                .update();
    }

    Optional<UUID> successorOf(UUID id) {
        return jdbc.sql("select id from document.document where previous_id = :id")
                .param("id", id)
                .query(UUID.class)
                .optional();
    }

    List<WalletEntry> wallet(String owner, LocalDate today) {
        return jdbc.sql("""
                select d.*, r.result_code, r.number_symbol
                from document.document d
                left join document.register_entry r on r.document_id = d.id
                where d.owner = :owner and d.kind in ('paper', 'result')
                  and not exists (select 1 from document.document n where n.previous_id = d.id)
                  and (d.valid_until is null or d.valid_until >= :today)
                  and (r.id is null or r.destroyed_at is null)
                order by d.created_at desc, d.id
                """)
                .param("owner", owner)
                .param("today", today)
                .query((rs, n) -> new WalletEntry(
                        rs.getObject("id", UUID.class),
                        DocumentKind.fromKey(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("file_name"),
                        rs.getString("media_type"),
                        rs.getString("sha256"),
                        rs.getString("issuer"),
                        rs.getObject("valid_until", LocalDate.class),
                        rs.getString("dossier_code"),
                        rs.getString("result_code"),
                        rs.getString("number_symbol"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    static StoredDocument document(ResultSet rs, int row) throws SQLException {
        return new StoredDocument(
                rs.getObject("id", UUID.class),
                rs.getString("sha256"),
                rs.getString("media_type"),
                rs.getLong("size"),
                rs.getString("file_name"),
                rs.getString("owner"),
                DocumentKind.fromKey(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("issuer"),
                rs.getString("language"),
                rs.getObject("page_count", Integer.class),
                rs.getString("dossier_code"),
                rs.getString("province_code"),
                rs.getString("commune_code"),
                rs.getObject("valid_until", LocalDate.class),
                rs.getObject("previous_id", UUID.class),
                rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"));
    }
}
