package io.newsline.publish.match;

import java.nio.ByteBuffer;

/**
 * One LSH band of a fingerprint: two fingerprints that share any band key are candidates for verification.
 * Usable as a record key (see {@link #toBytes()}) to shard candidate lookup by band; keys of different scheme
 * versions or different bands never collide.
 *
 * @param schemeVersion the {@link MatchScheme#version()} of the fingerprint
 * @param band the band number, 0-based
 * @param hash the 64-bit hash of the band's bins (which includes version and band number)
 */
public record BandKey(int schemeVersion, int band, long hash) {

    /** Length of {@link #toBytes()}. */
    public static final int BYTES = 10;

    /** @return version (1 byte), band (1 byte), hash (8 bytes, big-endian): stable across releases of a scheme */
    public byte[] toBytes() {
        return ByteBuffer.allocate(BYTES).put((byte) schemeVersion).put((byte) band).putLong(hash).array();
    }

    /** Reads {@link #toBytes()}. */
    public static BandKey fromBytes(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a band key has " + BYTES + " bytes, not " + bytes.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new BandKey(Byte.toUnsignedInt(buffer.get()), Byte.toUnsignedInt(buffer.get()), buffer.getLong());
    }

    @Override
    public String toString() {
        return "v" + schemeVersion + "-b" + band + "-" + Long.toHexString(hash);
    }
}
