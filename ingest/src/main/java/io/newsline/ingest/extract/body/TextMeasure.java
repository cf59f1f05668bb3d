package io.newsline.ingest.extract.body;

/** Character counting and whitespace handling shared by the locator and the collector. Stateless. */
final class TextMeasure {

    private TextMeasure() {}

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0' || c == '\u2009'
                || c == '\u200a' || c == '\u202f' || c == '\u3000' || c == '\u200b' || c == '\u2002'
                || c == '\u2003' || c == '\ufeff';
    }

    /**
     * Characters that take no place in the text: the soft hyphen (U+00AD), a hyphenation hint that splits a word
     * in two for anyone matching words, and the word joiner (U+2060). The collector leaves them out.
     */
    static boolean isInvisible(char c) {
        return c == '\u00ad' || c == '\u2060';
    }

    /** Number of characters that are not whitespace. */
    static int visibleChars(String text) {
        int n = 0;
        for (int i = 0, len = text.length(); i < len; i++) {
            if (!isSpace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
