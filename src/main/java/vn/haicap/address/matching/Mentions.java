package vn.haicap.address.matching;

/**
 * Every phrase of an address that names some unit, with the type word written before it. Found by extending a phrase
 * hash token by token from each start while the phrase is still the beginning of some name, within one comma-separated
 * segment.
 */
final class Mentions {

    int count;
    int[] start;
    int[] end;
    /** The first token of the mention including its type word. */
    int[] typeStart;
    int[] type;
    long[] accent;
    NameEntry[] entry;

    private Mentions(int capacity) {
        start = new int[capacity];
        end = new int[capacity];
        typeStart = new int[capacity];
        type = new int[capacity];
        accent = new long[capacity];
        entry = new NameEntry[capacity];
    }

    static Mentions scan(AddressText text, Gazetteer gazetteer) {
        int tokens = text.count;
        Mentions mentions = new Mentions(Math.max(8, tokens * 2));
        // the type word (and where it starts) that ends just before token i
        int[] typeEndingAt = new int[tokens + 1];
        int[] typeStartEndingAt = new int[tokens + 1];
        long[] hashes = text.hash;
        long[] powers = text.power;
        long[] accents = text.accent;
        int[] segments = text.segment;
        for (int i = 0; i < tokens; i++) {
            long hash = 0;
            long accent = 0;
            int limit = Math.min(tokens, i + Gazetteer.MAX_PHRASE_TOKENS);
            for (int j = i; j < limit && segments[j] == segments[i]; j++) {
                hash = hash * powers[j] + hashes[j];
                accent += accents[j];
                NameEntry entry = gazetteer.entry(hash);
                if (entry == null) {
                    break;
                }
                if (entry.typeWord != UnitTypes.NONE && typeEndingAt[j + 1] == UnitTypes.NONE) {
                    typeEndingAt[j + 1] = entry.typeWord;
                    typeStartEndingAt[j + 1] = i;
                }
                if (entry.names) {
                    int type = typeEndingAt[i];
                    boolean typed = type != UnitTypes.NONE && segments[i - 1] == segments[i];
                    mentions.add(i, j + 1, typed ? typeStartEndingAt[i] : i, typed ? type : UnitTypes.NONE, accent, entry);
                }
                if (!entry.prefix) {
                    break;
                }
            }
        }
        return mentions;
    }

    private void add(int from, int to, int typedFrom, int typeWord, long accentSum, NameEntry name) {
        if (count == start.length) {
            grow();
        }
        start[count] = from;
        end[count] = to;
        typeStart[count] = typedFrom;
        type[count] = typeWord;
        accent[count] = accentSum;
        entry[count] = name;
        count++;
    }

    private void grow() {
        int capacity = start.length * 2;
        start = java.util.Arrays.copyOf(start, capacity);
        end = java.util.Arrays.copyOf(end, capacity);
        typeStart = java.util.Arrays.copyOf(typeStart, capacity);
        type = java.util.Arrays.copyOf(type, capacity);
        accent = java.util.Arrays.copyOf(accent, capacity);
        entry = java.util.Arrays.copyOf(entry, capacity);
    }

    /** Whether mention m may name a unit of the given level given its type word (numbers need one). */
    boolean fitsCommune(int m) {
        int t = type[m];
        return t == UnitTypes.NONE ? !entry[m].numeric : UnitTypes.communeWord(t);
    }

    boolean fitsDistrict(int m) {
        int t = type[m];
        return t == UnitTypes.NONE ? !entry[m].numeric : UnitTypes.districtWord(t);
    }

    boolean fitsProvince(int m) {
        int t = type[m];
        return !entry[m].numeric && (t == UnitTypes.NONE || UnitTypes.provinceWord(t));
    }
}
