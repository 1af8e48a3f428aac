package vn.haicap.address.matching;

/**
 * A fixed-capacity open-addressing map from long keys to non-negative int values, with linear probing. Key and value
 * share one array so that a probe reads one cache line. Not thread-safe to fill; safe to read once filled.
 */
final class LongIntHashMap {

    static final int ABSENT = -1;
    private static final long EMPTY = 0;

    /** key at 2 * slot, value at 2 * slot + 1. */
    private final long[] table;

    private final int mask;
    private final int shift;
    private int size;

    LongIntHashMap(int expectedSize) {
        int capacity = Integer.highestOneBit(Math.max(4, expectedSize * 2 - 1)) << 1;
        table = new long[capacity * 2];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values must not be negative");
        }
        long k = key == EMPTY ? 1 : key;
        int slot = slot(k);
        while (table[2 * slot] != EMPTY && table[2 * slot] != k) {
            slot = (slot + 1) & mask;
        }
        if (table[2 * slot] == EMPTY) {
            if (++size > mask / 2) {
                throw new IllegalStateException("map is full");
            }
            table[2 * slot] = k;
        }
        table[2 * slot + 1] = value;
    }

    int get(long key) {
        long k = key == EMPTY ? 1 : key;
        int slot = slot(k);
        long[] t = table;
        long found;
        while ((found = t[2 * slot]) != EMPTY) {
            if (found == k) {
                return (int) t[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        return ABSENT;
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
