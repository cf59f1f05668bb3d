package io.newsline.publish.match;

import io.newsline.publish.match.text.Hashing;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The compact, article-id-free fingerprint of one text: a one-permutation MinHash signature (one 16-bit minimum per
 * bin, {@link #EMPTY_BIN} when no shingle fell in the bin) plus the number of shingles. Two fingerprints alone are
 * enough to verify a pair ({@link Matcher#verify}); {@link #bandKeys()} gives the LSH keys to find candidates.
 *
 * <p>{@link #toBytes()} is {@code 7 + 2 * bins} bytes (263 for {@link MatchScheme#V1}) and carries the scheme
 * version, so a stored fingerprint is never compared with one of another scheme.
 *
 * <p>Immutable and thread-safe.
 */
public final class Fingerprint {

    /** The value of a bin that received no shingle: larger than any real minimum. */
    public static final char EMPTY_BIN = 0xFFFF;

    private static final int HEADER_BYTES = 7;

    private final int schemeVersion;
    private final int rowsPerBand;
    private final int shingleCount;
    private final char[] minima;

    Fingerprint(int schemeVersion, int rowsPerBand, int shingleCount, char[] minima) {
        this.schemeVersion = schemeVersion;
        this.rowsPerBand = rowsPerBand;
        this.shingleCount = shingleCount;
        this.minima = minima;
    }

    /** @return the {@link MatchScheme#version()} this fingerprint was made with */
    public int schemeVersion() {
        return schemeVersion;
    }

    /** @return the number of shingles of the normalised text (duplicates included) */
    public int shingleCount() {
        return shingleCount;
    }

    /** @return the number of MinHash bins */
    public int bins() {
        return minima.length;
    }

    /** @return the bins per LSH band */
    public int rowsPerBand() {
        return rowsPerBand;
    }

    /** @return true when the text had no shingle (nothing to match) */
    public boolean isEmpty() {
        return shingleCount == 0;
    }

    char[] minima() {
        return minima;
    }

    /** @return the LSH band keys; empty for an empty fingerprint */
    public List<BandKey> bandKeys() {
        long[] hashes = bandHashes(schemeVersion, rowsPerBand, shingleCount, minima, 0, minima.length);
        List<BandKey> keys = new ArrayList<>(hashes.length);
        for (int band = 0; band < hashes.length; band++) {
            keys.add(new BandKey(schemeVersion, band, hashes[band]));
        }
        return keys;
    }

    /**
     * Band hashes of a signature stored at {@code minima[offset .. offset + bins)}. Empty bins take the value of a
     * non-empty bin chosen by a fixed probe sequence ("optimal densification", Shrivastava 2017), so short texts
     * still get full bands that agree with their copies.
     */
    static long[] bandHashes(int version, int rows, int shingleCount, char[] minima, int offset, int bins) {
        if (shingleCount == 0) {
            return new long[0];
        }
        int bands = bins / rows;
        long[] hashes = new long[bands];
        for (int band = 0; band < bands; band++) {
            long h = Hashing.mix(((long) version << 40) ^ ((long) band << 16) ^ 0x5bd1e995L);
            for (int row = 0; row < rows; row++) {
                int bin = band * rows + row;
                h = Hashing.mix(h + densified(minima, offset, bins, bin));
            }
            hashes[band] = h;
        }
        return hashes;
    }

    private static int densified(char[] minima, int offset, int bins, int bin) {
        char value = minima[offset + bin];
        for (long attempt = 1; value == EMPTY_BIN; attempt++) {
            int probe = (int) (Hashing.mix(((long) bin << 32) + attempt) & (bins - 1));
            value = minima[offset + probe];
        }
        return value;
    }

    /** @return the byte form: version, log2(bins), rows per band, shingle count, then the bins (big-endian) */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + 2 * minima.length);
        buffer.put((byte) schemeVersion)
                .put((byte) Integer.numberOfTrailingZeros(minima.length))
                .put((byte) rowsPerBand)
                .putInt(shingleCount);
        for (char value : minima) {
            buffer.putChar(value);
        }
        return buffer.array();
    }

    /**
     * Reads {@link #toBytes()}.
     *
     * @throws IllegalArgumentException when the bytes are not a fingerprint
     */
    public static Fingerprint fromBytes(byte[] bytes) {
        if (bytes.length < HEADER_BYTES) {
            throw new IllegalArgumentException("too short for a fingerprint: " + bytes.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int version = Byte.toUnsignedInt(buffer.get());
        int log2Bins = buffer.get();
        int rows = Byte.toUnsignedInt(buffer.get());
        int shingleCount = buffer.getInt();
        if (version == 0 || log2Bins < 3 || log2Bins > 10 || rows == 0 || rows > (1 << log2Bins) || shingleCount < 0
                || bytes.length != HEADER_BYTES + (2 << log2Bins)) {
            throw new IllegalArgumentException("not a fingerprint (bad header or length " + bytes.length + ")");
        }
        char[] minima = new char[1 << log2Bins];
        for (int i = 0; i < minima.length; i++) {
            minima[i] = buffer.getChar();
        }
        return new Fingerprint(version, rows, shingleCount, minima);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && schemeVersion == that.schemeVersion
                && rowsPerBand == that.rowsPerBand && shingleCount == that.shingleCount
                && Arrays.equals(minima, that.minima);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * schemeVersion + shingleCount) + Arrays.hashCode(minima);
    }

    @Override
    public String toString() {
        return "Fingerprint[v" + schemeVersion + ", " + shingleCount + " shingles, " + minima.length + " bins]";
    }
}
