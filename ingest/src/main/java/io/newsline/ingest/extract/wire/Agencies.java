package io.newsline.ingest.extract.wire;

import io.newsline.schemas.reference.NewsAgencies;
import io.newsline.schemas.reference.NewsAgencies.NewsAgency;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the news agencies of {@link NewsAgencies} (the list publish names story sources from too) in credits,
 * bylines and datelines. Immutable and thread-safe.
 */
public final class Agencies {

    private record Alias(String code, Pattern pattern) {
    }

    private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
    private static final Pattern EDGES = Pattern.compile("^[\\p{Punct}\\s—–]+|[\\p{Punct}\\s—–]+$");
    private static final Agencies BUNDLED = load();

    private final List<Alias> aliases;
    /** Exact names: acronyms as printed, longer names lower-cased. */
    private final java.util.Map<String, String> byName;
    /** Names by their first word: acronyms as printed, longer names lower-cased; longest name first. */
    private final java.util.Map<String, List<String>> exactByFirstWord = new java.util.HashMap<>();
    private final java.util.Map<String, List<String>> foldedByFirstWord = new java.util.HashMap<>();
    /**
     * The first characters of those first words (of the folded ones, lower-cased): a word that starts with neither
     * begins no name, and is passed without cutting it out and looking it up twice.
     */
    private final BitSet exactFirstChars = new BitSet();
    private final BitSet foldedFirstChars = new BitSet();
    /**
     * The string hashes of those first words, as printed and lower-cased, each marking one bit of
     * {@value #FIRST_WORD_BITS}: a word of ASCII letters and digits whose hash marks no bit in either begins no name
     * and is passed without cutting it out (most words of a text start with some name's first character).
     */
    private final BitSet firstWordHashes = new BitSet(FIRST_WORD_BITS);
    private static final int FIRST_WORD_BITS = 1 << 16;

    /** Names that are also everyday words or abbreviations: agencies only where they stand as a credit. */
    private final java.util.Set<String> creditOnly = new java.util.HashSet<>();

