package vn.haicap.adminunit.seeding;

import static vn.haicap.adminunit.AdminUnitDataset.REFORM_DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.adminunit.AdminUnitDataset.OldToNewLink;
import vn.haicap.adminunit.UnitLevel;
import vn.haicap.shared.VietnameseText;

/**
 * Turns the data set into versions, events and lineage links: the pre-reform register (in force until
 * 30 June 2025, start unknown), the register of 1 July 2025, the events of that day (one per new
 * province, one per new commune, one abolishing the district tier) and the changes made since.
 */
final class RegistryBuilder {

    static final LocalDate LAST_OLD_DAY = REFORM_DATE.minusDays(1);
    static final String PROVINCE_BASIS =
            "Nghị quyết 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh";
    static final String DISTRICT_BASIS = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15";
    static final String COMMUNE_BASIS =
            "Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã"
                    + " của %s năm 2025; mã số theo Quyết định 19/2025/QĐ-TTg";

    private final AdminUnitDataset dataset;
    private final RegistryDraft draft = new RegistryDraft();
    private final Map<String, Long> oldProvinces = new HashMap<>();
    private final Map<String, Long> oldDistricts = new HashMap<>();
    private final Map<String, Long> oldCommunes = new HashMap<>();
    private final Map<String, Long> provinces = new HashMap<>();
    private final Map<String, Long> communes = new HashMap<>();

    private RegistryBuilder(AdminUnitDataset dataset) {
        this.dataset = dataset;
    }

    static Registry build(AdminUnitDataset dataset) {
        RegistryBuilder builder = new RegistryBuilder(dataset);
        builder.addOldRegister();
        builder.addNewRegister();
        builder.addProvinceEvents();
        builder.addCommuneEvents();
        builder.addDistrictAbolition();
        LaterChanges.apply(builder.draft, dataset.laterChanges());
        return builder.draft.toRegistry();
    }

    private void addOldRegister() {
        for (var p : dataset.oldProvinces()) {
            long id = draft.add(id2 -> SeedVersion.preReform(
                            id2,
                            p.code(),
                            UnitLevel.PROVINCE,
                            p.name(),
                            p.fullName(),
                            p.type(),
                            null,
                            p.code(),
                            LAST_OLD_DAY,
                            blankToNull(p.nameEn())))
                    .id();
            oldProvinces.put(p.code(), id);
        }
        for (var d : dataset.oldDistricts()) {
            long id = draft.add(id2 -> SeedVersion.preReform(
                            id2,
                            d.code(),
                            UnitLevel.DISTRICT,
                            d.name(),
                            d.fullName(),
                            d.type(),
                            d.provinceCode(),
                            d.provinceCode(),
                            LAST_OLD_DAY,
                            blankToNull(d.nameEn())))
                    .id();
            oldDistricts.put(d.code(), id);
        }
        for (var c : dataset.oldCommunes()) {
            long id = draft.add(id2 -> SeedVersion.preReform(
                            id2,
                            c.code(),
                            UnitLevel.COMMUNE,
                            c.name(),
                            c.fullName(),
                            c.type(),
                            c.districtCode(),
                            c.provinceCode(),
                            LAST_OLD_DAY,
                            blankToNull(c.nameEn())))
                    .id();
            oldCommunes.put(c.code(), id);
            String alt = c.altNameNso().strip();
            if (!alt.isEmpty() && !alt.equals(c.fullName())) {
                draft.alias(id, alt, "nso_spelling", "Bảng chuyển đổi của Cục Thống kê");
            }
        }
    }

    private void addNewRegister() {
        for (var p : dataset.provinces()) {
            long id = draft.add(id2 -> new SeedVersion(
                            id2,
                            p.code(),
                            UnitLevel.PROVINCE,
                            p.name(),
                            p.fullName(),
                            p.type(),
                            null,
                            p.code(),
                            REFORM_DATE,
                            null,
                            blankToNull(p.nameEn()),
                            p.areaKm2(),
                            p.population(),
                            null,
                            null))
                    .id();
            provinces.put(p.code(), id);
        }
        for (var c : dataset.communes()) {
            long id = draft.add(id2 -> new SeedVersion(
                            id2,
                            c.code(),
                            UnitLevel.COMMUNE,
                            c.name(),
                            c.fullName(),
                            c.type(),
                            c.provinceCode(),
                            c.provinceCode(),
                            REFORM_DATE,
                            null,
                            blankToNull(c.nameEn()),
                            c.areaKm2(),
                            c.population(),
                            blankToNull(c.statsFlag()),
                            blankToNull(c.adminCenter())))
                    .id();
            communes.put(c.code(), id);
        }
    }

    private void addProvinceEvents() {
        for (var p : dataset.provinces()) {
            SeedVersion successor = draft.version(provinces.get(p.code()));
            List<SeedVersion> olds = p.oldProvinceCodes().stream()
                    .map(code -> draft.version(required(oldProvinces, code, "old province")))
                    .toList();
            String kind = olds.size() > 1 ? "merge" : singleKind(olds.get(0), successor);
            String relation = olds.size() > 1 ? "whole" : relationOf(kind);
            String description = olds.size() > 1
                    ? "Hợp nhất %s thành %s".formatted(names(olds), successor.fullName())
                    : describeSingle(kind, olds.get(0), successor);
            long event = draft.event(kind, REFORM_DATE, PROVINCE_BASIS, description);
            olds.forEach(old -> draft.link(event, old.id(), successor.id(), relation));
        }
    }

