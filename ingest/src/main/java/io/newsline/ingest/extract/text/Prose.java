package io.newsline.ingest.extract.text;

/**
 * Tells running text in a language from what only looks like text: one huge token, symbol soup, hex or base64
 * dumps, binary that decoded to characters. News in any script is words of letters separated by spaces (Chinese,
 * Japanese and Thai without spaces are letters throughout, and a sentence of them is short), so the test needs no
 * language: most of the characters must be letters, and most of the text must be in tokens a reader could read.
 * Stateless and thread-safe.
 */
public final class Prose {

    /** A token longer than this is no word of any language (the longest dictionary words are some 45 letters). */
    static final int MAX_WORD_CHARS = 64;
    /** Text without spaces (Chinese, Japanese, Thai) has its sentences and clauses as tokens; longer runs are not prose. */
    static final int MAX_UNSPACED_RUN = 2_000;

    private Prose() {}

    /**
     * @return null when {@code text} reads as prose, else the not-article reason: {@code not-prose: symbols} (under
     *     half of the characters are letters) or {@code not-prose: no words} (most of the text is in tokens no
     *     language has)
     */
    public static String whyNot(String text) {
        int visible = 0;
        int letters = 0;
        int inLongTokens = 0;
        int tokenStart = -1;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            if (isSpace(c)) {
                if (tokenStart >= 0) {
                    int length = i - tokenStart;
                    // Scripts without spaces run whole clauses, digits and punctuation included, into one token
                    if (length > MAX_UNSPACED_RUN
                            || length > MAX_WORD_CHARS && !isIdeographicRun(text, tokenStart, i)) {
                        inLongTokens += length;
                    }
                    tokenStart = -1;
                }
            } else {
                if (tokenStart < 0) {
                    tokenStart = i;
                }
                visible++;
                if (isLetterOrMark(c)) {
                    letters++;
                }
            }
            i += i < text.length() ? Character.charCount(c) : 1;
        }
        if (visible == 0) {
            return null;
        }
        if (letters * 2 < visible) {
            return "not-prose: symbols";
        }
        if (inLongTokens * 2 > visible) {
            return "not-prose: no words";
        }
        return null;
    }

    /** White space or a space character; ASCII (most text) without the Unicode tables. */
    static boolean isSpace(int c) {
        if (c < 0x80) {
            // Character.isWhitespace's controls and the space
            return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A letter or a combining mark; ASCII (most text) without the Unicode tables. */
    static boolean isLetterOrMark(int c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** A long token of a script written without spaces between words. */
    private static boolean isIdeographicRun(String text, int from, int to) {
        int unspaced = 0;
        int total = 0;
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                    || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                    || script == Character.UnicodeScript.MYANMAR || script == Character.UnicodeScript.TIBETAN
                    || !Character.isLetter(c)) {
                unspaced++;
            }
            total++;
            i += Character.charCount(c);
        }
        return unspaced * 10 >= total * 9;
    }
}
