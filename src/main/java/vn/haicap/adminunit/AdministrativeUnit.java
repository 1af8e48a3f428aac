package vn.haicap.adminunit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of a unit: what the register said about a code at one level during a period. Codes are
 * reused across eras, so a version is identified by code, level and validity together.
 *
 * @param parentCode the province of a district or of a new commune, the district of an old commune
 * @param validFrom first day in force; null when it started before the register's coverage
 * @param validTo last day in force (inclusive); null while in force
 * @param statsFlag {@code population_suspect}, {@code area_suspect} or {@code missing} when area or
 *     population should not be trusted; null otherwise
 */
public record AdministrativeUnit(
        String code,
        UnitLevel level,
        String name,
        String fullName,
        String type,
        @Nullable String parentCode,
        @Nullable String provinceCode,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String nameEn,
        @Nullable BigDecimal areaKm2,
        @Nullable Long population,
        @Nullable String statsFlag,
        @Nullable String adminCenter) {

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }

    public boolean inForce() {
        return validTo == null;
    }
}
