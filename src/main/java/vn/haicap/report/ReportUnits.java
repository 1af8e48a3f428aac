package vn.haicap.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.haicap.account.CurrentUser;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Jurisdiction;
import vn.haicap.shared.Role;

/**
 * The units reports are made for (the nation, the 34 provinces, the 3,321 communes, as in force) and who may
 * see which: the ministry the nation, province staff their province and its communes, commune staff their
 * commune. Citizens and businesses see no reports.
 */
@Component
public class ReportUnits {

    private static final Set<Role> STAFF = Set.of(
            Role.COUNTER_OFFICER,
            Role.SPECIALIST,
            Role.LEADER,
            Role.HR_OFFICER,
            Role.UNIT_ADMIN,
            Role.PROVINCE_ADMIN,
            Role.MINISTRY_ADMIN);

    private final Map<String, ReportUnit> units = new HashMap<>();
    private final Map<String, List<ReportUnit>> communesOf = new HashMap<>();
    private final List<ReportUnit> provinces = new ArrayList<>();

    ReportUnits(AdminUnitDataset dataset) {
        units.put(ReportUnit.NATION, new ReportUnit(ReportUnit.NATION, "Việt Nam", ReportUnit.Level.NATION, null));
        for (AdminUnitDataset.Province p : dataset.provinces()) {
            ReportUnit u = new ReportUnit(p.code(), p.fullName(), ReportUnit.Level.PROVINCE, p.code());
            units.put(p.code(), u);
            provinces.add(u);
        }
        provinces.sort(Comparator.comparing(ReportUnit::code));
        for (AdminUnitDataset.Commune c : dataset.communes()) {
            ReportUnit u = new ReportUnit(c.code(), c.fullName(), ReportUnit.Level.COMMUNE, c.provinceCode());
            units.put(c.code(), u);
            communesOf.computeIfAbsent(c.provinceCode(), k -> new ArrayList<>()).add(u);
        }
        communesOf.values().forEach(list -> list.sort(Comparator.comparing(ReportUnit::code)));
    }

    /** Whether the user may see reports at all. */
    public static boolean canReport(CurrentUser user) {
        return user.roles().stream().anyMatch(STAFF::contains);
    }

    /** The unit the user sees by default: their commune, their province, or the nation. */
    public ReportUnit home(CurrentUser user) {
        requireStaff(user);
        Jurisdiction j = user.jurisdiction();
        return switch (j.scope()) {
            case NATIONAL -> units.get(ReportUnit.NATION);
            case PROVINCE -> find(j.provinceCode());
            case COMMUNE -> find(j.communeCode());
            case NONE -> throw HaicapException.forbidden("report.forbidden");
        };
    }

    /**
     * The unit with this code (blank: the user's own), which must lie within the user's jurisdiction:
     * {@code report.unit-unknown} (400), {@code report.outside-jurisdiction} (403).
     */
    public ReportUnit resolve(CurrentUser user, @Nullable String code) {
        requireStaff(user);
        if (code == null || code.isBlank()) {
            return home(user);
        }
        ReportUnit unit = find(code.strip().toUpperCase(java.util.Locale.ROOT));
        if (!covers(user.jurisdiction(), unit)) {
            throw HaicapException.forbidden("report.outside-jurisdiction", unit.code());
        }
        return unit;
    }

    /** The units one level down: the provinces of the nation, the communes of a province; none for a commune. */
    public List<ReportUnit> children(ReportUnit unit) {
        return switch (unit.level()) {
            case NATION -> List.copyOf(provinces);
            case PROVINCE -> communesOf.getOrDefault(unit.code(), List.of());
            case COMMUNE -> List.of();
        };
    }

    /** A unit by code without a jurisdiction check (for names and breadcrumbs). */
    public ReportUnit resolveKnownUnit(String code) {
        return resolveKnown(code);
    }

    ReportUnit resolveKnown(String code) {
        ReportUnit u = units.get(code);
        return u != null
                ? u
                : new ReportUnit(
                        code, code, code.length() == 5 ? ReportUnit.Level.COMMUNE : ReportUnit.Level.PROVINCE, null);
    }

    public List<ReportUnit> provinces() {
        return List.copyOf(provinces);
    }

    public String name(String code) {
        ReportUnit u = units.get(code);
        return u == null ? code : u.name();
    }

    private ReportUnit find(@Nullable String code) {
        ReportUnit unit = code == null ? null : units.get(code);
        if (unit == null) {
            throw HaicapException.invalid("report.unit-unknown", String.valueOf(code));
        }
        return unit;
    }

    static boolean covers(Jurisdiction j, ReportUnit unit) {
        return switch (unit.level()) {
            case NATION -> j.scope() == Jurisdiction.Scope.NATIONAL;
            case PROVINCE ->
                j.scope() == Jurisdiction.Scope.NATIONAL
                        || (j.scope() == Jurisdiction.Scope.PROVINCE
                                && unit.code().equals(j.provinceCode()));
            case COMMUNE -> j.covers(unit.provinceCode(), unit.code());
        };
    }

    private static void requireStaff(CurrentUser user) {
        if (!canReport(user)) {
            throw HaicapException.forbidden("report.forbidden");
        }
    }
}
