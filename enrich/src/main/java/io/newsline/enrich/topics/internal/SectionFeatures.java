package io.newsline.enrich.topics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Features of the news-section model ({@link SectionModel}) that the lower-cased words of {@link HashedFeatures}
 * lose: capitalised words as written and pairs of neighbouring capitalised words (names of companies, teams,
 * agencies), the shapes of numbers (money, percentages, scores, years, quarters, numbers with a unit) each alone
 * and with the word before and after it ("won 2-0", "$ ... billion", "rose 5%", "40 km"), company-form
 * suffixes after a name (Inc, Corp, Ltd, Group, ...), an all-capitals token in parentheses (tickers, agency
 * credits) and a dateline in capitals opening the text ("LONDON (Reuters) -").
 *
 * <p>Emitted into the same kind of sink as {@link HashedFeatures}, with a hash seed of their own, so the two sets can
 * share a vector. Stateless and thread-safe.
 */
public final class SectionFeatures {

    private static final int SHAPE_SEED = 0x3C6EF372;
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-\u2013]\\d{1,3}");
    private static final Pattern YEAR = Pattern.compile("(18|19|20)\\d\\d");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    private static final Pattern QUARTER = Pattern.compile("(Q[1-4]|H[12])");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(\\.\\d+)?");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("\\d+(\\.\\d+)?([a-zA-Z]{1,3})");
    private static final Set<String> COMPANY_FORMS = Set.of("inc", "corp", "corporation", "ltd", "plc", "llc",
            "co", "group", "holdings", "ag", "sa", "nv", "gmbh", "bhd", "se", "spa", "lp");
    private static final Set<String> PERCENT_WORDS = Set.of("percent", "pct", "per");

    private SectionFeatures() {}

    /** Emits the section features of {@code text} to {@code sink}. */
    public static void extract(CharSequence text, HashedFeatures.Sink sink) {
        List<String> raw = tokens(text);
        String previousWord = null; // as written: lower-cased only when a number's shape is paired with it
        String previousCapital = null;
        boolean sentenceStart = true;
        for (int i = 0; i < raw.size(); i++) {
            String token = raw.get(i);
            String core = core(token);
            if (core.isEmpty()) {
                sentenceStart |= endsSentence(token);
                continue;
            }
            char first = core.charAt(0);
            // only a token opening with a digit, a currency sign or Q/H can have a number's shape
            String next = Character.isDigit(first) || isCurrency(first) || core.length() == 2
                    ? nextWord(raw, i) : "";
            String shape = numberShape(core, next);
            if (shape != null) {
                emit(sink, shape);
                if (previousWord != null) {
                    emit(sink, previousWord.toLowerCase(Locale.ROOT) + "|" + shape);
                }
                if (!next.isEmpty() && Character.isLetter(next.charAt(0))) {
                    emit(sink, shape + "|" + next);
                }
                previousCapital = null;
            } else if (Character.isUpperCase(first)) {
                boolean allCapitals = core.length() > 1 && core.equals(core.toUpperCase(Locale.ROOT));
                if (allCapitals && core.length() <= 5 && token.startsWith("(") && token.endsWith(")")) {
                    emit(sink, "PARENTHESISED_CAPITALS");
                }
                if (previousCapital != null && COMPANY_FORMS.contains(core.toLowerCase(Locale.ROOT))) {
                    emit(sink, "COMPANY_FORM");
                }
                if (i == 0 && allCapitals && core.length() >= 3) {
                    emit(sink, "DATELINE");
                }
                if (!sentenceStart) {
                    emit(sink, "C:" + core);
                    if (previousCapital != null) {
                        emit(sink, "CC:" + previousCapital + " " + core);
                    }
                }
                previousCapital = core;
            } else {
                previousCapital = null;
            }
            previousWord = Character.isLetter(first) ? core : null;
            sentenceStart = endsSentence(token);
        }
    }

    /** The whitespace-separated tokens of a text. */
    private static List<String> tokens(CharSequence text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = -1;
        for (int k = 0; k <= n; k++) {
            boolean space = k == n || Character.isWhitespace(text.charAt(k));
            if (space && start >= 0) {
                out.add(text.subSequence(start, k).toString());
                start = -1;
            } else if (!space && start < 0) {
                start = k;
            }
        }
        return out;
    }

    /** @return the lower-cased core of the token after {@code i}, or "" at the end */
    private static String nextWord(List<String> raw, int i) {
        return i + 1 < raw.size() ? core(raw.get(i + 1)).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean isCurrency(char c) {
        return c == '$' || c == '\u00A3' || c == '\u20AC' || c == '\u00A5';
    }

    /** @return the shape of a number token, or null for a token that is not one */
    static String numberShape(String core, String nextLower) {
        char first = core.charAt(0);
        if (isCurrency(first) && core.length() > 1 && Character.isDigit(core.charAt(1))) {
            return "MONEY";
        }
        if (core.length() == 2 && QUARTER.matcher(core).matches()) {
            return "QUARTER";
        }
        if (!Character.isDigit(first)) {
            return null;
        }
        if (core.endsWith("%") || (NUMBER.matcher(core).matches() && PERCENT_WORDS.contains(nextLower))) {
            return "PERCENT";
        }
        if (SCORE.matcher(core).matches()) {
            return "SCORE";
        }
        if (YEAR.matcher(core).matches()) {
            return "YEAR";
        }
        if (ORDINAL.matcher(core).matches()) {
            return "ORDINAL";
        }
        var unit = NUMBER_WITH_UNIT.matcher(core);
        if (unit.matches()) {
            return "NUMBER_" + unit.group(2).toLowerCase(Locale.ROOT);
        }
        return core.indexOf('.') > 0 ? "DECIMAL" : "NUMBER";
    }

    /** The token without the punctuation around it (a currency sign in front and a percent sign behind stay). */
    private static String core(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !keeps(token.charAt(start), true)) {
            start++;
        }
        while (end > start && !keeps(token.charAt(end - 1), false)) {
            end--;
        }
        String core = token.substring(start, end);
        if (core.endsWith("'s") || core.endsWith("\u2019s")) {
            core = core.substring(0, core.length() - 2);
        }
        return core;
    }

    private static boolean keeps(char c, boolean front) {
        return Character.isLetterOrDigit(c) || (front ? isCurrency(c) : c == '%');
    }

    private static boolean endsSentence(String token) {
        char last = token.charAt(token.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':' || last == '-' || last == '\u2014';
    }

    private static void emit(HashedFeatures.Sink sink, String feature) {
        sink.accept(featureHash(feature), false);
    }

    /** @return the hash a section feature is emitted with */
    static int featureHash(String feature) {
        return HashedFeatures.hash(SHAPE_SEED, feature);
    }
}
