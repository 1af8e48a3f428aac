package vn.haicap.adminunit.seeding;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.haicap.shared.VietnameseText;

/** Replaces the registry tables' rows with a built registry through PostgreSQL's COPY, on the caller's connection. */
final class RegistryWriter {

    private final Connection connection;

    RegistryWriter(Connection connection) {
        this.connection = connection;
    }

    void replaceWith(Registry registry) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("truncate adminunit.lineage_link, adminunit.unit_alias, adminunit.reorganisation_event,"
                    + " adminunit.unit_version");
        }
        Map<Long, List<String>> aliases = registry.aliases().stream()
                .collect(Collectors.groupingBy(
                        SeedAlias::versionId, Collectors.mapping(SeedAlias::fullName, Collectors.toList())));
        copy(
                "adminunit.unit_version (id, code, level, name, full_name, type, parent_code, province_code, valid_from,"
                        + " valid_to, name_en, area_km2, population, stats_flag, admin_center, search_key, search_text)",
                registry.versions(),
                v -> row(
                        v.id(),
                        v.code(),
                        v.level().key(),
                        v.name(),
                        v.fullName(),
                        v.type(),
                        v.parentCode(),
                        v.provinceCode(),
                        v.validFrom(),
                        v.validTo(),
                        v.nameEn(),
                        v.areaKm2(),
                        v.population(),
                        v.statsFlag(),
                        v.adminCenter(),
                        VietnameseText.searchKey(v.name()),
                        searchText(v, aliases.getOrDefault(v.id(), List.of()))));
        copy(
                "adminunit.unit_alias (version_id, full_name, kind, note)",
                registry.aliases(),
                a -> row(a.versionId(), a.fullName(), a.kind(), a.note()));
        copy(
                "adminunit.reorganisation_event (id, kind, effective_date, legal_basis, description)",
                registry.events(),
                e -> row(e.id(), e.kind(), e.effectiveDate(), e.legalBasis(), e.description()));
        copy(
                "adminunit.lineage_link (event_id, predecessor_id, successor_id, relation)",
                registry.links(),
                l -> row(l.eventId(), l.predecessorId(), l.successorId(), l.relation()));
    }

    static String searchText(SeedVersion version, List<String> aliases) {
        List<String> keys = new ArrayList<>();
        keys.add(VietnameseText.searchKey(version.fullName()));
        aliases.forEach(alias -> keys.add(VietnameseText.searchKey(alias)));
        return keys.stream().distinct().collect(Collectors.joining("|"));
    }

    private <T> void copy(String target, List<T> rows, Function<T, String> line) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 120);
        rows.forEach(r -> text.append(line.apply(r)));
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try {
            copy.copyIn("copy " + target + " from stdin", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    static String row(@Nullable Object... values) {
        return Arrays.stream(values).map(RegistryWriter::field).collect(Collectors.joining("\t", "", "\n"));
    }

    private static String field(@Nullable Object value) {
        if (value == null) {
            return "\\N";
        }
        String text = value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
