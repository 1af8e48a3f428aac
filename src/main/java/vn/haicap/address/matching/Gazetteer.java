package vn.haicap.address.matching;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.haicap.address.AddressConversion;
import vn.haicap.address.AddressConversion.Candidate;
import vn.haicap.address.AddressConversion.UnitRef;

/**
 * The units of both systems as arrays indexed by a dense id, the folded-name index over them, and the conversion
 * result precomputed for every old commune and new commune. Immutable once built (see {@link GazetteerBuilder}).
 */
final class Gazetteer {

    /** Longest name, in tokens, that the scan tries. */
    static final int MAX_PHRASE_TOKENS = 7;

    final LongIntHashMap phrases;
    final NameEntry[] entries;

    final UnitRef[] oldProvinces;
    final int[] oldProvinceNewProvince;

    final UnitRef[] newProvinces;
    final int[] newProvinceType;

    final UnitRef[] districts;
    final int[] districtType;
    final int[] districtProvince;
    /** For a district that had no communes and went whole into one new commune (island districts); else null. */
    final @Nullable AddressConversion[] districtConversion;

    final int[] oldCommuneType;
    final int[] oldCommuneDistrict;
    final int[] oldCommuneProvince;
    final int[] oldCommuneNewProvince;
    /** Type, district, old province and new province of old commune u at 4u to 4u + 3: one cache line per unit. */
    final int[] oldCommuneFacts;
    /** Converted (one target) or ambiguous (split) result, with an empty street part and confidence 1. */
    final AddressConversion[] oldCommuneConversion;
    /** The targets of each old commune as candidates that name it, for text that fits several old communes. */
    final List<Candidate>[] oldCommuneCandidates;

    final int[] newCommuneType;
    final int[] newCommuneProvince;
    final AddressConversion[] newCommuneConversion;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Gazetteer(
            LongIntHashMap phrases,
            NameEntry[] entries,
            UnitRef[] oldProvinces,
            int[] oldProvinceNewProvince,
            UnitRef[] newProvinces,
            int[] newProvinceType,
            UnitRef[] districts,
            int[] districtType,
            int[] districtProvince,
            @Nullable AddressConversion[] districtConversion,
            int[] oldCommuneType,
            int[] oldCommuneDistrict,
            int[] oldCommuneProvince,
            int[] oldCommuneNewProvince,
            AddressConversion[] oldCommuneConversion,
            List<Candidate>[] oldCommuneCandidates,
            int[] newCommuneType,
            int[] newCommuneProvince,
            AddressConversion[] newCommuneConversion) {
        this.phrases = phrases;
        this.entries = entries;
        this.oldProvinces = oldProvinces;
        this.oldProvinceNewProvince = oldProvinceNewProvince;
        this.newProvinces = newProvinces;
        this.newProvinceType = newProvinceType;
        this.districts = districts;
        this.districtType = districtType;
        this.districtProvince = districtProvince;
        this.districtConversion = districtConversion;
        this.oldCommuneType = oldCommuneType;
        this.oldCommuneDistrict = oldCommuneDistrict;
        this.oldCommuneProvince = oldCommuneProvince;
        this.oldCommuneNewProvince = oldCommuneNewProvince;
        this.oldCommuneFacts = new int[4 * oldCommuneType.length];
        for (int u = 0; u < oldCommuneType.length; u++) {
            oldCommuneFacts[4 * u] = oldCommuneType[u];
            oldCommuneFacts[4 * u + 1] = oldCommuneDistrict[u];
            oldCommuneFacts[4 * u + 2] = oldCommuneProvince[u];
            oldCommuneFacts[4 * u + 3] = oldCommuneNewProvince[u];
        }
        this.oldCommuneConversion = oldCommuneConversion;
        this.oldCommuneCandidates = oldCommuneCandidates;
        this.newCommuneType = newCommuneType;
        this.newCommuneProvince = newCommuneProvince;
        this.newCommuneConversion = newCommuneConversion;
    }

    /** In a phrase code: a longer name starts with this phrase. */
    static final int PREFIX = 1;
    /** In a phrase code: the phrase names a unit, see {@link #entry(int)}. */
    static final int NAMES = 2;

    /**
     * The code of a phrase hash, or a negative value when no name starts with or equals that phrase. The code holds the
     * {@link #PREFIX} and {@link #NAMES} flags, the type word ({@link #typeWord(int)}) and the entry index, so that
     * the scan reads an entry only for phrases that name something.
     */
    int phrase(long phraseHash) {
        return phrases.get(phraseHash);
    }

    NameEntry entry(int phraseCode) {
        return entries[phraseCode >>> 6];
    }

    static int typeWord(int phraseCode) {
        return (phraseCode >>> 2) & 0xF;
    }

    static int phraseCode(int entryIndex, NameEntry entry) {
        return entryIndex << 6 | entry.typeWord << 2 | (entry.names ? NAMES : 0) | (entry.prefix ? PREFIX : 0);
    }
}
