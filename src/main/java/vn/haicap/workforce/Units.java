package vn.haicap.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.adminunit.AdminUnits;
import vn.haicap.adminunit.AdministrativeUnit;
import vn.haicap.adminunit.UnitDetail;
import vn.haicap.adminunit.UnitLevel;
import vn.haicap.shared.HaicapException;

/** Unit codes checked against the adminunit registry, with the (current) province they belong to. */
@Component
class Units {

    record Unit(String code, String provinceCode, String name) {

        boolean isCommune() {
            return code.length() == 5;
        }

        @Nullable
        String communeCode() {
            return isCommune() ? code : null;
        }
    }

    private final AdminUnits units;
    private final Map<String, String> oldToNewProvince;
    private final Map<String, String> names;
    private final Map<String, java.util.Set<String>> formerDistricts;

    Units(AdminUnits units, AdminUnitDataset dataset) {
        this.units = units;
        this.oldToNewProvince = dataset.oldProvinces().stream()
                .collect(Collectors.toMap(
                        AdminUnitDataset.OldProvince::code,
                        AdminUnitDataset.OldProvince::newProvinceCode,
                        (a, b) -> a));
        Map<String, String> all = new java.util.HashMap<>();
        dataset.communes().forEach(c -> all.put(c.code(), c.fullName()));
        dataset.provinces().forEach(p -> all.put(p.code(), p.fullName()));
        this.names = Map.copyOf(all);
        Map<String, java.util.Set<String>> districts = new java.util.HashMap<>();
        dataset.oldDistricts().forEach(d -> all.put(d.code(), d.fullName()));
        for (AdminUnitDataset.OldCommune old : dataset.oldCommunes()) {
            for (String commune : old.newCommuneCodes()) {
                districts
                        .computeIfAbsent(commune, k -> new java.util.TreeSet<>())
                        .add(old.districtCode());
            }
        }
        this.formerDistricts = Map.copyOf(districts);
        this.districtNames = dataset.oldDistricts().stream()
                .collect(Collectors.toMap(
                        AdminUnitDataset.OldDistrict::code, AdminUnitDataset.OldDistrict::fullName, (a, b) -> a));
    }

    private final Map<String, String> districtNames;

    /** The former (pre-2025) districts a commune was formed from, by code; empty when unknown. */
    java.util.Set<String> formerDistricts(String communeCode) {
        return formerDistricts.getOrDefault(communeCode, java.util.Set.of());
    }

    String districtName(String code) {
        return districtNames.getOrDefault(code, code);
    }

    /**
     * The province or commune an agency serves, which must have existed during some of the agency's life;
     * an old (pre-2025) unit belongs to the province its province became. Throws {@code workforce.unit-unknown}.
     */
    Unit forAgency(String code, LocalDate from, @Nullable LocalDate to) {
        List<UnitDetail> versions = versions(code);
        AdministrativeUnit match = null;
        for (UnitDetail detail : versions) {
            AdministrativeUnit v = detail.unit();
            boolean overlaps = (v.validTo() == null || !v.validTo().isBefore(from))
                    && (to == null || v.validFrom() == null || !v.validFrom().isAfter(to));
            if (overlaps) {
                match = v;
            }
        }
        if (match == null) {
            throw HaicapException.invalid("workforce.unit-not-in-force", code, from.toString());
        }
        return unit(match);
    }

    /** A province or commune code to report on: its latest version. Throws {@code workforce.unit-unknown}. */
    Unit current(String code) {
        List<UnitDetail> versions = versions(code);
        return unit(versions.get(versions.size() - 1).unit());
    }

    String name(String code) {
        return names.getOrDefault(code, code);
    }

    private List<UnitDetail> versions(String code) {
        if (!code.matches("[0-9]{2}|[0-9]{5}")) {
            throw HaicapException.invalid("workforce.unit-unknown", code);
        }
        try {
            List<UnitDetail> versions = units.history(code, UnitLevel.ofCode(code));
            if (versions.isEmpty()) {
                throw HaicapException.invalid("workforce.unit-unknown", code);
            }
            return versions;
        } catch (HaicapException e) {
            throw HaicapException.invalid("workforce.unit-unknown", code);
        }
    }

    private Unit unit(AdministrativeUnit v) {
        String province = v.level() == UnitLevel.PROVINCE ? v.code() : v.provinceCode();
        if (province == null) {
            throw HaicapException.invalid("workforce.unit-unknown", v.code());
        }
        boolean old = v.validTo() != null && v.validTo().isBefore(AdminUnitDataset.REFORM_DATE);
        if (old) {
            province = oldToNewProvince.getOrDefault(province, province);
        }
        return new Unit(v.code(), province, v.fullName());
    }
}