    private Agencies(List<Alias> aliases, java.util.Map<String, String> byName) {
        this.aliases = List.copyOf(aliases);
        this.byName = java.util.Map.copyOf(byName);
        for (NewsAgency agency : NewsAgencies.all()) {
            creditOnly.addAll(agency.creditOnly());
            for (String name : agency.aliases()) {
                // "The Associated Press" would start before, and so hide, "Associated Press of Pakistan".
                boolean article = name.regionMatches(true, 0, "the ", 0, 4) && agency.aliases().contains(name.substring(4));
                if (!article) {
                    boolean exact = NewsAgencies.caseSensitive(name);
                    String first = name.substring(0, wordEnd(name, 0));
                    (exact ? exactByFirstWord : foldedByFirstWord).computeIfAbsent(
                            exact ? first : first.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(name);
                }
            }
        }
        exactByFirstWord.keySet().stream().filter(w -> !w.isEmpty()).forEach(w -> exactFirstChars.set(w.charAt(0)));
        foldedByFirstWord.keySet().stream().filter(w -> !w.isEmpty()).forEach(w -> foldedFirstChars.set(w.charAt(0)));
        exactByFirstWord.keySet().forEach(w -> firstWordHashes.set(hashBit(w.hashCode())));
        foldedByFirstWord.keySet().forEach(w -> firstWordHashes.set(hashBit(w.hashCode())));
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        exactByFirstWord.values().forEach(l -> l.sort(longestFirst));
        foldedByFirstWord.values().forEach(l -> l.sort(longestFirst));
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@link Character#isLetterOrDigit(char)}; ASCII (most text) without the Unicode tables. */
    static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    public static Agencies bundled() {
        return BUNDLED;
    }

    /** The agency named earliest in {@code text} (the longest name when two start at the same place). */
    public Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        int bestLength = 0;
        for (Alias a : aliases) {
            Matcher m = a.pattern.matcher(text);
            if (m.find() && (m.start() < bestStart || m.start() == bestStart && m.end() - m.start() > bestLength)) {
                best = a.code;
                bestStart = m.start();
                bestLength = m.end() - m.start();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Where a text names an agency.
     *
     * @param code the agency's code
     * @param start where the name starts
     * @param end where it ends
     * @param creditOnly whether the name is also an everyday word or abbreviation ("PA", "TT"): the agency's only
     *     where it stands as a credit
     */
    public record Mention(String code, int start, int end, boolean creditOnly) {
    }

    /**
     * Every agency name in {@code text}, in reading order; where names overlap ("AFP" inside "AFP-Relaxnews") only the
     * longest counts.
     */
    public List<Mention> findAll(String text) {
        List<Mention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        // One pass over the words: at each word start, the longest name beginning with that word, if it ends a word.
        int i = 0;
        while (i < text.length()) {
            if (!isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            // a word's lower case starts with its first character's (a word starts with a letter or digit)
            char first = text.charAt(i);
            if (!exactFirstChars.get(first) && !foldedFirstChars.get(Character.toLowerCase(first))) {
                i = end;
                continue;
            }
            if (!mayBeFirstWord(text, i, end)) {
                i = end;
                continue;
            }
            String word = text.substring(i, end);
            String found = longestAt(text, i, exactByFirstWord.get(word), false);
            String folded = longestAt(text, i, foldedByFirstWord.get(word.toLowerCase(java.util.Locale.ROOT)), true);
            if (folded != null && (found == null || folded.length() > found.length())) {
                found = folded;
            }
            if (found == null) {
                i = end;
                continue;
            }
            String code = byName.get(found);
            code = code != null ? code : byName.get(found.toLowerCase(java.util.Locale.ROOT));
            out.add(new Mention(code, i, i + found.length(), creditOnly.contains(found)));
            i += found.length();
        }
        return out;
    }

    /**
     * A necessary condition for a name to begin with the word {@code text[start, end)}: as printed or lower-cased,
     * the word's string hash marks a bit of {@link #firstWordHashes}. Words with a character beyond ASCII pass (their
     * lower case may differ from their characters' one by one).
     */
    boolean mayBeFirstWord(String text, int start, int end) {
        int exact = 0;
        int folded = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 0x80) {
                return true;
            }
            exact = 31 * exact + c;
            folded = 31 * folded + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return firstWordHashes.get(hashBit(exact)) || firstWordHashes.get(hashBit(folded));
    }

    /** A bit for a string hash; its top bits, mixed, since the hashes of short words differ in few low ones. */
    private static int hashBit(int hash) {
        return (hash * 0x9E3779B9) >>> 16;
    }

    private static String longestAt(String text, int at, List<String> names, boolean ignoreCase) {
        if (names == null) {
            return null;
        }
        for (String name : names) {
            int end = at + name.length();
            if (text.regionMatches(ignoreCase, at, name, 0, name.length())
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return name;
            }
        }
        return null;
    }

    /** Whether the whole of {@code text} (trimmed, without "By" and punctuation around it) is an agency's name. */
    public Optional<String> whole(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = EDGES.matcher(BY.matcher(text.trim()).replaceFirst("")).replaceAll("");
        String code = byName.get(t);
        if (code == null) {
            code = byName.get(t.toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.ofNullable(code);
    }

    private static Agencies load() {
        List<Alias> out = new ArrayList<>();
        java.util.Map<String, String> byName = new java.util.HashMap<>();
        for (NewsAgency agency : NewsAgencies.all()) {
            for (String name : agency.aliases()) {
                boolean exact = NewsAgencies.caseSensitive(name);
                byName.putIfAbsent(exact ? name : name.toLowerCase(java.util.Locale.ROOT), agency.code());
                out.add(new Alias(agency.code(), NewsAgencies.aliasPattern(name)));
            }
        }
        out.sort(Comparator.comparingInt((Alias a) -> -a.pattern.pattern().length()));
        return new Agencies(out, byName);
    }
}
