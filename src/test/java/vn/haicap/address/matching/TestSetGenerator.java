package vn.haicap.address.matching;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.adminunit.AdminUnitDataset.Commune;
import vn.haicap.adminunit.AdminUnitDataset.OldCommune;
import vn.haicap.adminunit.AdminUnitDataset.OldDistrict;
import vn.haicap.adminunit.AdminUnitDataset.OldProvince;
import vn.haicap.adminunit.AdminUnitDataset.Province;

/**
 * Writes {@code src/test/resources/address-testset/generated.csv}: old addresses as people write them, for every old
 * province, in many styles, with the old commune they name and the status a correct converter gives.
 *
 * <p>The expected status comes from the data, not from the matcher: the generator knows which parts it wrote (type
 * words, diacritics, district, province) and counts the units those parts fit. One old commune gives
 * {@code converted} (or {@code ambiguous} if it was split); several give {@code ambiguous}. For {@code already_new}
 * rows the code column holds the new commune's code. Seeded: the same data gives the same file.
 *
 * <p>Run: {@code java -cp <test classpath> vn.haicap.address.matching.TestSetGenerator [output.csv]}.
 */
public final class TestSetGenerator {

    static final long SEED = 20261122L;
    static final int PER_PROVINCE = 18;

    private static final String[] STREETS = {
        "Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Quang Trung", "Hùng Vương", "Lý Thường Kiệt",
        "Nguyễn Huệ", "Trần Phú", "Điện Biên Phủ", "Cách Mạng Tháng Tám", "3 Tháng 2", "Ngô Quyền", "Phan Đình Phùng",
        "Bạch Đằng", "Lê Duẩn", "Nguyễn Văn Cừ", "Võ Thị Sáu", "Phạm Văn Đồng", "Trường Chinh", "Lê Hồng Phong",
        "Nguyễn Thị Minh Khai", "Tôn Đức Thắng", "Hoàng Diệu", "Lạc Long Quân", "Âu Cơ", "Nguyễn Du", "Kim Mã"
    };
    private static final String[] HAMLETS = {
        "Đông",
        "Tây",
        "Trung",
        "Thượng",
        "Hạ",
        "Chùa",
        "Mới",
        "Bắc Sơn",
        "Phú Lợi",
        "Tân Hòa",
        "An Lạc",
        "Hòa Bình",
        "Bình Minh",
        "Đồng Tâm",
        "Na Hang",
        "Cốc Lếu",
        "Yên Thịnh",
        "Phước Thạnh",
        "Long Hòa"
    };
    private static final List<String[]> TONE_VARIANTS = List.of(
            new String[] {"òa", "oà"},
            new String[] {"óa", "oá"},
            new String[] {"ỏa", "oả"},
            new String[] {"õa", "oã"},
            new String[] {"ọa", "oạ"},
            new String[] {"òe", "oè"},
            new String[] {"óe", "oé"},
            new String[] {"ủy", "uỷ"},
            new String[] {"úy", "uý"},
            new String[] {"ùy", "uỳ"},
            new String[] {"ũy", "uỹ"},
            new String[] {"ụy", "uỵ"},
            new String[] {"Quý", "Quí"},
            new String[] {"Kỳ", "Kì"},
            new String[] {"Mỹ", "Mĩ"},
            new String[] {"Lý", "Lí"},
            new String[] {"Sỹ", "Sĩ"},
            new String[] {"Hòa", "Hoà"},
            new String[] {"Thủy", "Thuỷ"});

    private static final List<String> RENAMED_IN_2026 = List.of("00745", "25270", "26248", "26368");

    record Row(String address, String code, String status, String style) {}

    /** What a written address says about its commune, for counting the units it fits. */
    private record Written(
            String communeName,
            boolean communeType,
            boolean diacritics,
            boolean district,
            boolean districtType,
            boolean province,
            boolean provinceByNewName) {}

