package io.newsline.enrich.topics.internal;

/**
 * A set of words, each with a small positive number (a cluster id, a row of vectors), kept as 64-bit hashes in one
 * open-addressing table at a load factor of at most a half: the number in the low bits of an entry, the word's hash
 * in the others, so a lexicon of half a million words takes 8 MB of heap and no strings. Words are looked up as the
 * lexicons key them ({@link #hash}). Filled once, then immutable and thread-safe.
 */
final class WordTable {

    private final long[] table;
    private final int mask;
    private final long valueMask;
    private int size;

    /**
     * @param words     how many words the table will hold at most
     * @param valueBits the numbers are below {@code 2^valueBits} (at most 20)
     */
    WordTable(int words, int valueBits) {
        if (valueBits < 1 || valueBits > 20) {
            throw new IllegalArgumentException("valueBits is 1 to 20, not " + valueBits);
        }
        this.table = new long[Integer.highestOneBit(Math.max(16, words * 2 - 1)) << 1];
        this.mask = table.length - 1;
        this.valueMask = (1L << valueBits) - 1;
    }

    /**
     * Adds a word with its number; a word already there keeps its first number.
     *
     * @return whether the word was new
     */
    boolean put(CharSequence text, int from, int to, int value) {
        if (value <= 0 || value > valueMask) {
            throw new IllegalArgumentException("a word's number out of range: " + value);
        }
        long hash = hash(text, from, to);
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            if (table[slot] == 0) {
                table[slot] = (hash & ~valueMask) | value;
                size++;
                return true;
            }
            if ((table[slot] & ~valueMask) == (hash & ~valueMask)) {
                return false;
            }
        }
    }

    /** @return the number of the word from {@code from} to {@code to} (exclusive) in {@code text}, or 0 */
    int get(CharSequence text, int from, int to) {
        long hash = hash(text, from, to);
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                return 0;
            }
            if ((entry & ~valueMask) == (hash & ~valueMask)) {
                return (int) (entry & valueMask);
            }
        }
    }

    /** @return the number of words held */
    int size() {
        return size;
    }

    /**
     * A 64-bit hash of the word as the lexicons key it (lower-cased, each digit as {@code 9}, a typographic
     * apostrophe as {@code '}), never 0 above its low 20 bits, so an empty slot (0) cannot be taken for a word.
     */
    static long hash(CharSequence s, int from, int to) {
        long h = 0xCBF29CE484222325L;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                c = '9';
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            } else if (c == '\u2019') {
                c = '\'';
            } else if (c >= 128) {
                c = Character.toLowerCase(c);
            }
            h = (h ^ c) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (h >>> 20) == 0 ? h | (1L << 63) : h;
    }
}
