package io.newsline.publish.match;

/**
 * A key-value store of byte values under 8-byte keys: what {@link BandIndex} keeps its state in (every key of the
 * matching state is 8 bytes, see there). The stream application adapts its binary state stores to it, storing a key
 * as its 8 bytes, big-endian; {@link InMemoryByteStore} serves the bench, benchmarks and tests.
 *
 * <p>Implementations need not be thread-safe; {@link BandIndex} uses one from one thread.
 */
public interface ByteStore {

    /** @return the value stored under the key, or null */
    byte[] get(long key);

    /** Stores the value under the key, replacing any value there. The store may keep the array: do not change it. */
    void put(long key, byte[] value);

    /** Removes the key and its value, if present. */
    void delete(long key);

    /** Calls {@code entry} with every key and value; the store must not be changed while it runs. */
    void forEach(Entry entry);

    /** @return true when the store holds no key */
    boolean isEmpty();

    /** One key and its value, as {@link #forEach} visits them. */
    @FunctionalInterface
    interface Entry {
        void accept(long key, byte[] value);
    }
}
