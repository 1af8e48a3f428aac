package vn.haicap.adminunit.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.haicap.adminunit.AdministrativeUnit;

/** A unit in lists. */
record UnitJson(
        String code,
        String name,
        String fullName,
        String type,
        String level,
        @Nullable String parentCode,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {

    static UnitJson of(AdministrativeUnit unit) {
        return new UnitJson(
                unit.code(),
                unit.name(),
                unit.fullName(),
                unit.type(),
                unit.level().key(),
                unit.parentCode(),
                unit.validFrom(),
                unit.validTo());
    }
}
