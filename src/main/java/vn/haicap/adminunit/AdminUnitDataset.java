package vn.haicap.adminunit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The official unit data shipped under {@code classpath:data/admin-units/} (see the README there),
 * read as plain records. It is the single source from which the registry tables are seeded and
 * the address gazetteer is built.
 */
public record AdminUnitDataset(
        List<Province> provinces,
        List<Commune> communes,
        List<OldProvince> oldProvinces,
        List<OldDistrict> oldDistricts,
        List<OldCommune> oldCommunes,
        List<OldToNewLink> links,
        List<LaterChange> laterChanges) {

    /** The day the two-tier system took effect. */
    public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);

    /** The date of the pre-reform register snapshot the old units come from. */
    public static final LocalDate OLD_REGISTER_DATE = LocalDate.of(2025, 3, 1);

    public record Province(
            String code,
            String name,
            String fullName,
            String type,
            String nameEn,
            @Nullable BigDecimal areaKm2,
            @Nullable Long population,
            List<String> oldProvinceCodes) {}

    public record Commune(
            String code,
            String name,
            String fullName,
            String type,
            String nameEn,
            String provinceCode,
            @Nullable BigDecimal areaKm2,
            @Nullable Long population,
            String statsFlag,
            String adminCenter) {}

    public record OldProvince(
            String code, String name, String fullName, String type, String nameEn, String newProvinceCode) {}

    public record OldDistrict(
            String code, String name, String fullName, String type, String nameEn, String provinceCode) {}

    public record OldCommune(
            String code,
            String name,
            String fullName,
            String type,
            String nameEn,
            String districtCode,
            String provinceCode,
            List<String> newCommuneCodes,
            String newProvinceCode,
            String altNameNso) {}

    /** One row of the official conversion table; {@code oldCommuneCode} is empty for a whole district. */
    public record OldToNewLink(
            String oldCommuneCode,
            String oldDistrictCode,
            String oldProvinceCode,
            String newCommuneCode,
            String newProvinceCode,
            String relation,
            int targets,
            String noteVi) {}

    /** A change after the 2025 baseline; {@code effectiveDate} is null where no resolution is known. */
    public record LaterChange(
            @Nullable LocalDate effectiveDate,
            String level,
            String code,
            String change,
            String valueBefore,
            String valueAfter,
            String legalBasis) {}

    private static final String BASE = "data/admin-units/";

    /** The data files, in the order their bytes enter {@link #fingerprint()}. */
    public static final List<String> FILES = List.of(
            "provinces.csv",
            "communes.csv",
            "old_provinces.csv",
            "old_districts.csv",
            "old_communes.csv",
            "old_to_new.csv",
            "changes_after_2025-07-01.csv");

    /** The SHA-256 (hex) of the data files' bytes: changes whenever any file does. */
    public static String fingerprint() {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = open(file)) {
                    digest.update(in.readAllBytes());
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = AdminUnitDataset.class.getClassLoader().getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("missing reference data file " + BASE + file);
        }
        return in;
    }

    public static AdminUnitDataset loadFromClasspath() {
        return new AdminUnitDataset(
                read(
                        "provinces.csv",
                        r -> new Province(
                                r.get("code"),
                                r.get("name"),
                                r.get("full_name"),
                                r.get("type"),
                                r.get("name_en"),
                                decimal(r.get("area_km2")),
                                integer(r.get("population")),
                                list(r.get("old_province_codes")))),
                read(
                        "communes.csv",
                        r -> new Commune(
                                r.get("code"),
                                r.get("name"),
                                r.get("full_name"),
                                r.get("type"),
                                r.get("name_en"),
                                r.get("province_code"),
                                decimal(r.get("area_km2")),
                                integer(r.get("population")),
                                r.get("stats_flag"),
                                r.get("admin_center"))),
                read(
                        "old_provinces.csv",
                        r -> new OldProvince(
                                r.get("code"),
                                r.get("name"),
                                r.get("full_name"),
                                r.get("type"),
                                r.get("name_en"),
                                r.get("new_province_code"))),
                read(
                        "old_districts.csv",
                        r -> new OldDistrict(
                                r.get("code"),
                                r.get("name"),
                                r.get("full_name"),
                                r.get("type"),
                                r.get("name_en"),
                                r.get("province_code"))),
                read(
                        "old_communes.csv",
                        r -> new OldCommune(
                                r.get("code"),
                                r.get("name"),
                                r.get("full_name"),
                                r.get("type"),
                                r.get("name_en"),
                                r.get("district_code"),
                                r.get("province_code"),
                                list(r.get("new_commune_codes")),
                                r.get("new_province_code"),
                                r.get("alt_name_nso"))),
                read(
                        "old_to_new.csv",
                        r -> new OldToNewLink(
                                r.get("old_commune_code"),
                                r.get("old_district_code"),
                                r.get("old_province_code"),
                                r.get("new_commune_code"),
                                r.get("new_province_code"),
                                r.get("relation"),
                                Integer.parseInt(r.get("targets")),
                                r.get("note_vi"))),
                read(
                        "changes_after_2025-07-01.csv",
                        r -> new LaterChange(
                                r.get("effective_date").isBlank() ? null : LocalDate.parse(r.get("effective_date")),
                                r.get("level"),
                                r.get("code"),
                                r.get("change"),
                                r.get("value_2025_07_01"),
                                r.get("value_after"),
                                r.get("legal_basis"))));
    }

    private static <T> List<T> read(String file, Function<CSVRecord, T> mapper) {
        InputStream in = AdminUnitDataset.class.getClassLoader().getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("missing reference data file " + BASE + file);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            var format = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            List<T> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(reader)) {
                rows.add(mapper.apply(record));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable BigDecimal decimal(String value) {
        return value.isBlank() ? null : new BigDecimal(value);
    }

    private static @Nullable Long integer(String value) {
        return value.isBlank() ? null : Long.valueOf(value);
    }

    private static List<String> list(String value) {
        return value.isBlank()
                ? List.of()
                : Arrays.stream(value.split(";")).map(String::strip).toList();
    }
}
