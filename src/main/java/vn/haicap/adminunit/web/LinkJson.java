package vn.haicap.adminunit.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.haicap.adminunit.UnitLink;

/** A unit on the other side of a lineage link, with the event that links them. */
record LinkJson(
        String code,
        String name,
        String fullName,
        String level,
        @Nullable String parentCode,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        String relation,
        @Nullable LocalDate eventDate,
        @Nullable String eventKind,
        @Nullable String legalBasis,
        @Nullable String description) {

    static LinkJson of(UnitLink link) {
        var unit = link.unit();
        var event = link.event();
        return new LinkJson(
                unit.code(),
                unit.name(),
                unit.fullName(),
                unit.level().key(),
                unit.parentCode(),
                unit.validFrom(),
                unit.validTo(),
                link.relation(),
                event == null ? null : event.effectiveDate(),
                event == null ? null : event.kind(),
                event == null ? null : event.legalBasis(),
                event == null ? null : event.description());
    }
}