    private void addCommuneEvents() {
        Set<String> districtsWithCommunes = new HashSet<>();
        dataset.oldCommunes().forEach(c -> districtsWithCommunes.add(c.districtCode()));
        Map<String, List<OldToNewLink>> byNewCommune = dataset.links().stream()
                .collect(Collectors.groupingBy(OldToNewLink::newCommuneCode, LinkedHashMap::new, Collectors.toList()));
        for (var c : dataset.communes()) {
            SeedVersion successor = draft.version(communes.get(c.code()));
            List<OldToNewLink> rows = byNewCommune.getOrDefault(c.code(), List.of());
            if (rows.isEmpty()) {
                throw new IllegalStateException("new commune " + c.code() + " has no predecessor");
            }
            List<SeedVersion> predecessors = new ArrayList<>();
            List<String> relations = new ArrayList<>();
            for (OldToNewLink row : rows) {
                if (row.oldCommuneCode().isBlank()) {
                    // a whole district became this unit, or (Kim Sơn) an area of a district outside its communes did
                    predecessors.add(draft.version(required(oldDistricts, row.oldDistrictCode(), "old district")));
                    relations.add(districtsWithCommunes.contains(row.oldDistrictCode()) ? "partial" : "whole");
                } else {
                    predecessors.add(draft.version(required(oldCommunes, row.oldCommuneCode(), "old commune")));
                    relations.add(relationOf(row));
                }
            }
            String kind = communeKind(predecessors, relations, successor);
            String description = rows.size() == 1 && !rows.get(0).noteVi().isBlank()
                    ? "%s: %s → %s"
                            .formatted(rows.get(0).noteVi(), predecessors.get(0).fullName(), successor.fullName())
                    : "Sắp xếp %s thành %s".formatted(describeParts(predecessors, relations), successor.fullName());
            String province = draft.version(provinces.get(c.provinceCode())).fullName();
            long event = draft.event(kind, REFORM_DATE, COMMUNE_BASIS.formatted(province), description);
            for (int i = 0; i < predecessors.size(); i++) {
                draft.link(event, predecessors.get(i).id(), successor.id(), relations.get(i));
            }
        }
    }

    private void addDistrictAbolition() {
        long event = draft.event(
                "abolished_level",
                REFORM_DATE,
                DISTRICT_BASIS,
                "Kết thúc hoạt động của đơn vị hành chính cấp huyện; chính quyền địa phương tổ chức thành hai cấp"
                        + " (tỉnh và xã)");
        dataset.oldDistricts().forEach(d -> draft.link(event, oldDistricts.get(d.code()), null, null));
    }

    /** merge (several predecessors), split (part of one), or what happened to a single whole one. */
    static String communeKind(List<SeedVersion> predecessors, List<String> relations, SeedVersion successor) {
        if (predecessors.size() > 1) {
            return "merge";
        }
        SeedVersion only = predecessors.get(0);
        String relation = relations.get(0);
        if (relation.equals("partial")) {
            return "split";
        }
        if (only.level() != successor.level()) {
            return "new_unit";
        }
        if (relation.equals("unchanged")) {
            // the official table's word, even where the register's spelling changed (Tà Si Láng / Tà Xi Láng)
            return "unchanged";
        }
        return singleKind(only, successor);
    }

    private static String singleKind(SeedVersion before, SeedVersion after) {
        if (!before.type().equals(after.type())) {
            return "type_change";
        }
        if (!VietnameseText.searchKey(before.name()).equals(VietnameseText.searchKey(after.name()))) {
            return "rename";
        }
        return "unchanged";
    }

    private static String relationOf(String kind) {
        return switch (kind) {
            case "unchanged" -> "unchanged";
            case "rename", "type_change" -> "renamed";
            default -> "whole";
        };
    }

    private static String relationOf(OldToNewLink row) {
        return switch (row.relation()) {
            case "whole", "partial", "unchanged", "renamed" -> row.relation();
            default -> throw new IllegalStateException("unknown relation " + row.relation());
        };
    }

    private static String describeSingle(String kind, SeedVersion before, SeedVersion after) {
        return kind.equals("unchanged")
                ? "Giữ nguyên %s".formatted(after.fullName())
                : "Đổi %s thành %s".formatted(before.fullName(), after.fullName());
    }

    private static String describeParts(List<SeedVersion> parts, List<String> relations) {
        List<String> described = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            described.add(parts.get(i).fullName() + (relations.get(i).equals("partial") ? " (một phần)" : ""));
        }
        return String.join(", ", described);
    }

    private static String names(List<SeedVersion> versions) {
        return versions.stream().map(SeedVersion::fullName).collect(Collectors.joining(", "));
    }

    private static long required(Map<String, Long> ids, String code, String what) {
        Long id = ids.get(code);
        if (id == null) {
            throw new IllegalStateException(what + " " + code + " is not in the data set");
        }
        return id;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
