package io.newsline.publish.match;

import io.newsline.publish.match.text.Hashing;

/**
 * A {@link ByteStore} in memory: the matching state of {@code newsline bench}'s publish stage, of the JMH benchmarks
 * and of tests, which run the same {@link BandIndex} as the stream application without its state stores.
 *
 * <p>An open-addressing table of primitive keys (linear probing, deletion by shifting back), so that a million
 * indexed articles (about 41 million keys) fit in a few GB of heap: about 16 bytes of table per slot at a load of at
 * most 0.75, plus the value arrays.
 *
 * <p>Not thread-safe.
 */
public final class InMemoryByteStore implements ByteStore {

    private static final double MAX_LOAD = 0.75;

    private long[] keys = new long[16];
    private byte[][] values = new byte[16][];
    private int size;
    private long storedBytes;

    @Override
    public byte[] get(long key) {
        int slot = find(key);
        return slot < 0 ? null : values[slot];
    }

    @Override
    public void put(long key, byte[] value) {
        if (value == null) {
            throw new IllegalArgumentException("null value for key " + key);
        }
        int slot = find(key);
        if (slot >= 0) {
            storedBytes += value.length - values[slot].length;
            values[slot] = value;
            return;
        }
        if (size + 1 > keys.length * MAX_LOAD) {
            resize(keys.length * 2);
        }
        insert(key, value);
        size++;
        storedBytes += Long.BYTES + value.length;
    }

    @Override
    public void delete(long key) {
        int slot = find(key);
        if (slot < 0) {
            return;
        }
        storedBytes -= Long.BYTES + values[slot].length;
        size--;
        // Shift back the entries after it that probed past the freed slot, so every key stays reachable.
        int mask = keys.length - 1;
        int free = slot;
        for (int next = (free + 1) & mask; values[next] != null; next = (next + 1) & mask) {
            int home = home(keys[next], mask);
            boolean reachable = free <= next ? free < home && home <= next : free < home || home <= next;
            if (!reachable) {
                keys[free] = keys[next];
                values[free] = values[next];
                free = next;
            }
        }
        values[free] = null;
    }

    @Override
    public void forEach(Entry entry) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (values[slot] != null) {
                entry.accept(keys[slot], values[slot]);
            }
        }
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    /** @return how many keys the store holds */
    public int size() {
        return size;
    }

    /** @return the bytes of every key (8) and value as a state store would hold them, without this table's overhead */
    public long storedBytes() {
        return storedBytes;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int slot = home(key, mask); values[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return slot;
            }
        }
        return -1;
    }

    private void insert(long key, byte[] value) {
        int mask = keys.length - 1;
        int slot = home(key, mask);
        while (values[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    private void resize(int capacity) {
        if (capacity <= 0 || capacity > 1 << 30) {
            throw new IllegalStateException("store full: " + size + " keys");
        }
        long[] oldKeys = keys;
        byte[][] oldValues = values;
        keys = new long[capacity];
        values = new byte[capacity][];
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldValues[slot] != null) {
                insert(oldKeys[slot], oldValues[slot]);
            }
        }
    }

    private static int home(long key, int mask) {
        // Mixed: keys share their leading bytes (a bucket key starts with the scheme version and the band).
        return (int) Hashing.mix(key) & mask;
    }

    @Override
    public String toString() {
        return "InMemoryByteStore[" + size + " keys, " + storedBytes + " bytes]";
    }
}
