package io.newsline.publish.match.text;

/** 64-bit hash helpers shared by shingling and band keys. Stateless and thread-safe. */
public final class Hashing {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {
    }

    /** @return the FNV-1a start value for {@link #addCodePoint} */
    public static long start() {
        return FNV_OFFSET;
    }

    /** Adds one code point to an FNV-1a hash. */
    public static long addCodePoint(long hash, int codePoint) {
        return (hash ^ codePoint) * FNV_PRIME;
    }

    /** MurmurHash3's 64-bit finaliser: spreads every input bit over every output bit. */
    public static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
