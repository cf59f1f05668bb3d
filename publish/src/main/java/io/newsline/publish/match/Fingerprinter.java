package io.newsline.publish.match;

import io.newsline.publish.match.text.Shingler;
import java.util.Arrays;

/**
 * Makes the {@link Fingerprint} of an article's cleaned text under one {@link MatchScheme}.
 *
 * <p>Each shingle hash is used once (one-permutation MinHash): its top bits choose one of the scheme's bins and the
 * next 16 bits are its value there; a bin keeps its smallest value. This costs one pass over the shingles whatever
 * the number of bins, which is what keeps fingerprinting close to the cost of shingling itself. The same pass hands
 * the kept lines to {@link io.newsline.publish.match.text.SentenceHasher} for the fingerprint's
 * {@link SentencePrints}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Fingerprinter {

    private final MatchScheme scheme;
    private final Shingler shingler;
    private final int binShift;
    private final int valueShift;

    /** A fingerprinter for {@link MatchScheme#V1}. */
    public Fingerprinter() {
        this(MatchScheme.V1);
    }

    public Fingerprinter(MatchScheme scheme) {
        this.scheme = scheme;
        this.shingler = new Shingler(scheme.wordShingleSize(), scheme.charShingleSize());
        int log2Bins = Integer.numberOfTrailingZeros(scheme.bins());
        this.binShift = 64 - log2Bins;
        this.valueShift = 64 - log2Bins - 16;
    }

    /** @return the scheme this fingerprinter uses */
    public MatchScheme scheme() {
        return scheme;
    }

    /** @return the normaliser and shingler behind the fingerprints (for measuring its cost alone) */
    public Shingler shingler() {
        return shingler;
    }

    /**
     * @param text the cleaned article text, paragraphs on separate lines; null is treated as empty
     * @param title the headline, left out (copies change headlines); may be null
     * @param dateline a dateline the caller knows, removed; may be null
     * @param credit a credit or byline the caller knows, removed; may be null
     * @return the fingerprint ({@link Fingerprint#isEmpty()} when the text has no words)
     */
    public Fingerprint fingerprint(String text, String title, String dateline, String credit) {
        char[] minima = new char[scheme.bins()];
        char[] sentenceLead = new char[scheme.leadBins()];
        // Lead of all lines, used when the text has no line that ends like a sentence.
        char[] fallbackLead = new char[scheme.leadBins()];
        Arrays.fill(minima, Fingerprint.EMPTY_BIN);
        Arrays.fill(sentenceLead, Fingerprint.EMPTY_BIN);
        Arrays.fill(fallbackLead, Fingerprint.EMPTY_BIN);
        int leadShingles = scheme.leadShingles();
        int leadMask = scheme.leadBins() - 1;
        int[] seen = new int[2];
        SentencePrints.Builder sentences = new SentencePrints.Builder();
        int count = shingler.shingles(text, title, dateline, credit, (hash, sentence) -> {
            int bin = (int) (hash >>> binShift);
            // 0xFFFF is reserved for empty bins; folding it onto 0xFFFE costs nothing measurable.
            char value = (char) Math.min((hash >>> valueShift) & 0xFFFF, 0xFFFE);
            if (value < minima[bin]) {
                minima[bin] = value;
            }
            if (seen[1] < leadShingles || (sentence && seen[0] < leadShingles)) {
                // Low bits choose the lead bin so lead and main signatures use independent bits of the hash.
                int leadBin = (int) hash & leadMask;
                char leadValue = (char) Math.min((hash >>> 8) & 0xFFFF, 0xFFFE);
                if (seen[1]++ < leadShingles && leadValue < fallbackLead[leadBin]) {
                    fallbackLead[leadBin] = leadValue;
                }
                // The lead is the first shingles of sentence lines: not headlines or captions with credits.
                if (sentence && seen[0]++ < leadShingles && leadValue < sentenceLead[leadBin]) {
                    sentenceLead[leadBin] = leadValue;
                }
            }
        }, sentences::line);
        char[] leadMinima = seen[0] == 0 ? fallbackLead : sentenceLead;
        return new Fingerprint(scheme.version(), scheme.rowsPerBand(), scheme.leadRowsPerBand(), count, minima,
                leadMinima, sentences.build());
    }

    /** Shorthand for {@code fingerprint(text, null, null, null)}. */
    public Fingerprint fingerprint(String text) {
        return fingerprint(text, null, null, null);
    }
}
