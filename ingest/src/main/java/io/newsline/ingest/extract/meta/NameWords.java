package io.newsline.ingest.extract.meta;

/**
 * Cheap tests of class and id names for words, ignoring the case of ASCII letters, as the name rules' expressions
 * ({@code (?i)}, which folds ASCII letters only) and jsoup's {@code [class*=word]} (which lower-cases the name) read
 * them. A rule runs its selector or expression only on names that pass: most names of a page are told without
 * building a matcher. Stateless and thread-safe.
 */
final class NameWords {

    private NameWords() {}

    /**
     * A necessary condition for a name to hold one of {@code lowerWords} (lower-case ASCII) in any case: true when one
     * of them stands somewhere in {@code name} ignoring the case of ASCII letters, and for every name with a
     * character beyond ASCII, whose case folding is left to the rule itself.
     */
    static boolean mayHold(String name, String[] lowerWords) {
        return mayHold(name, new Words(lowerWords));
    }

    /** Lower-case ASCII words that each start with a letter, with the set of their first letters and pairs. */
    static final class Words {
        /** The second letters of a first letter where some word opening with it has no letter 'a'-'z' second. */
        private static final int ANY_SECOND = -1;
        private final String[] words;
        /** Bit k set where some word starts with the letter 'a' + k. */
        private final int firstLetters;
        /**
         * By first letter, bit k set where some word opening with it goes on with the letter 'a' + k, or
         * {@link #ANY_SECOND}.
         */
        private final int[] secondLetters = new int[26];

        Words(String... lowerWords) {
            int letters = 0;
            for (String word : lowerWords) {
                char first = word.charAt(0);
                if (first < 'a' || first > 'z') {
                    throw new IllegalArgumentException("a word must start with a lower-case ASCII letter: " + word);
                }
                letters |= 1 << (first - 'a');
                char second = word.length() > 1 ? word.charAt(1) : 0;
                secondLetters[first - 'a'] |= second >= 'a' && second <= 'z' ? 1 << (second - 'a') : ANY_SECOND;
            }
            this.words = lowerWords.clone();
            this.firstLetters = letters;
        }
    }

    /**
     * {@link #mayHold(String, String[])} of words whose first letters are known: a character that starts none of
     * them is passed after one test of a bit instead of a comparison per word, and one that does but is followed by
     * a character that follows it in none of them after a second test (the a and n of "author" and "name" are
     * common letters of class lists: a first-letter test alone sent many characters to the comparison of words).
     */
    static boolean mayHold(String name, Words lowerWords) {
        int length = name.length();
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return true;
            }
            // | 0x20 lower-cases ASCII letters; it makes no other character below 0x80 a lower-case letter
            int letter = (c | 0x20) - 'a';
            if (letter < 0 || letter >= 26 || (lowerWords.firstLetters >>> letter & 1) == 0) {
                continue;
            }
            int seconds = lowerWords.secondLetters[letter];
            if (seconds != Words.ANY_SECOND) {
                if (i + 1 == length) {
                    continue;
                }
                char d = name.charAt(i + 1);
                if (d >= 0x80) {
                    return true;
                }
                int next = (d | 0x20) - 'a';
                if (next < 0 || next >= 26 || (seconds >>> next & 1) == 0) {
                    continue;
                }
            }
            for (String word : lowerWords.words) {
                if (word.charAt(0) == 'a' + letter && startsWithIgnoringAsciiCase(name, i, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code lowerWord} stands at {@code from}, ignoring the case of ASCII letters. Not
     * {@code String.regionMatches(true, ...)}: it folds the case of every character and took twice as long here.
     */
    static boolean startsWithIgnoringAsciiCase(String text, int from, String lowerWord) {
        if (from + lowerWord.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lowerWord.length(); k++) {
            char c = text.charAt(from + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
