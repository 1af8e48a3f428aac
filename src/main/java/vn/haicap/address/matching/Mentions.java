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
    /** The entry of each mention in {@link Gazetteer#names}. */
    int[] entry;

    boolean[] numeric;

    /** The type word (and the token it starts at) that ends just before token i. */
    private int[] typeEndingAt = new int[32];

    private int[] typeStartEndingAt = new int[32];

    Mentions() {
        this(32);
    }

    private Mentions(int capacity) {
        start = new int[capacity];
        end = new int[capacity];
        typeStart = new int[capacity];
        type = new int[capacity];
        accent = new long[capacity];
        entry = new int[capacity];
        numeric = new boolean[capacity];
    }

    /** Replaces the content of this (reused) list by the mentions found in {@code text}. */
    Mentions scan(AddressText text, Gazetteer gazetteer) {
        int tokens = text.count;
        count = 0;
        if (typeEndingAt.length < tokens + 1) {
            typeEndingAt = new int[tokens + 1];
            typeStartEndingAt = new int[tokens + 1];
        } else {
            java.util.Arrays.fill(typeEndingAt, 0, tokens + 1, UnitTypes.NONE);
        }
        int[] typeEnding = typeEndingAt;
        int[] typeStartEnding = typeStartEndingAt;
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
                int code = gazetteer.phrase(hash);
                if (code < 0) {
                    break;
                }
                int typeWord = Gazetteer.typeWord(code);
                if (typeWord != UnitTypes.NONE && typeEnding[j + 1] == UnitTypes.NONE) {
                    typeEnding[j + 1] = typeWord;
                    typeStartEnding[j + 1] = i;
                }
                if ((code & Gazetteer.NAMES) != 0) {
                    int type = typeEnding[i];
                    boolean typed = type != UnitTypes.NONE && segments[i - 1] == segments[i];
                    add(
                            i,
                            j + 1,
                            typed ? typeStartEnding[i] : i,
                            typed ? type : UnitTypes.NONE,
                            accent,
                            Gazetteer.entry(code),
                            gazetteer);
                }
                if ((code & Gazetteer.PREFIX) == 0) {
                    break;
                }
            }
        }
        return this;
    }

    private void add(int from, int to, int typedFrom, int typeWord, long accentSum, int name, Gazetteer gazetteer) {
        if (count == start.length) {
            grow();
        }
        start[count] = from;
        end[count] = to;
        typeStart[count] = typedFrom;
        type[count] = typeWord;
        accent[count] = accentSum;
        entry[count] = name;
        numeric[count] = gazetteer.numeric(name);
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
        numeric = java.util.Arrays.copyOf(numeric, capacity);
    }

    /** Whether mention m may name a unit of the given level given its type word (numbers need one). */
    boolean fitsCommune(int m) {
        int t = type[m];
        return t == UnitTypes.NONE ? !numeric[m] : UnitTypes.communeWord(t);
    }

    boolean fitsDistrict(int m) {
        int t = type[m];
        return t == UnitTypes.NONE ? !numeric[m] : UnitTypes.districtWord(t);
    }

    boolean fitsProvince(int m) {
        int t = type[m];
        return !numeric[m] && (t == UnitTypes.NONE || UnitTypes.provinceWord(t));
    }
}