    private final AdminUnitDataset data;
    private final Random random = new Random(SEED);
    private final Map<String, OldDistrict> districts = new HashMap<>();
    private final Map<String, OldProvince> oldProvinces = new HashMap<>();
    private final Map<String, Province> provinces = new HashMap<>();
    private final Map<String, List<OldCommune>> communesByFoldedName = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    TestSetGenerator(AdminUnitDataset data) {
        this.data = data;
        data.oldDistricts().forEach(d -> districts.put(d.code(), d));
        data.oldProvinces().forEach(p -> oldProvinces.put(p.code(), p));
        data.provinces().forEach(p -> provinces.put(p.code(), p));
        for (OldCommune c : data.oldCommunes()) {
            for (String name : namesOf(c)) {
                List<OldCommune> same = communesByFoldedName.computeIfAbsent(fold(name), k -> new ArrayList<>());
                if (!same.contains(c)) {
                    same.add(c);
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/address-testset/generated.csv");
        List<Row> rows = new TestSetGenerator(AdminUnitDataset.loadFromClasspath()).generate();
        Files.createDirectories(out.getParent());
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        writer,
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader("address", "expected_old_commune_code", "expected_status", "style")
                                .setRecordSeparator('\n')
                                .get())) {
            for (Row row : rows) {
                csv.printRecord(row.address(), row.code(), row.status(), row.style());
            }
        }
        System.out.println("wrote " + rows.size() + " rows to " + out);
    }

    List<Row> generate() {
        Map<String, List<OldCommune>> byProvince = new HashMap<>();
        data.oldCommunes()
                .forEach(c -> byProvince
                        .computeIfAbsent(c.provinceCode(), k -> new ArrayList<>())
                        .add(c));
        String[] styles = {
            "full",
            "house_street",
            "hamlet",
            "no_diacritics",
            "abbreviated",
            "no_unit_words",
            "province_omitted",
            "no_commas",
            "messy_case_spaces",
            "tone_variant",
            "province_alias",
            "street_named_after_unit",
            "new_province_name",
            "no_diacritics_abbreviated"
        };
        for (OldProvince province : data.oldProvinces()) {
            List<OldCommune> pool = byProvince.get(province.code());
            for (int i = 0; i < PER_PROVINCE; i++) {
                OldCommune c = pool.get(random.nextInt(pool.size()));
                String style = styles[(i + random.nextInt(3)) % styles.length];
                add(c, style);
            }
        }
        special(c -> c.name().chars().allMatch(Character::isDigit), 60, "numbered_ward");
        special(c -> RomanNumerals.toArabic(c.name()) != null, 20, "roman_ward");
        special(c -> c.name().contains("'") || c.name().startsWith("Ea "), 40, "apostrophe_joined");
        special(c -> !c.altNameNso().isBlank(), 40, "alt_name");
        special(c -> c.newCommuneCodes().size() > 1, 100, "split_full");
        addAlreadyNew(130);
        addGarbage();
        return rows;
    }

    private void special(Predicate<OldCommune> filter, int count, String style) {
        List<OldCommune> pool = data.oldCommunes().stream()
                .filter(filter)
                .sorted(Comparator.comparing(OldCommune::code))
                .toList();
        for (int i = 0; i < count; i++) {
            add(pool.get(random.nextInt(pool.size())), style);
        }
    }

    private void add(OldCommune c, String style) {
        OldDistrict d = districts.get(c.districtCode());
        OldProvince p = oldProvinces.get(c.provinceCode());
        String commune = c.fullName();
        String district = d.fullName();
        String province = p.fullName();
        String address;
        Written written = new Written(c.name(), true, true, true, true, true, false);
        switch (style) {
            case "full", "split_full" -> address = join(commune, district, province);
            case "house_street" -> address = join(housePrefix(), commune, district, pick(province, p.name()));
            case "hamlet" -> address = join(hamletPrefix(), commune, district, province);
            case "no_diacritics" -> {
                address = strip(join(maybe(housePrefix()), commune, district, province));
                if (random.nextBoolean()) {
                    address = address.toLowerCase(Locale.ROOT);
                }
                written = new Written(c.name(), true, false, true, true, true, false);
            }
            case "abbreviated" ->
                address = join(
                        maybe(housePrefix()), abbreviatedCommune(c), abbreviatedDistrict(d), abbreviatedProvince(p));
            case "no_diacritics_abbreviated" -> {
                address = strip(join(abbreviatedCommune(c), abbreviatedDistrict(d), abbreviatedProvince(p)));
                written = new Written(c.name(), true, false, true, true, true, false);
            }
            case "no_unit_words" -> {
                boolean numbered = isNumber(c.name());
                address = join(maybe(housePrefix()), numbered ? "P" + c.name() : c.name(), bareDistrict(d), p.name());
                written = new Written(c.name(), numbered, true, true, isNumber(d.name()), true, false);
            }
            case "province_omitted" -> {
                address = join(maybe(hamletPrefix()), commune, district);
                written = new Written(c.name(), true, true, true, true, false, false);
            }
            case "no_commas" ->
                address = (housePrefix().replace(",", "") + " " + abbreviatedCommune(c) + " " + abbreviatedDistrict(d)
                                + " " + abbreviatedProvince(p))
                        .replace('.', ' ')
                        .replaceAll(" +", " ");
            case "messy_case_spaces" -> address = messy(join(maybe(housePrefix()), commune, district, province));
            case "tone_variant" -> {
                String variant = toneVariant(c.name());
                address = join(maybe(housePrefix()), typeWord(c.fullName()) + " " + variant, district, province);
                written = new Written(variant, true, true, true, true, true, false);
            }
            case "province_alias" -> address = join(maybe(housePrefix()), commune, district, provinceAlias(p));
            case "street_named_after_unit" ->
                address = join(
                        "Số " + (1 + random.nextInt(300)) + " Đường " + streetNamedAfterUnit(d, p),
                        commune,
                        district,
                        province);
            case "new_province_name" -> {
                Province now = provinces.get(c.newProvinceCode());
                address = join(maybe(housePrefix()), commune, district, now.fullName());
                written = new Written(c.name(), true, true, true, true, true, true);
            }
            case "numbered_ward" -> address = numberedWard(c, d, p);
            case "roman_ward" -> address = join(typeWord(c.fullName()) + " " + c.name(), district, province);
            case "apostrophe_joined" ->
                address = join(
                        maybe(hamletPrefix()), typeWord(c.fullName()) + " " + apostrophe(c.name()), district, province);
            case "alt_name" -> {
                address = join(maybe(housePrefix()), c.altNameNso(), district, province);
                written = new Written(UnitTypes.stripTypeWord(c.altNameNso()), true, true, true, true, true, false);
            }
            default -> throw new IllegalArgumentException(style);
        }
        rows.add(new Row(address, c.code(), expectedStatus(c, written, d, p), style));
    }

    /** The status a correct converter gives, from the units that fit what was written. */
    private String expectedStatus(OldCommune c, Written written, OldDistrict d, OldProvince p) {
        int fitting = 0;
        for (OldCommune other : communesByFoldedName.getOrDefault(fold(written.communeName()), List.of())) {
            if (written.communeType() && !other.type().equals(c.type())) {
                continue;
            }
            if (written.diacritics() && namesOf(other).stream().noneMatch(n -> sameMarks(n, written.communeName()))) {
                continue;
            }
            OldDistrict od = districts.get(other.districtCode());
            if (written.district()
                    && (!fold(od.name()).equals(fold(d.name()))
                            || (written.districtType() && !od.type().equals(d.type())))) {
                continue;
            }
            if (written.province()) {
                boolean same = written.provinceByNewName()
                        ? other.newProvinceCode().equals(c.newProvinceCode())
                        : other.provinceCode().equals(p.code());
                if (!same) {
                    continue;
                }
            }
            fitting++;
        }
        if (fitting > 1) {
            return "ambiguous";
        }
        return c.newCommuneCodes().size() > 1 ? "ambiguous" : "converted";
    }

    private void addAlreadyNew(int count) {
        List<Commune> communes = data.communes();
        Map<String, String> later = new HashMap<>();
        data.laterChanges().forEach(ch -> later.put(ch.code(), ch.valueAfter()));
        for (int i = 0; i < count; i++) {
            Commune c = communes.get(random.nextInt(communes.size()));
            int index = i;
            if (i < RENAMED_IN_2026.size()) {
                // the communes renamed or retyped in 2026, written in the new spelling
                c = communes.stream()
                        .filter(x -> x.code().equals(RENAMED_IN_2026.get(index)))
                        .findFirst()
                        .orElseThrow();
            }
            Province p = provinces.get(c.provinceCode());
            String fullName = later.getOrDefault(c.code(), c.fullName());
            String provinceName = later.getOrDefault(p.code(), p.fullName());
            String name = UnitTypes.stripTypeWord(fullName);
            boolean diacritics = true;
            String address = switch (i % 5) {
                case 0 -> join(fullName, provinceName);
                case 1 -> join(housePrefix(), fullName, p.name());
                case 2 -> join(maybe(hamletPrefix()), fullName.toLowerCase(Locale.ROOT), provinceName);
                case 3 -> {
                    diacritics = false;
                    yield strip(join(maybe(housePrefix()), fullName, p.name()));
                }
                default -> join(maybe(housePrefix()), abbreviatedNewCommune(fullName, name), provinceAliasOrName(p));
            };
            int fitting = 0;
            for (Commune other : communes) {
                String otherName = UnitTypes.stripTypeWord(later.getOrDefault(other.code(), other.fullName()));
                if (other.provinceCode().equals(p.code())
                        && fold(otherName).equals(fold(name))
                        && (!diacritics || sameMarks(otherName, name))
                        && UnitTypes.ofFullName(later.getOrDefault(other.code(), other.fullName()))
                                == UnitTypes.ofFullName(fullName)) {
                    fitting++;
                }
            }
            rows.add(new Row(address, c.code(), fitting == 1 ? "already_new" : "ambiguous", "already_new"));
        }
    }

    private void addGarbage() {
        for (String text : List.of(
                "123 Main Street, Springfield",
                "Không rõ địa chỉ",
                "N/A",
                "-",
                "Số 5, Đường Số 7",
                "Tổ 4, Khu phố 2",
                "Lô A12 khu công nghiệp",
                "Hẻm 42/7 Đường Lê Văn Sỹ",
                "Việt Nam",
                "xyz 999 abc")) {
            rows.add(new Row(text, "", "not_found", "not_an_address"));
        }
    }

    private String numberedWard(OldCommune c, OldDistrict d, OldProvince p) {
        String n = c.name();
        String ward = switch (random.nextInt(5)) {
            case 0 -> "P." + n;
            case 1 -> "F" + n;
            case 2 -> "Phường " + (n.length() == 1 ? "0" + n : n);
            case 3 -> "P" + n;
            default -> "phường " + n;
        };
        String district = isNumber(d.name())
                ? pick("Q." + d.name(), "Q" + d.name(), "Quận " + d.name(), "quận " + d.name())
                : abbreviatedDistrict(d);
        if (random.nextInt(3) == 0) {
            return housePrefix().replace(",", "") + " " + ward + " " + district + " "
                    + abbreviatedProvince(p).replace(".", "");
        }
        return join(maybe(housePrefix()), ward, district, abbreviatedProvince(p));
    }

    private String abbreviatedCommune(OldCommune c) {
        String name = c.name();
        return switch (c.type()) {
            case "phuong" -> pick("P. " + name, "P." + name, "Phường " + name);
            case "xa" -> pick("X. " + name, "X." + name, "xã " + name);
            default -> pick("TT. " + name, "TT " + name, "Thị trấn " + name);
        };
    }

    private String abbreviatedNewCommune(String fullName, String name) {
        int type = UnitTypes.ofFullName(fullName);
        return switch (type) {
            case UnitTypes.PHUONG -> pick("P. " + name, "P." + name);
            case UnitTypes.XA -> pick("X. " + name, "xã " + name);
            default -> fullName;
        };
    }

    private String abbreviatedDistrict(OldDistrict d) {
        String name = d.name();
        return switch (d.type()) {
            case "quan" -> pick("Q. " + name, "Q." + name, "Quận " + name);
            case "huyen" -> pick("H. " + name, "H." + name, "huyện " + name);
            case "thi_xa" -> pick("TX. " + name, "Tx." + name, "TX " + name);
            default -> pick("TP. " + name, "Tp." + name, "TP " + name);
        };
    }

    private String bareDistrict(OldDistrict d) {
        return isNumber(d.name()) ? "Q." + d.name() : d.name();
    }

    private String abbreviatedProvince(OldProvince p) {
        String alias = provinceAliasOrNull(p.code());
        if (alias != null && random.nextBoolean()) {
            return alias;
        }
        return p.type().equals("tinh") ? pick("T. " + p.name(), p.name(), "tỉnh " + p.name()) : "TP. " + p.name();
    }

    private String provinceAlias(OldProvince p) {
        String alias = provinceAliasOrNull(p.code());
        return alias != null ? alias : pick(p.name(), p.name().toUpperCase(Locale.ROOT), strip(p.name()));
    }

    private String provinceAliasOrName(Province p) {
        String alias = provinceAliasOrNull(p.code());
        return alias != null && random.nextBoolean() ? alias : p.name();
    }

    private String provinceAliasOrNull(String code) {
        return switch (code) {
            case "79" -> pick("TP.HCM", "TPHCM", "HCM", "Sài Gòn", "Saigon", "TP. Hồ Chí Minh", "tp hcm");
            case "01" -> pick("HN", "Hà Nội", "TP. Hà Nội", "Ha Noi");
            case "77" -> pick("BR-VT", "BRVT", "Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "Ba Ria Vung Tau");
            case "46" -> pick("Thừa Thiên Huế", "TT Huế", "Thừa Thiên - Huế", "TP Huế");
            case "66" -> pick("Daklak", "Đắc Lắc", "Đăk Lăk", "DakLak");
            case "67" -> pick("Đăk Nông", "Dak Nong", "ĐắkNông");
            case "62" -> pick("KonTum", "Kontum");
            case "31" -> pick("HP", "TP Hải Phòng");
            default -> null;
        };
    }

    private String streetNamedAfterUnit(OldDistrict d, OldProvince p) {
        List<OldProvince> all = data.oldProvinces();
        return switch (random.nextInt(3)) {
            case 0 -> all.get(random.nextInt(all.size())).name();
            case 1 -> isNumber(d.name()) ? "Hà Nội" : d.name();
            default -> p.name();
        };
    }

    private String housePrefix() {
        String street = STREETS[random.nextInt(STREETS.length)];
        int n = 1 + random.nextInt(250);
        return switch (random.nextInt(8)) {
            case 0 -> "Số " + n + " Đường " + street;
            case 1 -> n + " " + street;
            case 2 -> n + "/" + (1 + random.nextInt(40)) + " " + street;
            case 3 -> "Ngõ " + n + " " + street;
            case 4 -> "Hẻm " + n + "/" + (1 + random.nextInt(20)) + " Đường " + street;
            case 5 -> "Số nhà " + n + ", Đường " + street;
            case 6 -> "Kiệt " + n + " " + street;
            default -> n + "A " + street;
        };
    }

    private String hamletPrefix() {
        String hamlet = HAMLETS[random.nextInt(HAMLETS.length)];
        int n = 1 + random.nextInt(12);
        return switch (random.nextInt(7)) {
            case 0 -> "Thôn " + hamlet;
            case 1 -> "Thôn " + n;
            case 2 -> "Ấp " + hamlet;
            case 3 -> "Tổ " + n + ", Khu phố " + (1 + random.nextInt(6));
            case 4 -> "Xóm " + hamlet;
            case 5 -> "Tổ dân phố " + n;
            default -> "Bản " + hamlet;
        };
    }

    private String maybe(String prefix) {
        return random.nextBoolean() ? prefix : "";
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                if (out.length() > 0) {
                    out.append(", ");
                }
                out.append(part);
            }
        }
        return out.toString();
    }

