package vn.haicap.address.matching;

/**
 * What one folded phrase can name: units at each level (with the accent weight of the spelling that produced it), a
 * unit type word ({@code phường}, {@code tp}, ...), or just the beginning of a longer name.
 */
final class NameEntry {

    static final int OLD_PROVINCE = 0;
    static final int NEW_PROVINCE = 1;
    static final int DISTRICT = 2;
    static final int OLD_COMMUNE = 3;
    static final int NEW_COMMUNE = 4;
    static final int LEVELS = 5;

    /** A longer name starts with this phrase, so the scan should go on. */
    final boolean prefix;
    /** The unit type this phrase stands for when written before a name, or {@link UnitTypes#NONE}. */
    final int typeWord;
    /** The phrase is a number ({@code 3} in {@code Phường 3}); it names a unit only after a type word. */
    final boolean numeric;

    final boolean names;
    final int[][] units;
    final long[][] accents;

    NameEntry(boolean prefix, int typeWord, boolean numeric, int[][] units, long[][] accents) {
        this.prefix = prefix;
        this.typeWord = typeWord;
        this.numeric = numeric;
        this.units = units;
        this.accents = accents;
        boolean any = false;
        for (int[] level : units) {
            any |= level.length > 0;
        }
        this.names = any;
    }
}
