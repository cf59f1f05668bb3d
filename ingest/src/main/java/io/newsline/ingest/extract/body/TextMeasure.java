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

    /**
     * Length of a text in Latin-letter equivalents: characters that are not whitespace, where a Chinese or Japanese
     * character counts {@value #CJK_WEIGHT}, as it carries about as much as a short word does in alphabetic text.
     * Without the weight, a Chinese paragraph cut into lines by {@code <br>} never reaches the length of prose.
     */
    static int visibleChars(String text) {
        int n = 0;
        for (int i = 0, len = text.length(); i < len; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < '\u00a0') {
                n++; // printable ASCII and C1, most of most texts: neither a space nor ideographic
            } else if (!isSpace(c)) {
                n += isIdeographic(c) ? CJK_WEIGHT : 1;
            }
        }
        return n;
    }

    private static final int CJK_WEIGHT = 3;

    /** Han ideographs, hiragana and katakana (the ranges used for running text). */
    static boolean isIdeographic(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3040' && c <= '\u30ff') || (c >= '\u3400' && c <= '\u4dbf');
    }
}
