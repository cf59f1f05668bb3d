package io.newsline.publish.match;

import io.newsline.publish.match.text.Hashing;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The compact, article-id-free fingerprint of one text: a one-permutation MinHash signature of all its shingles
 * (one 16-bit minimum per bin, {@link #EMPTY_BIN} when no shingle fell in the bin), a small signature of its lead
 * (the first shingles), the number of shingles and the text's first sentences ({@link SentencePrints}). Two
 * fingerprints alone are enough to verify a pair ({@link Matcher#verify}); {@link #indexKeys()} gives the keys to
 * find candidates: the LSH {@link #bandKeys()} and the keys of the first long sentences.
 *
 * <p>{@link #toBytes()} is {@code 9 + 2 * (bins + leadBins)} bytes (297 for {@link MatchScheme#V1}) plus
 * 2 bytes and 7 per sentence (at most {@value SentencePrints#MAX_SENTENCES}), and carries the scheme version,
 * so a stored fingerprint is never compared with one of another scheme. A fingerprint stored before sentences were
 * added (the MinHash part alone) still reads, with no sentences.
 *
 * <p>Immutable and thread-safe.
 */
public final class Fingerprint {

    /** The value of a bin that received no shingle: larger than any real minimum. */
    public static final char EMPTY_BIN = 0xFFFF;

    private static final int HEADER_BYTES = 9;

    private final int schemeVersion;
    private final int rowsPerBand;
    private final int leadRowsPerBand;
    private final int shingleCount;
    private final char[] minima;
    private final char[] leadMinima;
    private final SentencePrints sentences;

    Fingerprint(int schemeVersion, int rowsPerBand, int leadRowsPerBand, int shingleCount, char[] minima,
                char[] leadMinima) {
        this(schemeVersion, rowsPerBand, leadRowsPerBand, shingleCount, minima, leadMinima, SentencePrints.NONE);
    }

    Fingerprint(int schemeVersion, int rowsPerBand, int leadRowsPerBand, int shingleCount, char[] minima,
                char[] leadMinima, SentencePrints sentences) {
        this.sentences = sentences;
        this.schemeVersion = schemeVersion;
        this.rowsPerBand = rowsPerBand;
        this.leadRowsPerBand = leadRowsPerBand;
        this.shingleCount = shingleCount;
        this.minima = minima;
        this.leadMinima = leadMinima;
    }

    /** @return the {@link MatchScheme#version()} this fingerprint was made with */
    public int schemeVersion() {
        return schemeVersion;
    }

    /** @return the number of shingles of the normalised text (duplicates included) */
    public int shingleCount() {
        return shingleCount;
    }

    /** @return the number of MinHash bins of the whole-text signature */
    public int bins() {
        return minima.length;
    }

    /** @return true when the text had no shingle (nothing to match) */
    public boolean isEmpty() {
        return shingleCount == 0;
    }

    char[] minima() {
        return minima;
    }

    char[] leadMinima() {
        return leadMinima;
    }

    /**
     * @return the text's first sentences ({@link SentencePrints#NONE} for a fingerprint stored before they were
     *     made: it is then verified by MinHash alone)
     */
    public SentencePrints sentences() {
        return sentences;
    }

    int rowsPerBand() {
        return rowsPerBand;
    }

    int leadRowsPerBand() {
        return leadRowsPerBand;
    }

    /**
     * @return the LSH band keys, whole-text bands first, then lead bands (numbered on); empty for an empty
     *     fingerprint. Equal texts give equal keys; texts sharing any key are candidates.
     */
    public List<BandKey> bandKeys() {
        long[] hashes = bandHashes();
        List<BandKey> keys = new ArrayList<>(hashes.length);
        for (int band = 0; band < hashes.length; band++) {
            keys.add(new BandKey(schemeVersion, band, hashes[band]));
        }
        return keys;
    }

    /**
     * @return every key the {@link BandIndex} files the text under: the {@link #bandKeys()}, then the keys of its
     *     first long sentences ({@link SentencePrints#keys}), which find short excerpts and caption-first copies
     */
    public List<BandKey> indexKeys() {
        List<BandKey> keys = bandKeys();
        keys.addAll(sentences.keys(schemeVersion));
        return keys;
    }

    long[] bandHashes() {
        if (shingleCount == 0) {
            return new long[0];
        }
        int mainBands = minima.length / rowsPerBand;
        int leadBands = leadMinima.length / leadRowsPerBand;
        long[] hashes = new long[mainBands + leadBands];
        bandHashes(minima, rowsPerBand, hashes, 0);
        bandHashes(leadMinima, leadRowsPerBand, hashes, mainBands);
        return hashes;
    }

    /**
     * Empty bins take the value of a non-empty bin chosen by a fixed probe sequence ("optimal densification",
     * Shrivastava 2017), so that short texts still get full bands that agree with their copies.
     */
    private void bandHashes(char[] signature, int rows, long[] hashes, int firstBand) {
        int bands = signature.length / rows;
        for (int band = 0; band < bands; band++) {
            long h = Hashing.mix(((long) schemeVersion << 40) ^ ((long) (firstBand + band) << 16) ^ 0x5bd1e995L);
            for (int row = 0; row < rows; row++) {
                h = Hashing.mix(h + densified(signature, band * rows + row));
            }
            hashes[firstBand + band] = h;
        }
    }

    private static int densified(char[] signature, int bin) {
        char value = signature[bin];
        for (long attempt = 1; value == EMPTY_BIN && attempt < 64L * signature.length; attempt++) {
            value = signature[(int) (Hashing.mix(((long) bin << 32) + attempt) & (signature.length - 1))];
        }
        return value;
    }

    /**
     * @return the byte form: version, log2(bins), rows per band, log2(lead bins), lead rows per band, shingle count
     *     (4 bytes), then the bins and the lead bins (2 bytes each, big-endian), then, when the text has sentences,
     *     {@link SentencePrints} (a fingerprint stored without them reads as one with none)
     */
    public byte[] toBytes() {
        byte[] sentenceBytes = sentences.size() == 0 ? new byte[0] : sentences.toBytes();
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + 2 * (minima.length + leadMinima.length)
                + sentenceBytes.length);
        buffer.put((byte) schemeVersion)
                .put((byte) Integer.numberOfTrailingZeros(minima.length))
                .put((byte) rowsPerBand)
                .put((byte) Integer.numberOfTrailingZeros(leadMinima.length))
                .put((byte) leadRowsPerBand)
                .putInt(shingleCount);
        for (char value : minima) {
            buffer.putChar(value);
        }
        for (char value : leadMinima) {
            buffer.putChar(value);
        }
        return buffer.put(sentenceBytes).array();
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
        int log2LeadBins = buffer.get();
        int leadRows = Byte.toUnsignedInt(buffer.get());
        int shingleCount = buffer.getInt();
        if (version == 0 || log2Bins < 3 || log2Bins > 10 || rows == 0 || rows > (1 << log2Bins)
                || log2LeadBins < 0 || log2LeadBins > 6 || leadRows == 0 || leadRows > (1 << log2LeadBins)
                || shingleCount < 0 || bytes.length < HEADER_BYTES + 2 * ((1 << log2Bins) + (1 << log2LeadBins))) {
            throw new IllegalArgumentException("not a fingerprint (bad header or length " + bytes.length + ")");
        }
        char[] minima = new char[1 << log2Bins];
        for (int i = 0; i < minima.length; i++) {
            minima[i] = buffer.getChar();
        }
        char[] leadMinima = new char[1 << log2LeadBins];
        for (int i = 0; i < leadMinima.length; i++) {
            leadMinima[i] = buffer.getChar();
        }
        SentencePrints sentences = buffer.hasRemaining() ? SentencePrints.read(buffer) : SentencePrints.NONE;
        return new Fingerprint(version, rows, leadRows, shingleCount, minima, leadMinima, sentences);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && schemeVersion == that.schemeVersion
                && rowsPerBand == that.rowsPerBand && leadRowsPerBand == that.leadRowsPerBand
                && shingleCount == that.shingleCount && Arrays.equals(minima, that.minima)
                && Arrays.equals(leadMinima, that.leadMinima) && sentences.equals(that.sentences);
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
