package vn.haicap.adminunit.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.haicap.adminunit.UnitDetail;

/** One unit version with its figures and lineage. */
record UnitDetailJson(
        String code,
        String name,
        String fullName,
        String type,
        String level,
        @Nullable String parentCode,
        @Nullable String provinceCode,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String nameEn,
        @Nullable BigDecimal areaKm2,
        @Nullable Long population,
        @Nullable String statsFlag,
        @Nullable String adminCenter,
        List<String> aliases,
        List<LinkJson> predecessors,
        List<LinkJson> successors,
        @Nullable EventJson endedWithoutSuccessor) {

    static UnitDetailJson of(UnitDetail detail) {
        var unit = detail.unit();
        var ended = detail.endedWithoutSuccessor();
        return new UnitDetailJson(
                unit.code(),
                unit.name(),
                unit.fullName(),
                unit.type(),
                unit.level().key(),
                unit.parentCode(),
                unit.provinceCode(),
                unit.validFrom(),
                unit.validTo(),
                unit.nameEn(),
                unit.areaKm2(),
                unit.population(),
                unit.statsFlag(),
                unit.adminCenter(),
                detail.aliases(),
                detail.predecessors().stream().map(LinkJson::of).toList(),
                detail.successors().stream().map(LinkJson::of).toList(),
                ended == null ? null : EventJson.of(ended));
    }
}
