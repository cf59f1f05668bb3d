package io.newsline.publish.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InMemoryByteStoreTest {

    @Test
    void keepsWhatAMapKeepsThroughGrowthOverwritesAndDeletes() {
        InMemoryByteStore store = new InMemoryByteStore();
        Map<Long, byte[]> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            // A small key range, so that puts overwrite and deletes hit, and long probe runs form and are shifted back.
            long key = random.nextInt(3000) * 0x0101_0000_0000_0000L;
            if (random.nextInt(3) == 0) {
                store.delete(key);
                expected.remove(key);
            } else {
                byte[] value = new byte[1 + random.nextInt(16)];
                store.put(key, value);
                expected.put(key, value);
            }
        }
        Map<Long, byte[]> visited = new HashMap<>();
        store.forEach(visited::put);

        assertThat(store.size()).isEqualTo(expected.size());
        assertThat(visited).isEqualTo(expected);
        expected.forEach((key, value) -> assertThat(store.get(key)).isSameAs(value));
        assertThat(store.get(-1L)).isNull();
        long bytes = expected.values().stream().mapToLong(v -> Long.BYTES + v.length).sum();
        assertThat(store.storedBytes()).isEqualTo(bytes);
        expected.keySet().forEach(store::delete);
        assertThat(store.isEmpty()).isTrue();
        assertThat(store.storedBytes()).isZero();
    }
}