    private String messy(String address) {
        StringBuilder out = new StringBuilder();
        for (String word : address.split(" ")) {
            String w = switch (random.nextInt(4)) {
                case 0 -> word.toUpperCase(Locale.ROOT);
                case 1 -> word.toLowerCase(Locale.ROOT);
                default -> word;
            };
            out.append(w).append(random.nextInt(4) == 0 ? "   " : " ");
        }
        return "  " + out.toString().replace(", ", " ,").replace(",", random.nextBoolean() ? " , " : ",") + " ";
    }

    private String toneVariant(String name) {
        for (String[] pair : TONE_VARIANTS) {
            if (name.contains(pair[0])) {
                return name.replace(pair[0], pair[1]);
            }
            if (name.contains(pair[1])) {
                return name.replace(pair[1], pair[0]);
            }
        }
        return name.replace("y", "i");
    }

    private String apostrophe(String name) {
        if (name.contains("'")) {
            return switch (random.nextInt(3)) {
                case 0 -> name.replace("'", "\u2019");
                case 1 -> name.replace("'", "");
                default -> name.replace("' ", "'").replace("'", "' ");
            };
        }
        return name.replaceFirst("^Ea ", "Ea");
    }

    private static String typeWord(String fullName) {
        return fullName.substring(
                        0, fullName.length() - UnitTypes.stripTypeWord(fullName).length())
                .strip();
    }

