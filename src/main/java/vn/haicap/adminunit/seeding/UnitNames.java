package vn.haicap.adminunit.seeding;

import java.util.List;
import vn.haicap.adminunit.UnitLevel;

/** Splits a full name such as {@code Phường Lộc Ninh} into its type ({@code phuong}) and name ({@code Lộc Ninh}). */
final class UnitNames {

    record Parsed(String type, String name, String fullName) {}

    private record Prefix(String words, String type) {}

    private static final List<Prefix> PROVINCE =
            List.of(new Prefix("Thành phố", "thanh_pho_truc_thuoc_tw"), new Prefix("Tỉnh", "tinh"));
    private static final List<Prefix> DISTRICT = List.of(
            new Prefix("Quận", "quan"),
            new Prefix("Huyện", "huyen"),
            new Prefix("Thị xã", "thi_xa"),
            new Prefix("Thành phố", "thanh_pho_thuoc_tinh"));
    private static final List<Prefix> COMMUNE = List.of(
            new Prefix("Xã", "xa"),
            new Prefix("Phường", "phuong"),
            new Prefix("Đặc khu", "dac_khu"),
            new Prefix("Thị trấn", "thi_tran"));

    private UnitNames() {}

    static Parsed parse(UnitLevel level, String fullName) {
        String trimmed = fullName.strip();
        List<Prefix> prefixes = switch (level) {
            case PROVINCE -> PROVINCE;
            case DISTRICT -> DISTRICT;
            case COMMUNE -> COMMUNE;
        };
        for (Prefix prefix : prefixes) {
            if (trimmed.startsWith(prefix.words() + " ")) {
                return new Parsed(
                        prefix.type(),
                        trimmed.substring(prefix.words().length()).strip(),
                        trimmed);
            }
        }
        throw new IllegalArgumentException("no " + level.key() + " type word in \"" + fullName + "\"");
    }
}
