package vn.haicap.address.matching;

/** A fixed-size open-addressing map from long keys to non-negative int values; -1 means absent. Not thread-safe to build. */
final class LongIntHashMap {

    static final int ABSENT = -1;
    private static final long EMPTY = 0;

    private final long[] keys;
    private final int[] values;
    private final int mask;
    private int size;

    LongIntHashMap(int expectedSize) {
        int capacity = Integer.highestOneBit(Math.max(4, expectedSize * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    void put(long key, int value) {
        long k = key == EMPTY ? 1 : key;
        int slot = slot(k);
        while (keys[slot] != EMPTY && keys[slot] != k) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            if (++size > mask / 2) {
                throw new IllegalStateException("map is full");
            }
            keys[slot] = k;
        }
        values[slot] = value;
    }

    int get(long key) {
        long k = key == EMPTY ? 1 : key;
        int slot = slot(k);
        long found;
        while ((found = keys[slot]) != EMPTY) {
            if (found == k) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return ABSENT;
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
