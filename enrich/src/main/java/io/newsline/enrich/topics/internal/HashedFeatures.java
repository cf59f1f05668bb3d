package io.newsline.enrich.topics.internal;

/**
 * Turns text in any language into hashed features for the linear topic model: lower-cased words (English
 * plurals folded, English function words skipped), pairs of neighbouring words within a sentence, a
 * five-letter prefix of long words (so inflected forms in Polish or Russian meet), and, in scripts written
 * without spaces (Chinese, Japanese, Thai, ...), single characters and character pairs.
 *
 * <p>The trainer and the classifier call the same function, so a feature means the same on both sides.
 * Features are 32-bit hashes; the model folds them into its own number of buckets. Stateless and
 * thread-safe.
 */
public final class HashedFeatures {

    /** Receives one feature occurrence. */
    @FunctionalInterface
    public interface Sink {

        /**
         * @param hash    the feature's 32-bit hash
         * @param word    whether the feature is a single word or character (counted for the known-word share)
         */
        void accept(int hash, boolean word);
    }

    private static final int WORD_SEED = 0x2F0B3C1D;
    private static final int PREFIX_SEED = 0x5A17E3B9;
    private static final int PAIR_SEED = 0x11C3D5E7;
    private static final int SCORELINE = mix(0x7E57AB1E);
    private static final int PREFIX_LENGTH = 5;
    private static final int PREFIX_MIN_WORD = 7;
    private static final int SUBWORD_SEED = 0x3C6EF372;
    private static final int SUBWORD_LENGTH = 4;
    private static final int SUBWORD_MIN_WORD = 8;

    private HashedFeatures() {}

    /** Emits the features of {@code text} to {@code sink}. */
    public static void extract(CharSequence text, Sink sink) {
        scan(text, sink, false);
    }

    /**
     * Emits, for each word of {@code text} of at least eight letters (after the same lower-casing and folding as
     * {@link #extract}), every sequence of four letters inside it but its first: the parts of compounds and the
     * stems under inflection ("Bundesregierung": "unde" ... "rung"; "Fußballspiel" and "Fußballspiele" share
     * "spie"), which whole words and the five-letter prefix miss. Not word features (they do not count towards the
     * known-word share).
     */
    public static void subwords(CharSequence text, Sink sink) {
        scan(text, sink, true);
    }

    private static void scan(CharSequence text, Sink sink, boolean subwords) {
        int n = text.length();
        int i = 0;
        int previous = 0;
        boolean hasPrevious = false;
        char[] token = new char[32];
        while (i < n) {
            char c = text.charAt(i);
            if (isUnspacedScript(c)) {
                if (subwords) {
                    hasPrevious = false;
                    i++;
                    continue;
                }
                // no spaces between words: characters and character pairs stand in for words
                int h = mix(WORD_SEED ^ c);
                sink.accept(h, true);
                if (i + 1 < n && isUnspacedScript(text.charAt(i + 1))) {
                    sink.accept(mix(PAIR_SEED ^ (c * 0x10001) ^ text.charAt(i + 1) * 31), false);
                }
                hasPrevious = false;
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                if (subwords) {
                    i++;
                    continue;
                }
                if (c == '$' || c == '%' || c == '\u20AC' || c == '\u00A3' || c == '\u00A5') {
                    sink.accept(mix(PREFIX_SEED ^ c), false); // money and percentages: business cues
                } else if (isSentenceBreak(c)) {
                    hasPrevious = false;
                }
                i++;
                continue;
            }
            int len = 0;
            boolean hasLetter = false;
            while (i < n) {
                c = text.charAt(i);
                if (Character.isLetterOrDigit(c) && !isUnspacedScript(c)) {
                    hasLetter |= Character.isLetter(c);
                    if (len == token.length) {
                        token = java.util.Arrays.copyOf(token, len * 2);
                    }
                    token[len++] = Character.toLowerCase(c);
                    i++;
                } else if (len > 0 && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                        && isJoiner(c, len, hasLetter, text.charAt(i + 1))) {
                    if (len == token.length) {
                        token = java.util.Arrays.copyOf(token, len * 2);
                    }
                    token[len++] = c == '\u2019' ? '\'' : c;
                    i++;
                } else {
                    break;
                }
            }
            if (len > 2 && token[len - 2] == '\'' && token[len - 1] == 's') {
                len -= 2; // possessive: "chile's" -> "chile"
            }
            if (!hasLetter) {
                if (!subwords && isScoreline(token, len)) {
                    sink.accept(SCORELINE, false);
                }
                continue;
            }
            if (len < 2) {
                continue;
            }
            String word = TopicFeatures.stem(new String(token, 0, len));
            if (TopicFeatures.isStopword(word)) {
                continue;
            }
            if (subwords) {
                for (int k = 1; word.length() >= SUBWORD_MIN_WORD && k + SUBWORD_LENGTH <= word.length(); k++) {
                    sink.accept(hash(SUBWORD_SEED, word, k, k + SUBWORD_LENGTH), false);
                }
                continue;
            }
            int h = hash(WORD_SEED, word);
            sink.accept(h, true);
            if (hasPrevious) {
                sink.accept(mix(PAIR_SEED ^ (previous * 0x01000193) ^ Integer.rotateLeft(h, 13)), false);
            }
            if (word.length() >= PREFIX_MIN_WORD) {
                sink.accept(hash(PREFIX_SEED, word.substring(0, PREFIX_LENGTH)), false);
            }
            previous = h;
            hasPrevious = true;
        }
    }

