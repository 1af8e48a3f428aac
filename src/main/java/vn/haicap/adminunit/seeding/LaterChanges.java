package vn.haicap.adminunit.seeding;

import java.util.Comparator;
import java.util.List;
import vn.haicap.adminunit.AdminUnitDataset.LaterChange;
import vn.haicap.adminunit.UnitLevel;

/**
 * Applies the changes made after the 2025 baseline.
 *
 * <ul>
 *   <li>A dated change ends the version in force the day before and starts a new version of the same
 *       code on the effective date, linked by a {@code rename} or {@code type_change} event.
 *   <li>An undated change is a correction of the record, not of the unit: no legal act is known and the
 *       unit never changed, so the version in force takes the new spelling and keeps the old one as an
 *       {@code earlier_spelling} alias (docs/adr/0002-unit-versions-and-events.md).
 * </ul>
 */
final class LaterChanges {

    static final String EARLIER_SPELLING = "earlier_spelling";

    private LaterChanges() {}

    static void apply(RegistryDraft draft, List<LaterChange> changes) {
        changes.stream()
                .sorted(Comparator.comparing(
                        LaterChange::effectiveDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(change -> apply(draft, change));
    }

    static void apply(RegistryDraft draft, LaterChange change) {
        UnitLevel level = UnitLevel.parse(change.level());
        SeedVersion current = draft.inForce(change.code(), level);
        if (!current.fullName().equals(change.valueBefore().strip())) {
            throw new IllegalStateException("%s %s is %s, the change expects %s"
                    .formatted(level.key(), change.code(), current.fullName(), change.valueBefore()));
        }
        UnitNames.Parsed after = UnitNames.parse(level, change.valueAfter());
        var effective = change.effectiveDate();
        if (effective == null) {
            draft.replace(current.renamed(after));
            draft.alias(current.id(), current.fullName(), EARLIER_SPELLING, change.legalBasis());
            return;
        }
        if (current.validFrom() != null && !current.validFrom().isBefore(effective)) {
            throw new IllegalStateException("%s %s changes on %s, not after its version from %s"
                    .formatted(level.key(), change.code(), effective, current.validFrom()));
        }
        draft.replace(current.withValidTo(effective.minusDays(1)));
        SeedVersion next = draft.add(id -> current.successor(id, after, effective));
        String kind = current.type().equals(after.type()) ? "rename" : "type_change";
        long event = draft.event(
                kind,
                effective,
                change.legalBasis(),
                "Đổi %s thành %s".formatted(current.fullName(), after.fullName()));
        draft.link(event, current.id(), next.id(), "renamed");
    }
}
