package io.newsline.publish.app;

import io.newsline.publish.match.ByteStore;
import java.nio.ByteBuffer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A binary state store as the {@link ByteStore} the matching core keeps its index in: a key is stored as its 8 bytes,
 * big-endian, so the store's byte order is the keys' order. Not thread-safe.
 */
final class KeyValueByteStore implements ByteStore {

    private final KeyValueStore<byte[], byte[]> store;

    KeyValueByteStore(KeyValueStore<byte[], byte[]> store) {
        this.store = store;
    }

    @Override
    public byte[] get(long key) {
        return store.get(bytes(key));
    }

    @Override
    public void put(long key, byte[] value) {
        store.put(bytes(key), value);
    }

    @Override
    public void delete(long key) {
        store.delete(bytes(key));
    }

    @Override
    public void forEach(Entry entry) {
        try (KeyValueIterator<byte[], byte[]> all = store.all()) {
            all.forEachRemaining(kv -> entry.accept(ByteBuffer.wrap(kv.key).getLong(), kv.value));
        }
    }

    @Override
    public boolean isEmpty() {
        try (KeyValueIterator<byte[], byte[]> all = store.all()) {
            return !all.hasNext();
        }
    }

    private static byte[] bytes(long key) {
        return ByteBuffer.allocate(Long.BYTES).putLong(key).array();
    }
}
