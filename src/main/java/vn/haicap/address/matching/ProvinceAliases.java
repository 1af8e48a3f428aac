package vn.haicap.address.matching;

import java.util.List;
import java.util.Map;

/**
 * Common ways of writing a province besides its register name, by province code (old and new codes agree for these).
 * Diacritic, case, hyphen, dot and joined-word variants ({@code TP.HCM}, {@code BR-VT}, {@code Daklak}) need no entry:
 * the folding covers them.
 */
final class ProvinceAliases {

    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("01", List.of("HN")),
            Map.entry("31", List.of("HP")),
            Map.entry("46", List.of("Thừa Thiên Huế", "TT Huế", "TTH")),
            Map.entry("66", List.of("Đắc Lắc", "Đắk Lắc")),
            Map.entry("67", List.of("Đắc Nông")),
            Map.entry("77", List.of("BRVT", "Bà Rịa Vũng Tàu")),
            Map.entry("79", List.of("HCM", "TPHCM", "HCMC", "Sài Gòn", "SG")));

    private ProvinceAliases() {}

    static List<String> of(String provinceCode) {
        return ALIASES.getOrDefault(provinceCode, List.of());
    }
}
