package io.newsline.publish.match;

/**
 * The parameters of a fingerprint scheme, named by a version number that every {@link Fingerprint} carries.
 *
 * <p>Fingerprints of different versions cannot be compared: {@link Matcher#verify} answers
 * {@link Relation#NONE} with rule {@code scheme-mismatch}, and band keys of different versions never collide. Any
 * change to a parameter here, to the normalisation rules or to the hash functions therefore needs a new version
 * number, and the state built with the old one must be rebuilt by replaying the articles through the new
 * fingerprinter (see docs/QUALITY.md, "Dedupe (syndicated copies)").
 *
 * <p>Immutable and thread-safe.
 *
 * @param version the scheme version stored in each fingerprint (1..255)
 * @param wordShingleSize words per shingle for texts written with spaces between words
 * @param charShingleSize characters per shingle for texts mostly in scripts written without spaces (CJK, Thai...)
 * @param bins MinHash bins (one-permutation hashing; 16 bits each in the fingerprint)
 * @param rowsPerBand bins per LSH band; the number of bands is {@code bins / rowsPerBand}
 * @param leadShingles how many leading shingles make the lead signature: a truncated copy keeps the lead of the
 *     text it copies, so lead bands find copies whose resemblance is too low for the main bands
 * @param leadBins MinHash bins of the lead signature
 * @param leadRowsPerBand bins per lead band
 */
public record MatchScheme(int version, int wordShingleSize, int charShingleSize, int bins, int rowsPerBand,
                          int leadShingles, int leadBins, int leadRowsPerBand) {

    /**
     * The scheme in use: 3-word shingles (5 characters for scripts without spaces), 128 bins of 16 bits in 32
     * bands of 4 rows, and a lead signature of the first 96 sentence shingles in 16 bins, 8 bands of 2 rows.
     * Chosen by measurement (docs/QUALITY.md).
     */
    public static final MatchScheme V1 = new MatchScheme(1, 3, 5, 128, 4, 96, 16, 2);

    public MatchScheme {
        if (version < 1 || version > 255) {
            throw new IllegalArgumentException("version must be 1..255: " + version);
        }
        if (wordShingleSize < 1 || charShingleSize < 1) {
            throw new IllegalArgumentException("shingle sizes must be positive");
        }
        if (bins < 8 || bins > 1024 || Integer.bitCount(bins) != 1) {
            throw new IllegalArgumentException("bins must be a power of two in 8..1024: " + bins);
        }
        if (rowsPerBand < 1 || rowsPerBand > bins) {
            throw new IllegalArgumentException("rowsPerBand must be in 1..bins: " + rowsPerBand);
        }
        if (leadBins < 1 || leadBins > 64 || Integer.bitCount(leadBins) != 1 || leadRowsPerBand < 1
                || leadRowsPerBand > leadBins || leadShingles < 1) {
            throw new IllegalArgumentException("lead bins must be a power of two up to 64, rows in 1..leadBins");
        }
        if (bins / rowsPerBand + leadBins / leadRowsPerBand > 255) {
            throw new IllegalArgumentException("at most 255 bands in all");
        }
    }

    /**
     * @return the number of LSH bands: main bands (the trailing {@code bins % rowsPerBand} bins are in none), then
     *     lead bands
     */
    public int bands() {
        return bins / rowsPerBand + leadBins / leadRowsPerBand;
    }
}
