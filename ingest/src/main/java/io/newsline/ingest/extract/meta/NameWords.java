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
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return true;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            for (String word : lowerWords) {
                if (word.charAt(0) == lower && startsWithIgnoringAsciiCase(name, i, word)) {
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
