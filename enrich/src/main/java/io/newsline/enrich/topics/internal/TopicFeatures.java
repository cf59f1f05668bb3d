package io.newsline.enrich.topics.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Turns English text into the classifier's features: lower-cased, lightly stemmed content words, the
 * bigrams of neighbouring content words, and a few token shapes (a sports scoreline such as {@code 3-1}).
 *
 * <p>The same function reads the training material and the texts to classify, so a phrase in a lexicon
 * matches the same phrase in an article. Stateless and thread-safe.
 */
public final class TopicFeatures {

    /** Feature emitted for a sports-style scoreline token such as {@code 2-1} or {@code 118-115}. */
    public static final String SCORELINE = "#score";

    private static final Set<String> STOPWORDS = Set.copyOf(java.util.Arrays.asList(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either", "else", "ever",
            "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
            "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
            "itself", "just", "me", "might", "more", "most", "must", "my", "myself", "no", "nor", "not", "now",
            "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
            "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
            "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
            "until", "up", "upon", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
            "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours",
            "yourself", "said", "says", "say", "saying", "told", "tell", "according", "per", "via", "mr", "mrs",
            "ms", "dr", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
            "second", "third", "last", "next", "new", "year", "years", "month", "months", "week", "weeks",
            "day", "days", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "get", "got", "make", "made", "take",
            "took", "go", "going", "went", "come", "came", "like", "many", "much", "well", "still", "even",
            "back", "around", "since", "already", "another", "way", "time", "times", "people", "thing",
            "things", "would", "s", "t", "don", "didn", "doesn", "isn", "wasn", "won't", "can't", "it's",
            "there's", "he's", "she's", "they're", "we're", "you're", "i'm", "i've", "let", "lot", "lots"));

    private TopicFeatures() {}

    /** Whether a lower-cased token is too common to carry topic information. */
    public static boolean isStopword(String lowerToken) {
        return STOPWORDS.contains(lowerToken);
    }

    /**
     * Emits the features of {@code text} to {@code sink}, each with {@code weight}.
     * Unigrams and bigrams are emitted; stopwords and bare numbers are skipped but break no bigram.
     */
    public static void extract(CharSequence text, double weight, FeatureSink sink) {
        int n = text.length();
        int i = 0;
        String previous = null;
        char[] token = new char[32];
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                if (isSentenceBreak(c)) {
                    previous = null;
                }
                i++;
                continue;
            }
            int len = 0;
            boolean hasLetter = false;
            boolean hasJoiner = false;
            while (i < n) {
                c = text.charAt(i);
                if (isWordChar(c)) {
                    if (c >= 'a' || (c >= 'A' && c <= 'Z') || (c >= 128 && Character.isLetter(c))) {
                        hasLetter = true;
                    }
                    if (len == token.length) {
                        token = java.util.Arrays.copyOf(token, len * 2);
                    }
                    token[len++] = lowerCase(c);
                    i++;
                } else if ((c == '-' || c == '&' || c == '\'' || c == '\u2019' || c == '.')
                        && i + 1 < n && isWordChar(text.charAt(i + 1)) && len > 0) {
                    // keep joined words ("semi-final", "s&p", "covid-19") and drop possessives below
                    if (c == '.' && !(Character.isDigit(text.charAt(i + 1)) && !hasLetter)) {
                        break;
                    }
                    if (len == token.length) {
                        token = java.util.Arrays.copyOf(token, len * 2);
                    }
                    token[len++] = c == '\u2019' ? '\'' : c;
                    hasJoiner |= c == '-' || c == '&';
                    i++;
                } else {
                    break;
                }
            }
            if (len > 2 && token[len - 2] == '\'' && token[len - 1] == 's') {
                len -= 2; // possessive: "chile's" -> "chile"
            }
            if (len < 2) {
                continue;
            }
            String word = stem(new String(token, 0, len));
            if (!hasLetter) {
                if (isScoreline(word)) {
                    sink.accept(SCORELINE, weight);
                }
                continue;
            }
            if (STOPWORDS.contains(word)) {
                continue;
            }
            boolean known = sink.accept(word, weight);
            if (previous != null && known) {
                sink.accept(previous + ' ' + word, weight);
            }
            previous = known ? word : null;
            if (hasJoiner) {
                // "al-Shabaab" and "al Shabaab" should meet: also emit the parts of a hyphenated word
                int from = 0;
                for (int k = 0; k <= word.length(); k++) {
                    if (k == word.length() || word.charAt(k) == '-' || word.charAt(k) == '&') {
                        if (k - from > 2 && !(from == 0 && k == word.length())) {
                            String part = word.substring(from, k);
                            if (!STOPWORDS.contains(part)) {
                                sink.accept(stem(part), weight);
                            }
                        }
                        from = k + 1;
                    }
                }
            }
        }
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    private static char lowerCase(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private static boolean isSentenceBreak(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '"'
                || c == '(' || c == ')' || c == '|';
    }

    private static boolean isScoreline(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && dash <= 3 && w.length() - dash - 1 >= 1 && w.length() - dash - 1 <= 3
                && w.indexOf('-', dash + 1) < 0 && w.indexOf('.') < 0;
    }

    /** A light English plural stemmer: enough to make "elections" meet "election". */
    public static String stem(String w) {
        int len = w.length();
        if (len < 4 || w.charAt(len - 1) != 's') {
            return w;
        }
        if (len > 4 && w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
            return w.substring(0, len - 3) + 'y';
        }
        if (len > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("'s") && Character.isLetter(w.charAt(len - 2))) {
            return w.substring(0, len - 1);
        }
        return w;
    }

    /** Lower-cases with the root locale (never the platform's). */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
