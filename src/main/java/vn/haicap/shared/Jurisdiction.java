package vn.haicap.shared;

import org.jspecify.annotations.Nullable;

/**
 * The area a user acts for: the whole country, a province, a commune (with the province it lies in),
 * or none at all (citizens and businesses act only on their own data). Queries filter by it; hiding
 * things in the page is not enough.
 */
public record Jurisdiction(
        Scope scope,
        @Nullable String provinceCode,
        @Nullable String communeCode) {

    public enum Scope {
        NATIONAL,
        PROVINCE,
        COMMUNE,
        NONE
    }

    public static final Jurisdiction NATIONAL = new Jurisdiction(Scope.NATIONAL, null, null);
    public static final Jurisdiction NONE = new Jurisdiction(Scope.NONE, null, null);

    public static Jurisdiction province(String provinceCode) {
        return new Jurisdiction(Scope.PROVINCE, provinceCode, null);
    }

    public static Jurisdiction commune(String provinceCode, String communeCode) {
        return new Jurisdiction(Scope.COMMUNE, provinceCode, communeCode);
    }

    /** Whether a thing located in this province and commune (either may be null) falls within it. */
    public boolean covers(@Nullable String thingProvince, @Nullable String thingCommune) {
        return switch (scope) {
            case NATIONAL -> true;
            case NONE -> false;
            case PROVINCE -> provinceCode != null && provinceCode.equals(thingProvince);
            case COMMUNE -> communeCode != null && communeCode.equals(thingCommune);
        };
    }
}
