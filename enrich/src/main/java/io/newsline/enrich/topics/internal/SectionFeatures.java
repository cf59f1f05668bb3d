package io.newsline.enrich.topics.internal;

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
 * <p>Emitted into the same kind of sink as {@link HashedFeatures}, with their own hash seeds, so the two sets can
 * share a vector. Stateless and thread-safe.
 */
public final class SectionFeatures {

    private static final int SHAPE_SEED = 0x3C6EF372;
    private static final Pattern SPACE = Pattern.compile("\\s+");
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
        String[] raw = SPACE.split(text.toString().trim());
        String previousWord = null;
        String previousCapital = null;
        boolean sentenceStart = true;
        for (int i = 0; i < raw.length; i++) {
            String token = raw[i];
            String core = core(token);
            if (core.isEmpty()) {
                sentenceStart |= endsSentence(token);
                continue;
            }
            String next = i + 1 < raw.length ? core(raw[i + 1]).toLowerCase(Locale.ROOT) : "";
            String shape = numberShape(core, next);
            String lower = core.toLowerCase(Locale.ROOT);
            if (shape != null) {
                emit(sink, shape);
                if (previousWord != null) {
                    emit(sink, previousWord + "|" + shape);
                }
                if (!next.isEmpty() && Character.isLetter(next.charAt(0))) {
                    emit(sink, shape + "|" + next);
                }
                previousCapital = null;
            } else if (Character.isUpperCase(core.charAt(0))) {
                boolean allCapitals = core.equals(core.toUpperCase(Locale.ROOT)) && core.length() > 1;
                if (allCapitals && core.length() <= 5 && token.startsWith("(") && token.endsWith(")")) {
                    emit(sink, "PARENTHESISED_CAPITALS");
                }
                if (previousCapital != null && COMPANY_FORMS.contains(lower)) {
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
            previousWord = Character.isLetter(core.charAt(0)) ? lower : null;
            sentenceStart = endsSentence(token);
        }
    }

    /** @return the shape of a number token, or null for a token that is not one */
    static String numberShape(String core, String nextLower) {
        char first = core.charAt(0);
        if ((first == '$' || first == '\u00A3' || first == '\u20AC' || first == '\u00A5') && core.length() > 1
                && Character.isDigit(core.charAt(1))) {
            return "MONEY";
        }
        if (QUARTER.matcher(core).matches()) {
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
        return Character.isLetterOrDigit(c)
                || (front ? c == '$' || c == '\u00A3' || c == '\u20AC' || c == '\u00A5' : c == '%');
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
