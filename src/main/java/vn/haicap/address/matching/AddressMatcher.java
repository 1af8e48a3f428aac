package vn.haicap.address.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.haicap.address.AddressConversion;
import vn.haicap.address.AddressConversion.Candidate;
import vn.haicap.address.AddressConversion.Status;
import vn.haicap.address.AddressConversion.UnitRef;
import vn.haicap.address.AddressConverter;
import vn.haicap.adminunit.AdminUnitDataset;

/**
 * Reads an address as people write it and finds the unit it names, old or new.
 *
 * <p>The text is folded and split into tokens ({@link AddressText}), every phrase that names a unit is found with the
 * type word before it ({@link Mentions}), and every unit named is scored by how much of the hierarchy around it the
 * text confirms ({@link MatchScorer}). One best reading gives its precomputed result with the street part of this
 * text; several equally good ones give an ambiguous result listing all their candidates.
 *
 * <p>Thread-safe: the buffers of a conversion belong to the calling thread and are reused by its next conversion.
 */
public final class AddressMatcher implements AddressConverter {

    /** More distinct units than this fit the text: nothing useful was recognised. */
    private static final int MAX_AMBIGUOUS_UNITS = 40;

    private final Gazetteer gazetteer;
    private final ThreadLocal<Workspace> workspaces;

    private AddressMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.workspaces = ThreadLocal.withInitial(() -> new Workspace(gazetteer));
    }

    /** The buffers of one conversion, reused by the next one on the same thread. */
    private static final class Workspace {
        final AddressText text = new AddressText();
        final Mentions mentions = new Mentions();
        final MatchScorer scorer;

        Workspace(Gazetteer gazetteer) {
            scorer = new MatchScorer(gazetteer);
        }
    }

    /** Builds the name index from the data set (a few hundred milliseconds). */
    public static AddressMatcher from(AdminUnitDataset data) {
        return new AddressMatcher(GazetteerBuilder.build(data));
    }

    @Override
    public AddressConversion convert(String address) {
        if (address == null) {
            return AddressConversion.notFound("");
        }
        Workspace workspace = workspaces.get();
        AddressText text = workspace.text.load(address);
        Readings readings = workspace.scorer.score(text, workspace.mentions.scan(text, gazetteer));
        if (readings.count == 0 || readings.count > MAX_AMBIGUOUS_UNITS) {
            return AddressConversion.notFound(trimmed(address, address.length()));
        }
        if (readings.count == 1) {
            AddressConversion template = template(readings.kind[0], readings.unit[0]);
            return withDetails(template, readings.confidence[0], streetPart(text, readings.firstToken[0]));
        }
        return ambiguous(text, readings);
    }

    private AddressConversion template(int kind, int unit) {
        return switch (kind) {
            case Readings.OLD_COMMUNE -> gazetteer.oldCommuneConversion[unit];
            case Readings.NEW_COMMUNE -> gazetteer.newCommuneConversion[unit];
            default -> Objects.requireNonNull(gazetteer.districtConversion[unit]);
        };
    }

    private AddressConversion ambiguous(AddressText text, Readings readings) {
        List<Candidate> candidates = new ArrayList<>();
        int firstToken = Integer.MAX_VALUE;
        double confidence = 0;
        AddressConversion first = template(readings.kind[0], readings.unit[0]);
        UnitRef district = first.oldDistrict();
        UnitRef oldProvince = first.oldProvince();
        UnitRef newProvince = first.newProvince();
        for (int k = 0; k < readings.count; k++) {
            int unit = readings.unit[k];
            AddressConversion reading = template(readings.kind[k], unit);
            switch (readings.kind[k]) {
                case Readings.OLD_COMMUNE -> candidates.addAll(gazetteer.oldCommuneCandidates[unit]);
                case Readings.NEW_COMMUNE -> candidates.add(newCandidate(reading, "already_new"));
                default -> candidates.add(newCandidate(reading, "whole_district"));
            }
            district = same(district, reading.oldDistrict());
            oldProvince = same(oldProvince, reading.oldProvince());
            newProvince = same(newProvince, reading.newProvince());
            firstToken = Math.min(firstToken, readings.firstToken[k]);
            confidence = Math.max(confidence, readings.confidence[k]);
        }
        return new AddressConversion(
                Status.AMBIGUOUS,
                null,
                district,
                oldProvince,
                null,
                newProvince,
                List.copyOf(candidates),
                confidence / readings.count,
                streetPart(text, firstToken));
    }

    private static Candidate newCandidate(AddressConversion reading, String relation) {
        UnitRef commune = Objects.requireNonNull(reading.newCommune());
        return new Candidate(
                commune.code(),
                commune.name(),
                relation,
                reading.oldCommune(),
                Objects.requireNonNull(reading.newProvince()));
    }

    private static @Nullable UnitRef same(@Nullable UnitRef kept, @Nullable UnitRef other) {
        return kept != null && kept.equals(other) ? kept : null;
    }

    private static AddressConversion withDetails(AddressConversion template, double confidence, String streetPart) {
        if (streetPart.isEmpty() && confidence == template.confidence()) {
            return template;
        }
        return new AddressConversion(
                template.status(),
                template.oldCommune(),
                template.oldDistrict(),
                template.oldProvince(),
                template.newCommune(),
                template.newProvince(),
                template.candidates(),
                confidence,
                streetPart);
    }

    /** The original text before the first token of the unit name (including its type word), trimmed. */
    private static String streetPart(AddressText text, int firstToken) {
        if (firstToken <= 0) {
            return "";
        }
        return trimmed(text.source, text.sourceStart[firstToken]);
    }

    private static String trimmed(String source, int end) {
        int from = 0;
        int to = end;
        while (from < to && isPadding(source.charAt(from))) {
            from++;
        }
        while (to > from && isPadding(source.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == source.length() ? source : source.substring(from, to);
    }

    private static boolean isPadding(char c) {
        return c <= ' ' || c == ',' || c == ';' || c == '-' || c == '\u2013' || c == '|' || c == ':' || c == '\u00A0';
    }
}
