package vn.haicap.adminunit.seeding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import vn.haicap.adminunit.UnitLevel;

/** The registry while it is being built: ids are handed out in order, versions may still be closed or corrected. */
final class RegistryDraft {

    private final List<SeedVersion> versions = new ArrayList<>();
    private final List<SeedAlias> aliases = new ArrayList<>();
    private final List<SeedEvent> events = new ArrayList<>();
    private final List<SeedLink> links = new ArrayList<>();
    private final Map<String, Long> inForce = new HashMap<>();

    SeedVersion add(LongFunction<SeedVersion> withId) {
        SeedVersion version = withId.apply(versions.size() + 1L);
        versions.add(version);
        if (version.validTo() == null) {
            inForce.put(key(version.code(), version.level()), version.id());
        }
        return version;
    }

    SeedVersion version(long id) {
        return versions.get((int) (id - 1));
    }

    void replace(SeedVersion version) {
        versions.set((int) (version.id() - 1), version);
        if (version.validTo() != null) {
            inForce.remove(key(version.code(), version.level()), version.id());
        }
    }

    /** The version of this code and level that has no end yet. */
    SeedVersion inForce(String code, UnitLevel level) {
        Long id = inForce.get(key(code, level));
        if (id == null) {
            throw new IllegalStateException("no " + level.key() + " " + code + " in force");
        }
        return version(id);
    }

    long event(String kind, LocalDate date, String legalBasis, String description) {
        long id = events.size() + 1L;
        events.add(new SeedEvent(id, kind, date, legalBasis, description));
        return id;
    }

    void link(long eventId, long predecessorId, @Nullable Long successorId, @Nullable String relation) {
        links.add(new SeedLink(eventId, predecessorId, successorId, relation));
    }

    void alias(long versionId, String fullName, String kind, @Nullable String note) {
        aliases.add(new SeedAlias(versionId, fullName, kind, note));
    }

    Registry toRegistry() {
        return new Registry(List.copyOf(versions), List.copyOf(aliases), List.copyOf(events), List.copyOf(links));
    }

    private static String key(String code, UnitLevel level) {
        return level.key() + ":" + code;
    }
}
