package vn.haicap.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.haicap.shared.Jurisdiction;
import vn.haicap.shared.PendingWrites;

/** The register of issued documents and its number series. */
@Repository
class RegisterRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RegisterRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The next number of an organisation's series for a year; the row lock serialises concurrent issues. */
    int nextNumber(String organisation, int year) {
        return jdbc.sql("""
                insert into document.number_series (issuer, year, next) values (:issuer, :year, 2)
                on conflict (issuer, year) do update set next = document.number_series.next + 1
                returning next - 1
                """)
                .param("issuer", organisation)
                .param("year", year)
                .query(Integer.class)
                .single();
    }

    /** Enters a result in the register with the transaction's other pending writes, sent before it commits. */
    void insert(
            UUID id,
            UUID documentId,
            String resultCode,
            String organisation,
            int number,
            String numberSymbol,
            ResultIssue issue) {
        PendingWrites.later(
                template,
                """
                insert into document.register_entry (id, document_id, result_code, issuer, year, number, number_symbol,
                    document_type, summary, signer, issued_on, retention_class, retention_years, dossier_code,
                    province_code, commune_code, recorded_by)
                values (:id, :documentId, :resultCode, :issuer, :year, :number, :numberSymbol, :type, :summary,
                    :signer, :issuedOn, :retentionClass, :retentionYears, :dossierCode, :province, :commune, :by)
                """,
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("documentId", documentId)
                        .addValue("resultCode", resultCode)
                        .addValue("issuer", organisation)
                        .addValue("year", issue.issuedOn().getYear())
                        .addValue("number", number)
                        .addValue("numberSymbol", numberSymbol)
                        .addValue(
                                "type",
                                issue.documentType().isBlank()
                                        ? "CV"
                                        : issue.documentType().strip())
                        .addValue("summary", issue.summary())
                        .addValue("signer", issue.signer())
                        .addValue("issuedOn", issue.issuedOn())
                        .addValue("retentionClass", issue.retentionYears() == null ? "permanent" : "fixed")
                        .addValue("retentionYears", issue.retentionYears())
                        .addValue("dossierCode", issue.dossierCode())
                        .addValue("province", issue.provinceCode())
                        .addValue("commune", issue.communeCode())
                        .addValue("by", issue.issuedBy()));
    }

    Optional<Verification> verify(String resultCode) {
        return jdbc.sql("""
                select d.sha256, r.document_type, r.issued_on from document.register_entry r
                join document.document d on d.id = r.document_id where r.result_code = :code
                """)
                .param("code", resultCode)
                .query((rs, n) -> new Verification(
                        true,
                        rs.getString("sha256"),
                        rs.getString("document_type"),
                        rs.getObject("issued_on", LocalDate.class)))
                .optional();
    }

    /**
     * Fixed-term records whose retention ends by {@code year} (issue year + retention years) and not yet
     * destroyed, within a jurisdiction: the list for the appraisal council.
     */
    List<RegisterEntry> dueBy(int year, Jurisdiction scope) {
        return jdbc.sql("""
                select * from document.register_entry
                where retention_years is not null and year + retention_years <= :year and destroyed_at is null
                  and (:national or (cast(:province as text) is not null and province_code = :province)
                       or (cast(:commune as text) is not null and commune_code = :commune))
                order by year + retention_years, issued_on, number_symbol
                """)
                .param("year", year)
                .param("national", scope.scope() == Jurisdiction.Scope.NATIONAL)
                .param("province", scope.scope() == Jurisdiction.Scope.PROVINCE ? scope.provinceCode() : null)
                .param("commune", scope.scope() == Jurisdiction.Scope.COMMUNE ? scope.communeCode() : null)
                .query((rs, n) -> new RegisterEntry(
                        rs.getObject("id", UUID.class),
                        rs.getObject("document_id", UUID.class),
                        rs.getString("result_code"),
                        rs.getString("number_symbol"),
                        rs.getString("document_type"),
                        rs.getString("summary"),
                        rs.getString("signer"),
                        rs.getObject("issued_on", LocalDate.class),
                        rs.getString("retention_class"),
                        rs.getObject("retention_years", Integer.class),
                        dueYear(rs.getInt("year"), rs.getObject("retention_years", Integer.class)),
                        rs.getString("province_code"),
                        rs.getString("commune_code")))
                .list();
    }

    /** Marks a due, not yet destroyed entry within the jurisdiction destroyed; the hash of its file, if it was. */
    Optional<String> markDestroyed(UUID id, int year, Jurisdiction scope) {
        return jdbc.sql("""
                update document.register_entry r set destroyed_at = now()
                from document.document d
                where r.id = :id and d.id = r.document_id and r.destroyed_at is null
                  and r.retention_years is not null and r.year + r.retention_years <= :year
                  and (:national or (cast(:province as text) is not null and r.province_code = :province)
                       or (cast(:commune as text) is not null and r.commune_code = :commune))
                returning d.sha256
                """)
                .param("id", id)
                .param("year", year)
                .param("national", scope.scope() == Jurisdiction.Scope.NATIONAL)
                .param("province", scope.scope() == Jurisdiction.Scope.PROVINCE ? scope.provinceCode() : null)
                .param("commune", scope.scope() == Jurisdiction.Scope.COMMUNE ? scope.communeCode() : null)
                .query(String.class)
                .optional();
    }

    /** Whether any document row whose record is not destroyed still holds this content. */
    boolean stillReferenced(String sha256) {
        return jdbc.sql("""
                select exists (select 1 from document.document d
                    where d.sha256 = :sha256 and not exists (select 1 from document.register_entry r
                        where r.document_id = d.id and r.destroyed_at is not null))
                """).param("sha256", sha256).query(Boolean.class).single();
    }

    private static @Nullable Integer dueYear(int year, @Nullable Integer retentionYears) {
        return retentionYears == null ? null : year + retentionYears;
    }
}
