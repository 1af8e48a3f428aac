package vn.haicap.adminunit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.haicap.adminunit.registry.StoredLink;
import vn.haicap.adminunit.registry.StoredUnit;
import vn.haicap.adminunit.registry.UnitRepository;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;
import vn.haicap.shared.VietnameseText;

/**
 * The registry of administrative units as of any date from the old register's snapshot (1 March 2025)
 * to today: the tree, a unit, its versions, its lineage both ways, and search by name.
 *
 * <p>Errors: {@code adminunit.date-out-of-range} (400), {@code adminunit.code-invalid} (400),
 * {@code adminunit.level-invalid} (400), {@code adminunit.unit-not-found} (404).
 */
@Service
public class AdminUnits {

    /** The first day the registry answers for: the date of the pre-reform register snapshot. */
    public static final LocalDate COVERAGE_START = AdminUnitDataset.OLD_REGISTER_DATE;

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final UnitRepository units;
    private final Clock clock = Clock.system(VIETNAM);
    private final String fingerprint = AdminUnitDataset.fingerprint();

    AdminUnits(UnitRepository units) {
        this.units = units;
    }

    /** Today in Vietnam: the default date and the end of coverage. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The SHA-256 of the data set the registry was built from; changes whenever the data does. */
    public String datasetFingerprint() {
        return fingerprint;
    }

    /** Throws {@code adminunit.date-out-of-range} unless the date is between {@link #COVERAGE_START} and today. */
    public LocalDate requireCovered(LocalDate date) {
        LocalDate today = today();
        if (date.isBefore(COVERAGE_START) || date.isAfter(today)) {
            throw HaicapException.invalid(
                    "adminunit.date-out-of-range", date.toString(), COVERAGE_START.toString(), today.toString());
        }
        return date;
    }

    /** The provinces in force on a date (34 from 1 July 2025, 63 before). */
    public List<AdministrativeUnit> provinces(LocalDate date) {
        return list(UnitLevel.PROVINCE, date, null, null, new PageRequest(0, PageRequest.MAX_SIZE))
                .items();
    }

    /**
     * The units directly under a province or district on a date: a province's communes (from 1 July 2025)
     * or districts (before), a district's communes.
     */
    public List<AdministrativeUnit> children(String parentCode, LocalDate date) {
        StoredUnit parent = resolve(parentCode, null, date);
        UnitLevel level = parent.unit().level() == UnitLevel.PROVINCE && date.isBefore(AdminUnitDataset.REFORM_DATE)
                ? UnitLevel.DISTRICT
                : UnitLevel.COMMUNE;
        if (parent.unit().level() == UnitLevel.COMMUNE) {
            return List.of();
        }
        List<AdministrativeUnit> children = new ArrayList<>();
        int page = 0;
        PageResult<StoredUnit> batch;
        do {
            batch = units.find(level, date, parentCode, null, new PageRequest(page++, PageRequest.MAX_SIZE));
            batch.items().forEach(u -> children.add(u.unit()));
        } while (!batch.items().isEmpty() && children.size() < batch.total());
        return children;
    }

    /**
     * Units of a level valid on a date, optionally under a parent (province or district code) and whose
     * name contains {@code query} (ignoring case, diacritics and apostrophes), best matches first.
     */
    public PageResult<AdministrativeUnit> list(
            UnitLevel level, LocalDate date, @Nullable String parent, @Nullable String query, PageRequest page) {
        requireCovered(date);
        if (parent != null) {
            UnitLevel.requireValidCode(parent);
        }
        return units.find(level, date, parent, keyOf(query), page).map(StoredUnit::unit);
    }

    /** Units of any level (or of one level) valid on a date whose names contain {@code query}. */
    public PageResult<AdministrativeUnit> search(
            String query, @Nullable UnitLevel level, LocalDate date, PageRequest page) {
        requireCovered(date);
        String key = keyOf(query);
        if (key == null) {
            return new PageResult<>(List.of(), 0, page.page(), page.size());
        }
        return units.find(level, date, null, key, page).map(StoredUnit::unit);
    }

    /** How many units of a level each province (by code) has on a date. */
    public Map<String, Long> countsByProvince(UnitLevel level, LocalDate date) {
        return units.countsByProvince(level, requireCovered(date));
    }

    /**
     * The unit with this code on a date, with its lineage. Without a date: the version in force today, or
     * the last one for a unit that no longer exists. The level defaults to the one the code's length says.
     */
    public UnitDetail unit(String code, @Nullable UnitLevel level, @Nullable LocalDate date) {
        return detail(resolve(code, level, date));
    }

