package io.newsline.ingest.extract.lang;

import java.util.Arrays;

/**
 * The character trigrams of one cleaned text, counted as its characters are appended, so that the text is never
 * built: a text's letters lower-cased and its other runs as one space, opening and closing with a space (see
 * {@link LanguageDetector#rankedTrigrams}). Counted in an open-addressing table of packed trigrams, read through the
 * slots in use in the order their trigrams first came, and ranked by frequency (ties in character order), at most
 * {@value #PROFILE_SIZE}. The table's layout decides nothing: the ranking is a total order of count and trigram.
 *
 * <p>Not thread-safe; one per text.
 */
final class TrigramCounts {

    static final int PROFILE_SIZE = 300;
    /** Above any trigram count of a sample, in 15 bits. */
    private static final int MAX_COUNT = 0x7FFF;
    private static final long KEY_MASK = (1L << 48) - 1;

    private final long[] keys;
    private final int[] counts;
    /** The slots in use, in the order their trigrams first came: the table is read through them, not slot by slot. */
    private final int[] used;
    private int distinct;
    private int appended;
    private char beforeLast;
    private char last;

    /**
     * Counts for a cleaned text of at most {@code maxChars} characters, the opening space appended here and the
     * closing one included: a text of n characters cleans to at most n + 2 (a letter's lower case has as many UTF-16
     * characters as the letter, a run of other characters becomes one space).
     */
    TrigramCounts(int maxChars) {
        int trigrams = Math.max(maxChars - 2, 0);
        int capacity = Integer.highestOneBit(Math.max(trigrams, 8) * 2 - 1) << 1;
        keys = new long[capacity];
        counts = new int[capacity];
        used = new int[trigrams];
        append(' ');
    }

    /** Appends a character of the cleaned text, counting the trigram it closes. */
    void append(char c) {
        if (appended >= 2) {
            count(pack(beforeLast, last, c));
        }
        beforeLast = last;
        last = c;
        appended++;
    }

    /** Appends a lower-cased letter, as its UTF-16 characters. */
    void appendLetter(int lowerCase) {
        if (Character.isBmpCodePoint(lowerCase)) {
            append((char) lowerCase);
        } else {
            append(Character.highSurrogate(lowerCase));
            append(Character.lowSurrogate(lowerCase));
        }
    }

    /** Ends a word: appends a space unless the cleaned text ends with one. */
    void endWord() {
        if (last != ' ') {
            append(' ');
        }
    }

    private void count(long key) {
        int capacity = keys.length;
        int slot = slot(key, capacity);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & (capacity - 1);
        }
        if (keys[slot] == 0) {
            keys[slot] = key;
            used[distinct++] = slot;
        }
        counts[slot]++;
    }

    /** Closes the text with a space and ranks its trigrams: the most frequent first, at most {@value #PROFILE_SIZE}. */
    long[] ranked() {
        append(' ');
        // only trigrams at least as frequent as the PROFILE_SIZE-th most frequent can rank: the rest stay out of the sort
        int threshold = countOfLastRanked();
        // count descending, then trigram ascending, in one sortable long: (MAX_COUNT - count) above the 48 key bits
        long[] order = new long[distinct];
        int n = 0;
        for (int u = 0; u < distinct; u++) {
            int slot = used[u];
            if (counts[slot] >= threshold) {
                order[n++] = ((long) (MAX_COUNT - counts[slot]) << 48) | keys[slot];
            }
        }
        Arrays.sort(order, 0, n);
        long[] ranked = new long[Math.min(PROFILE_SIZE, distinct)];
        for (int r = 0; r < ranked.length; r++) {
            ranked[r] = order[r] & KEY_MASK;
        }
        return ranked;
    }

    /** The count of the {@value #PROFILE_SIZE}-th most frequent trigram, or 1 when there are fewer trigrams. */
    private int countOfLastRanked() {
        if (distinct <= PROFILE_SIZE) {
            return 1;
        }
        int maxCount = 0;
        for (int u = 0; u < distinct; u++) {
            maxCount = Math.max(maxCount, counts[used[u]]);
        }
        int[] trigramsWithCount = new int[maxCount + 1];
        for (int u = 0; u < distinct; u++) {
            trigramsWithCount[counts[used[u]]]++;
        }
        int atLeast = 0;
        for (int count = maxCount; count > 1; count--) {
            atLeast += trigramsWithCount[count];
            if (atLeast >= PROFILE_SIZE) {
                return count;
            }
        }
        return 1;
    }

    /** Three UTF-16 chars in one long, first char highest: packed order is the strings' order. Never 0 for text. */
    static long pack(char a, char b, char c) {
        return (long) a << 32 | (long) b << 16 | c;
    }

    static int slot(long key, int capacity) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (capacity - 1);
    }
}
