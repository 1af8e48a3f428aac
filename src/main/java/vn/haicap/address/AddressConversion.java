package vn.haicap.address;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an address written before or after the 2025 reorganisation names, and where it belongs now.
 *
 * <p>{@code converted}: one old commune was found and it went whole (or unchanged, or renamed) into
 * {@code newCommune}. {@code ambiguous}: either the old commune was split (every new commune that
 * received part of it is a candidate, relation {@code partial}) or the text fits several old
 * communes; {@code newCommune} is then empty and {@code candidates} lists every possibility.
 * {@code already_new}: the address already names a unit of the two-tier system. {@code not_found}:
 * no unit could be recognised.
 */
public record AddressConversion(
        Status status,
        @Nullable UnitRef oldCommune,
        @Nullable UnitRef oldDistrict,
        @Nullable UnitRef oldProvince,
        @Nullable UnitRef newCommune,
        @Nullable UnitRef newProvince,
        List<Candidate> candidates,
        double confidence,
        String streetPart) {

    public enum Status {
        CONVERTED,
        AMBIGUOUS,
        ALREADY_NEW,
        NOT_FOUND;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A unit by its code and full name (e.g. {@code 00004}, {@code Phường Ba Đình}). */
    public record UnitRef(String code, String name) {}

    /**
     * A possible new commune. {@code relation} is {@code whole} or {@code partial} (from the official
     * table) for a split old commune; {@code oldCommune} names which old commune it comes from when
     * the text itself was ambiguous.
     */
    public record Candidate(
            String code,
            String name,
            String relation,
            @Nullable UnitRef oldCommune,
            UnitRef province) {}

    public static AddressConversion notFound(String streetPart) {
        return new AddressConversion(Status.NOT_FOUND, null, null, null, null, null, List.of(), 0.0, streetPart);
    }
}