    /** Every version of a code at its level, oldest first, each with its lineage. */
    public List<UnitDetail> history(String code, @Nullable UnitLevel level) {
        List<StoredUnit> versions = units.versions(code, levelOf(code, level));
        if (versions.isEmpty()) {
            throw HaicapException.notFound("adminunit.unit-not-found", code, today().toString());
        }
        return versions.stream().map(this::detail).toList();
    }

    /**
     * The units in force today that an old code became, with the relation ({@code partial} when only part
     * of it went there). Without a date the code's earliest version is the starting point. A district
     * is followed through its communes; a unit still in force answers itself.
     */
    public List<UnitLink> current(String code, @Nullable UnitLevel level, @Nullable LocalDate date) {
        StoredUnit start = date != null ? resolve(code, level, date) : earliest(code, level);
        if (start.unit().validOn(today())) {
            return List.of(new UnitLink(start.unit(), "unchanged", null));
        }
        List<Long> startIds = new ArrayList<>();
        startIds.add(start.id());
        if (start.unit().level() == UnitLevel.DISTRICT) {
            LocalDate lastDay = start.unit().validTo() != null ? start.unit().validTo() : today();
            units.find(UnitLevel.COMMUNE, lastDay, code, null, new PageRequest(0, PageRequest.MAX_SIZE))
                    .items()
                    .forEach(c -> startIds.add(c.id()));
        }
        List<StoredLink> reached = units.forwardTo(startIds, today());
        boolean manyFromDistrict = start.unit().level() == UnitLevel.DISTRICT && reached.size() > 1;
        return reached.stream()
                .map(l -> new UnitLink(l.unit().unit(), manyFromDistrict ? "partial" : relationOf(l), l.event()))
                .toList();
    }

    /** The old units (without predecessors) a unit was made of, with the share of each that went into it. */
    public List<UnitLink> origins(String code, @Nullable UnitLevel level, @Nullable LocalDate date) {
        StoredUnit start = resolve(code, level, date);
        return units.backToOrigins(List.of(start.id())).stream()
                .map(l -> new UnitLink(l.unit().unit(), relationOf(l), l.event()))
                .toList();
    }

    private UnitDetail detail(StoredUnit unit) {
        return new UnitDetail(
                unit.unit(),
                units.predecessors(unit.id()).stream().map(AdminUnits::link).toList(),
                units.successors(unit.id()).stream().map(AdminUnits::link).toList(),
                units.aliases(unit.id()),
                units.endedWithoutSuccessor(unit.id()).orElse(null));
    }

    private StoredUnit resolve(String code, @Nullable UnitLevel level, @Nullable LocalDate date) {
        UnitLevel resolvedLevel = levelOf(code, level);
        if (date != null) {
            requireCovered(date);
            return units.at(code, resolvedLevel, date)
                    .orElseThrow(() -> HaicapException.notFound("adminunit.unit-not-found", code, date.toString()));
        }
        LocalDate today = today();
        return units.at(code, resolvedLevel, today)
                .orElseGet(() -> units.versions(code, resolvedLevel).stream()
                        .max(Comparator.comparing(
                                (StoredUnit u) -> u.unit().validTo(), Comparator.nullsLast(Comparator.naturalOrder())))
                        .orElseThrow(
                                () -> HaicapException.notFound("adminunit.unit-not-found", code, today.toString())));
    }

    private StoredUnit earliest(String code, @Nullable UnitLevel level) {
        List<StoredUnit> versions = units.versions(code, levelOf(code, level));
        if (versions.isEmpty()) {
            throw HaicapException.notFound("adminunit.unit-not-found", code, today().toString());
        }
        return versions.get(0);
    }

    private static UnitLevel levelOf(String code, @Nullable UnitLevel level) {
        UnitLevel byCode = UnitLevel.ofCode(code);
        if (level != null && level != byCode) {
            throw HaicapException.invalid("adminunit.code-invalid", code);
        }
        return byCode;
    }

    private static @Nullable String keyOf(@Nullable String query) {
        if (query == null) {
            return null;
        }
        String key = VietnameseText.searchKey(query);
        return key.isEmpty() ? null : key;
    }

    private static UnitLink link(StoredLink link) {
        return new UnitLink(link.unit().unit(), relationOf(link), link.event());
    }

    private static String relationOf(StoredLink link) {
        return link.relation() != null ? link.relation() : "unchanged";
    }
}
