package io.newsline.enrich.topics.internal;

import java.util.Locale;

/**
 * The walk over the content words of English text that the lexicon features ({@link ClusterFeatures},
 * {@link WordVectorFeatures}) share: runs of letters and digits joined by single hyphens, ampersands, dots or
 * apostrophes ("semi-final", "at&amp;t", "u.s."), a final possessive "'s" cut off ("Chelsea's" is "Chelsea"), words
 * of one character and function words skipped, and whether each word is capitalised inside a sentence (a name).
 * Stateless and thread-safe.
 */
final class ContentWords {

    /** Receives the content words of a text in order. */
    interface Visitor {

        /** A content word: {@code text} from {@code start} to {@code end} (exclusive). */
        void word(CharSequence text, int start, int end, boolean nameInSentence);

        /** A sentence or clause ends here (pairs of words do not cross it). */
        default void sentenceBreak() {}
    }

    private ContentWords() {}

    static void forEach(CharSequence text, Visitor visitor) {
        int n = text.length();
        boolean sentenceStart = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\n' || c == '\u2014'
                        || c == '|') {
                    sentenceStart = true;
                    visitor.sentenceBreak();
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || (i + 1 < n && isJoiner(text.charAt(i))
                    && Character.isLetterOrDigit(text.charAt(i + 1)) && i > start))) {
                i++;
            }
            int end = i;
            if (end - start > 2 && text.charAt(end - 1) == 's' && isApostrophe(text.charAt(end - 2))) {
                end -= 2; // possessive: the lexicons have "chelsea", not "chelsea's"
            }
            boolean inSentence = !sentenceStart;
            sentenceStart = false;
            if (end - start < 2 || (end - start <= 10
                    && TopicFeatures.isStopword(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            visitor.word(text, start, end, inSentence && Character.isUpperCase(c));
        }
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '&' || c == '.' || isApostrophe(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
