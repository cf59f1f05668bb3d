package io.newsline.ingest.extract.body;

import io.newsline.schemas.reference.DataFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page-furniture lines of a data file ({@code boilerplate-lines.txt}): one regular expression per line, matched
 * case-insensitively against a whole block. A line that may match anywhere in a block ({@code .{0,160}...}) makes
 * the expression engine try it at every position of every short block, which most blocks cannot satisfy; such a line
 * can name, written {@code needs WORD WORD :: EXPRESSION}, the words (or characters) of which a block must contain at
 * least one, ignoring case, for the expression to match; a block with none is not run through that line. The other
 * lines are matched together in one expression, as are the guarded ones whose words a block holds.
 *
 * <p>Most blocks open with two characters no line can open with ("He", "In", "On"): the expression of the other
 * lines would try every line at the block's start to learn it. What each pair of ASCII characters allows is asked of
 * the expression itself, once, on the pair alone: when it does not match the pair and did not reach the pair's end
 * ({@link Matcher#hitEnd()}), no longer text can change its answer, so no block opening with the pair can match.
 *
 * <p>Thread-safe: the lines are immutable; the verdicts on opening pairs are filled in as pairs are first seen, each
 * a function of the pair alone, so two threads that compute one write the same value.
 */
final class FurnitureLines {

    private static final String GUARD = "needs ";
    private static final String GUARD_END = " :: ";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private record Guarded(String[] words, Pattern line) {}

    private final Pattern unguarded;
    private final List<Guarded> guarded;
    /** Per pair of ASCII characters opening a block (first * 128 + second): {@link #PAIR_UNKNOWN} or a verdict. */
    private final byte[] pairVerdicts = new byte[128 * 128];
    private static final byte PAIR_UNKNOWN = 0;
    private static final byte PAIR_MAY_MATCH = 1;
    private static final byte PAIR_CANNOT_MATCH = 2;

    private FurnitureLines(Pattern unguarded, List<Guarded> guarded) {
        this.unguarded = unguarded;
        this.guarded = guarded;
    }

    static FurnitureLines load(Class<?> owner, String resource) {
        List<String> plain = new ArrayList<>();
        List<Guarded> guarded = new ArrayList<>();
        for (String raw : DataFiles.lines(owner, resource)) {
            String line = raw.strip();
            int end = line.indexOf(GUARD_END);
            if (line.startsWith(GUARD) && end > GUARD.length()) {
                String[] words = line.substring(GUARD.length(), end).toLowerCase(Locale.ROOT).split(" +");
                guarded.add(new Guarded(words, whole(List.of(line.substring(end + GUARD_END.length()).strip()))));
            } else {
                plain.add(line);
            }
        }
        return new FurnitureLines(whole(plain), List.copyOf(guarded));
    }

    /** The expressions of the lines as one, each allowed non-word characters around it, matched against a whole block. */
    static Pattern whole(List<String> lines) {
        List<String> alternatives = new ArrayList<>();
        for (String line : lines) {
            alternatives.add("(?:" + line + ")");
        }
        return Pattern.compile("\\W*(?:" + String.join("|", alternatives) + ")\\W*", FLAGS);
    }

    /** Whether some line matches the whole of {@code text}. */
    boolean matches(String text) {
        if (unguardedMayMatch(text) && unguarded.matcher(text).matches()) {
            return true;
        }
        String lower = null;
        for (Guarded line : guarded) {
            if (lower == null) {
                lower = foldsToAsciiOnlyAsItself(text) ? text.toLowerCase(Locale.ROOT) : "";
            }
            if ((lower.isEmpty() || containsAny(lower, line.words())) && line.line().matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A necessary condition for the unguarded lines to match the whole of {@code text}: the expression can match a
     * text that opens with the text's first two characters. Texts of one character, or opening with a character
     * beyond ASCII, are passed.
     */
    boolean unguardedMayMatch(String text) {
        if (text.length() < 2) {
            return true;
        }
        char first = text.charAt(0);
        char second = text.charAt(1);
        if (first >= 128 || second >= 128) {
            return true;
        }
        int pair = first << 7 | second;
        byte verdict = pairVerdicts[pair];
        if (verdict == PAIR_UNKNOWN) {
            Matcher opening = unguarded.matcher(text.substring(0, 2));
            verdict = opening.matches() || opening.hitEnd() ? PAIR_MAY_MATCH : PAIR_CANNOT_MATCH;
            pairVerdicts[pair] = verdict;
        }
        return verdict == PAIR_MAY_MATCH;
    }

    private static boolean containsAny(String text, String[] words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether, ignoring case as the expressions do, no character of {@code text} but an ASCII letter itself matches
     * an ASCII letter: the dotted and dotless i (U+0130, U+0131), the long s (U+017F) and the Kelvin sign (U+212A)
     * do, so a text holding one is run through every line. An empty text is read the same way.
     */
    private static boolean foldsToAsciiOnlyAsItself(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0130' || c == '\u0131' || c == '\u017F' || c == '\u212A') {
                return false;
            }
        }
        return true;
    }
}
