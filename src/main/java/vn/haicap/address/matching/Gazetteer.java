package vn.haicap.address.matching;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.haicap.address.AddressConversion;
import vn.haicap.address.AddressConversion.Candidate;
import vn.haicap.address.AddressConversion.UnitRef;

/**
 * The folded-name index over the units of both systems (units by a dense id), the few unit facts the scoring needs, and
 * the conversion result precomputed for every old commune and new commune. Immutable once built (see
 * {@link GazetteerBuilder}).
 */
final class Gazetteer {

    /** Longest name, in tokens, that the scan tries. */
    static final int MAX_PHRASE_TOKENS = 7;

    final LongIntHashMap phrases;
    /**
     * Name entries, flattened so that reading one touches one or two cache lines. An entry at offset e holds: at e,
     * 1 if the name is a number (it names a unit only after a type word); at e + 1 + L, the start of the unit ids of
     * level L ({@link Level}), the ids of level L ending where those of L + 1 start; then {@link #STRIDE} ints per
     * unit: its id, the folded accent weight ({@link #foldAccent(long)}) of the spelling that gave it, and for an old
     * commune its district and {@link #packFacts packed} type and provinces (for a new commune, -1 and its packed
     * facts), so that most units can be ruled out without reading anything else.
     */
    final int[] names;

    final UnitRef[] oldProvinces;
    final int[] oldProvinceNewProvince;

    final UnitRef[] districts;
    final int[] districtType;
    final int[] districtProvince;
    /** For a district that had no communes and went whole into one new commune (island districts); else null. */
    final @Nullable AddressConversion[] districtConversion;
    /** Whether district d has a {@link #districtConversion}. */
    final boolean[] islandDistrict;

    /** Converted (one target) or ambiguous (split) result, with an empty street part and confidence 1. */
    final AddressConversion[] oldCommuneConversion;
    /** The targets of each old commune as candidates that name it, for text that fits several old communes. */
    final List<Candidate>[] oldCommuneCandidates;

    final AddressConversion[] newCommuneConversion;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Gazetteer(
            LongIntHashMap phrases,
            int[] names,
            UnitRef[] oldProvinces,
            int[] oldProvinceNewProvince,
            UnitRef[] districts,
            int[] districtType,
            int[] districtProvince,
            @Nullable AddressConversion[] districtConversion,
            AddressConversion[] oldCommuneConversion,
            List<Candidate>[] oldCommuneCandidates,
            AddressConversion[] newCommuneConversion) {
        this.phrases = phrases;
        this.names = names;
        this.oldProvinces = oldProvinces;
        this.oldProvinceNewProvince = oldProvinceNewProvince;
        this.districts = districts;
        this.districtType = districtType;
        this.districtProvince = districtProvince;
        this.districtConversion = districtConversion;
        this.oldCommuneConversion = oldCommuneConversion;
        this.oldCommuneCandidates = oldCommuneCandidates;
        this.newCommuneConversion = newCommuneConversion;
        this.islandDistrict = new boolean[districtConversion.length];
        for (int d = 0; d < districtConversion.length; d++) {
            islandDistrict[d] = districtConversion[d] != null;
        }
    }

    /** In a phrase code: a longer name starts with this phrase. */
    static final int PREFIX = 1;
    /** In a phrase code: the phrase names a unit, see {@link #entry(int)}. */
    static final int NAMES = 2;

    /**
     * The code of a phrase hash, or a negative value when no name starts with or equals that phrase. The code holds the
     * {@link #PREFIX} and {@link #NAMES} flags, the type word ({@link #typeWord(int)}) and the entry offset.
     */
    int phrase(long phraseHash) {
        return phrases.get(phraseHash);
    }

    /** The offset in {@link #names} of the entry of a phrase code. */
    static int entry(int phraseCode) {
        return phraseCode >>> 6;
    }

    static int typeWord(int phraseCode) {
        return (phraseCode >>> 2) & 0xF;
    }

    static int phraseCode(int entry, int typeWord, boolean names, boolean prefix) {
        return entry << 6 | typeWord << 2 | (names ? NAMES : 0) | (prefix ? PREFIX : 0);
    }

    boolean numeric(int entry) {
        return names[entry] != 0;
    }

    /** Ints per unit in {@link #names}. */
    static final int STRIDE = 4;

    /** Type (bits 16-23), new province (bits 8-15) and old province (bits 0-7) of a unit in one int. */
    static int packFacts(int type, int newProvince, int oldProvince) {
        return type << 16 | newProvince << 8 | oldProvince;
    }

    static int typeOf(int facts) {
        return facts >>> 16;
    }

    static int newProvinceOf(int facts) {
        return (facts >>> 8) & 0xFF;
    }

    static int oldProvinceOf(int facts) {
        return facts & 0xFF;
    }

    /** An accent weight in 32 bits, as kept in {@link #names}. */
    static int foldAccent(long accent) {
        return (int) (accent ^ (accent >>> 32));
    }

    /** Where the unit ids of a level start in {@link #names}; ids are {@link #STRIDE} ints apart. */
    int from(int entry, int level) {
        return names[entry + 1 + level];
    }

    /** Where the unit ids of a level end in {@link #names}. */
    int to(int entry, int level) {
        return names[entry + 2 + level];
    }

    boolean names(int entry, int level) {
        return names[entry + 2 + level] > names[entry + 1 + level];
    }

    boolean names(int entry, int level, int unit) {
        int[] n = names;
        for (int i = n[entry + 1 + level], end = n[entry + 2 + level]; i < end; i += STRIDE) {
            if (n[i] == unit) {
                return true;
            }
        }
        return false;
    }
}