    /**
     * A joiner keeps one token together: hyphens and ampersands ("semi-final", "s&amp;p"), a decimal point,
     * the dots of a short abbreviation ("u.s.") and apostrophes (so a possessive can be dropped).
     */
    private static boolean isJoiner(char c, int len, boolean hasLetter, char next) {
        return switch (c) {
            case '-', '&', '\'', '\u2019' -> true;
            case '.' -> hasLetter ? len == 1 && Character.isLetter(next) : Character.isDigit(next);
            default -> false;
        };
    }

    /** Scripts written without spaces between words. */
    static boolean isUnspacedScript(char c) {
        return (c >= '\u3040' && c <= '\u30FF') // hiragana, katakana
                || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u4E00' && c <= '\u9FFF') // CJK ideographs
                || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF66' && c <= '\uFF9F')
                || (c >= '\u0E00' && c <= '\u0EFF') // Thai, Lao
                || (c >= '\u1000' && c <= '\u109F') // Myanmar
                || (c >= '\u1780' && c <= '\u17FF'); // Khmer
    }

    private static boolean isSentenceBreak(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '"'
                || c == '(' || c == ')' || c == '|' || c == '\u3002' || c == '\u060C' || c == '\u061F';
    }

    private static boolean isScoreline(char[] t, int len) {
        int dash = -1;
        for (int k = 0; k < len; k++) {
            if (t[k] == '-') {
                if (dash >= 0) {
                    return false;
                }
                dash = k;
            } else if (t[k] < '0' || t[k] > '9') {
                return false;
            }
        }
        return dash > 0 && dash <= 3 && len - dash - 1 >= 1 && len - dash - 1 <= 3;
    }

    /** @return the hashes of the features {@code prefix + 0} to {@code prefix + (n - 1)}, with {@code seed} */
    static int[] numbered(int seed, String prefix, int n) {
        int[] h = new int[n];
        for (int k = 0; k < n; k++) {
            h[k] = hash(seed, prefix + k);
        }
        return h;
    }

    static int hash(int seed, String s) {
        return hash(seed, s, 0, s.length());
    }

    /** The hash of {@code s.substring(from, to)}, without making it. */
    private static int hash(int seed, String s, int from, int to) {
        int h = seed;
        for (int k = from; k < to; k++) {
            h = (h ^ s.charAt(k)) * 0x01000193;
        }
        return mix(h);
    }

    /** The finalisation step of MurmurHash3: spreads every input bit over the whole hash. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
