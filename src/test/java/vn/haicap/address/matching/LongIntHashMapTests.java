package vn.haicap.address.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntHashMapTests {

    @Test
    void findsEveryKeyPutAndNothingElse() {
        LongIntHashMap map = new LongIntHashMap(5_000);
        Random random = new Random(1);
        long[] keys = new long[5_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextLong();
            map.put(keys[i], i);
        }
        for (int i = 0; i < keys.length; i++) {
            assertThat(map.get(keys[i])).isEqualTo(i);
        }
        assertThat(map.size()).isEqualTo(5_000);
        assertThat(map.get(42L)).isEqualTo(LongIntHashMap.ABSENT);
    }

    @Test
    void acceptsZeroAsAKey() {
        LongIntHashMap map = new LongIntHashMap(4);
        map.put(0L, 7);
        assertThat(map.get(0L)).isEqualTo(7);
    }

    @Test
    void replacesTheValueOfAKeyPutTwice() {
        LongIntHashMap map = new LongIntHashMap(4);
        map.put(9L, 1);
        map.put(9L, 2);
        assertThat(map.get(9L)).isEqualTo(2);
        assertThat(map.size()).isEqualTo(1);
    }

    @Test
    void refusesMoreKeysThanItWasSizedFor() {
        LongIntHashMap map = new LongIntHashMap(2);
        assertThatThrownBy(() -> {
                    for (long k = 1; k < 100; k++) {
                        map.put(k, 0);
                    }
                })
                .isInstanceOf(IllegalStateException.class);
    }
}
