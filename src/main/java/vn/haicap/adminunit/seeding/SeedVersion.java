package vn.haicap.adminunit.seeding;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.haicap.adminunit.UnitLevel;

/** A unit version as it will be stored; see the columns of {@code adminunit.unit_version}. */
record SeedVersion(
        long id,
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

    /** A unit of the register before the reform: start unknown, in force until {@code lastDay}, no figures. */
    static SeedVersion preReform(
            long id,
            String code,
            UnitLevel level,
            String name,
            String fullName,
            String type,
            @Nullable String parentCode,
            String provinceCode,
            LocalDate lastDay,
            @Nullable String nameEn) {
        return new SeedVersion(
                id,
                code,
                level,
                name,
                fullName,
                type,
                parentCode,
                provinceCode,
                null,
                lastDay,
                nameEn,
                null,
                null,
                null,
                null);
    }

    SeedVersion withValidTo(LocalDate lastDay) {
        return new SeedVersion(
                id,
                code,
                level,
                name,
                fullName,
                type,
                parentCode,
                provinceCode,
                validFrom,
                lastDay,
                nameEn,
                areaKm2,
                population,
                statsFlag,
                adminCenter);
    }

    SeedVersion renamed(UnitNames.Parsed names) {
        return new SeedVersion(
                id,
                code,
                level,
                names.name(),
                names.fullName(),
                names.type(),
                parentCode,
                provinceCode,
                validFrom,
                validTo,
                nameEn,
                areaKm2,
                population,
                statsFlag,
                adminCenter);
    }

    /** The same unit from {@code firstDay} under other names, as a new version with its own id. */
    SeedVersion successor(long newId, UnitNames.Parsed names, LocalDate firstDay) {
        return new SeedVersion(
                newId,
                code,
                level,
                names.name(),
                names.fullName(),
                names.type(),
                parentCode,
                provinceCode,
                firstDay,
                null,
                nameEn,
                areaKm2,
                population,
                statsFlag,
                adminCenter);
    }
}
