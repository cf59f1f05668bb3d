package io.newsline.ingest.extract.text;

/**
 * How many pieces {@code text.split("\\s+")} cuts a text into, counted without the expression: the block cleaner
 * asks it of the blocks above a story, the story's first paragraphs among them, only to compare it with 12, 20 or 25, and
 * the split built an array of every word of those paragraphs. Stateless.
 */
final class WordCount {

    private WordCount() {}

    /**
     * {@code min(text.split("\\s+").length, limit)}: the words between runs of {@code \s} (space, tab, line feed,
     * vertical tab, form feed, carriage return), one more for the empty piece before whitespace that opens the text,
     * none for a text of whitespace alone, one for the empty text; counted up to {@code limit} only.
     */
    static int upTo(String text, int limit) {
        if (text.isEmpty()) {
            return Math.min(1, limit);
        }
        int pieces = isSpace(text.charAt(0)) ? 1 : 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && (words == 0 || pieces + words < limit); i++) {
            boolean space = isSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        // a text of whitespace alone splits into nothing: its opening piece is a trailing empty one, dropped
        return words == 0 ? 0 : Math.min(pieces + words, limit);
    }

    /** {@code \s} of {@link java.util.regex.Pattern} without {@code UNICODE_CHARACTER_CLASS}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