    private static List<String> namesOf(OldCommune c) {
        List<String> names = new ArrayList<>(List.of(c.name()));
        if (!c.altNameNso().isBlank()) {
            names.add(UnitTypes.stripTypeWord(c.altNameNso()));
        }
        String arabic = RomanNumerals.toArabic(c.name());
        if (arabic != null) {
            names.add(arabic);
        }
        return names;
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    static String strip(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (char ch : decomposed.toCharArray()) {
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(ch == 'đ' ? 'd' : ch == 'Đ' ? 'D' : ch);
        }
        return out.toString();
    }

    /** Letters and digits only, lower case, no diacritics, y as i. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : strip(s).toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(ch)) {
                out.append(ch == 'y' ? 'i' : ch);
            }
        }
        return out.toString();
    }

    /** Same tone marks and vowel modifiers in any placement (Hòa / Hoà). */
    static boolean sameMarks(String a, String b) {
        return marks(a).equals(marks(b));
    }

    private static String marks(String s) {
        String decomposed = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (char ch : decomposed.toCharArray()) {
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                out.append(ch);
            }
        }
        char[] sorted = out.toString().toCharArray();
        java.util.Arrays.sort(sorted);
        return new String(sorted) + (s.indexOf('đ') >= 0 || s.indexOf('Đ') >= 0 ? "d" : "");
    }
}
