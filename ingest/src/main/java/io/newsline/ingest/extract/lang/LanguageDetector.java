package io.newsline.ingest.extract.lang;

import io.newsline.schemas.reference.DataFiles;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Detects the language of a text. First the writing system: scripts used by one language decide alone (Hangul,
 * kana, Greek, Thai, Georgian, the Indic scripts other than Devanagari); Han without kana is Chinese. Within a shared
 * script (Latin, Cyrillic, Arabic, Devanagari, Hebrew, Ethiopic, Myanmar) the text's 300 most frequent character
 * trigrams are compared by rank with each language's profile ({@code trigrams.tsv}, out-of-place distance), and the
 * nearest profile wins; confidence grows with the margin over the runner-up and with the text's length. Only the
 * first {@value #SAMPLE_CHARS} characters are read. Immutable and thread-safe.
 */
public final class LanguageDetector {

    static final int SAMPLE_CHARS = 3000;
    private static final int PROFILE_SIZE = TrigramCounts.PROFILE_SIZE;
    /** The rank of a trigram a language's profile lacks: further from any text rank than {@link #PROFILE_SIZE}. */
    private static final short ABSENT = Short.MAX_VALUE;
    private static final int MIN_LETTERS = 20;
    private static final int CJK_WEIGHT = 3;
    private static final long KEY_MASK = (1L << 48) - 1;
    /** The last start of a trigram's entries that the 16 bits above a packed trigram hold. */
    private static final int MAX_ENTRY_START = 0xFFFF;
    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

    /**
     * The languages of one script and, for each packed trigram some profile holds, the languages that hold it with
     * its rank there: an open-addressing table of the trigrams ({@code Long} keys hash poorly: packed trigrams differ
     * in few bits), each key carrying in its top 16 bits where its entries start in one array. Most trigrams are in
     * a few profiles only, so a text's 300 lookups read two short arrays instead of a rank for every language each;
     * the table's lookups were a third of the detector's time, mostly waiting for memory.
     *
     * @param entries per trigram: how many languages hold it, then per language {@code language << 16 | rank}
     */
    private record ScriptProfiles(String[] languages, long[] keys, int[] entries) {

        static ScriptProfiles of(String[] languages, Map<Long, short[]> ranks) {
            int capacity = Integer.highestOneBit(Math.max(ranks.size(), 8) * 2 - 1) << 1;
            long[] keys = new long[capacity];
            int[] entries = new int[ranks.size() + ranks.values().stream()
                    .mapToInt(r -> (int) IntStream.range(0, r.length).filter(l -> r[l] != ABSENT).count()).sum()];
            int next = 0;
            for (Map.Entry<Long, short[]> e : ranks.entrySet()) {
                if (next > MAX_ENTRY_START) {
                    throw new IllegalStateException("too many trigram profiles for the table's 16-bit offsets");
                }
                int slot = slot(e.getKey(), capacity);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & (capacity - 1);
                }
                keys[slot] = (long) next << 48 | e.getKey();
                int countAt = next++;
                short[] r = e.getValue();
                for (int l = 0; l < r.length; l++) {
                    if (r[l] != ABSENT) {
                        entries[next++] = l << 16 | r[l];
                    }
                }
                entries[countAt] = next - countAt - 1;
            }
            return new ScriptProfiles(languages, keys, entries);
        }

        /**
         * Each language's out-of-place distance from a text's ranked trigrams: per trigram the difference of its
         * ranks, or {@value #PROFILE_SIZE} when the language's profile lacks it. Ranks differ by less than that, so
         * the sum is {@value #PROFILE_SIZE} per trigram less each language's closeness over the trigrams it holds.
         */
        int[] distances(long[] textTrigrams) {
            int[] closeness = new int[languages.length];
            for (int textRank = 0; textRank < textTrigrams.length; textRank++) {
                int at = entriesOf(textTrigrams[textRank]);
                if (at < 0) {
                    continue;
                }
                for (int k = at + 1, end = at + 1 + entries[at]; k < end; k++) {
                    int entry = entries[k];
                    closeness[entry >>> 16] += PROFILE_SIZE - Math.abs((entry & 0xFFFF) - textRank);
                }
            }
            int[] distance = new int[languages.length];
            for (int l = 0; l < distance.length; l++) {
                distance[l] = textTrigrams.length * PROFILE_SIZE - closeness[l];
            }
            return distance;
        }

        /** Where the trigram's entries start, or -1 when no profile has it. */
        private int entriesOf(long trigram) {
            for (int slot = slot(trigram, keys.length); keys[slot] != 0; slot = (slot + 1) & (keys.length - 1)) {
                if ((keys[slot] & KEY_MASK) == trigram) {
                    return (int) (keys[slot] >>> 48);
                }
            }
            return -1;
        }
    }

    private static final LanguageDetector BUNDLED = load();

    private final Map<Character.UnicodeScript, ScriptProfiles> profiles;

    private LanguageDetector(Map<Character.UnicodeScript, ScriptProfiles> profiles) {
        this.profiles = profiles;
    }

    public static LanguageDetector bundled() {
        return BUNDLED;
    }

    /** The language of {@code text}; {@link LanguageGuess#UNDETERMINED} for texts with fewer than 20 letters. */
    public LanguageGuess detect(String text) {
        if (text == null) {
            return LanguageGuess.UNDETERMINED;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        ScriptPass pass = ScriptPass.of(sample);
        int[] scripts = pass.scripts();
        int letters = pass.letters();
        if (letters < MIN_LETTERS) {
            return LanguageGuess.UNDETERMINED;
        }
        int kana = scripts[Character.UnicodeScript.HIRAGANA.ordinal()] + scripts[Character.UnicodeScript.KATAKANA.ordinal()];
        int han = scripts[Character.UnicodeScript.HAN.ordinal()];
        // One CJK character carries about as much as a short Latin word: weigh them so that product names in
        // Latin letters do not outvote a Japanese or Chinese text.
        if (kana > 0 && (kana + han) * CJK_WEIGHT >= letters) {
            return new LanguageGuess("ja", share(Math.min(letters, (kana + han) * CJK_WEIGHT), letters));
        }
        Character.UnicodeScript main = null;
        int mainCount = 0;
        // in the scripts' declaration order: the first of equal counts wins
        for (Character.UnicodeScript script : SCRIPTS) {
            int count = scripts[script.ordinal()];
            int weight = switch (script) {
                case HAN, HANGUL, HIRAGANA, KATAKANA -> CJK_WEIGHT;
                default -> 1;
            };
            if (count * weight > mainCount) {
                main = script;
                mainCount = Math.min(letters, count * weight);
            }
        }
        String single = singleLanguageScript(main);
        if (single != null) {
            return new LanguageGuess(single, share(mainCount, letters));
        }
        ScriptProfiles candidates = profiles.get(main);
        if (candidates == null) {
            return LanguageGuess.UNDETERMINED;
        }
        long[] textTrigrams = main == Character.UnicodeScript.LATIN ? pass.latin().ranked()
                : rankedTrigrams(sample, main);
        int languageCount = candidates.languages().length;
        int[] distance = candidates.distances(textTrigrams);
        String best = null;
        long bestDistance = Long.MAX_VALUE;
        long secondDistance = Long.MAX_VALUE;
        for (int l = 0; l < languageCount; l++) {
            long d = distance[l];
            if (d < bestDistance) {
                secondDistance = bestDistance;
                bestDistance = d;
                best = candidates.languages()[l];
            } else if (d < secondDistance) {
                secondDistance = d;
            }
        }
        if (best == null) {
            return LanguageGuess.UNDETERMINED;
        }
        double margin = secondDistance == Long.MAX_VALUE ? 1.0
                : (double) (secondDistance - bestDistance) / Math.max(1, secondDistance);
        double lengthFactor = Math.min(1.0, textTrigrams.length / 150.0);
        double confidence = Math.min(1.0, 0.4 + 8 * margin) * (0.5 + 0.5 * lengthFactor) * share(mainCount, letters);
        return new LanguageGuess(best, round(confidence));
    }

    /**
     * One pass over a sample: its letters per script, and, since most texts are in Latin script, the trigrams of its
     * Latin words counted on the way as {@link #rankedTrigrams} counts them.
     */
    record ScriptPass(int[] scripts, int letters, TrigramCounts latin) {

        static ScriptPass of(String sample) {
            int[] scripts = new int[SCRIPTS.length];
            int letters = 0;
            TrigramCounts latin = new TrigramCounts(sample.length() + 2);
            for (int i = 0; i < sample.length(); ) {
                int cp = sample.codePointAt(i);
                i += Character.charCount(cp);
                if (isAsciiLetter(cp)) {
                    letters++;
                    scripts[Character.UnicodeScript.LATIN.ordinal()]++;
                    latin.appendLetter(cp | 0x20);
                } else if (cp >= 0x80 && Character.isLetter(cp)) {
                    letters++;
                    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                    scripts[script.ordinal()]++;
                    if (script == Character.UnicodeScript.LATIN) {
                        latin.appendLetter(Character.toLowerCase(cp));
                    } else {
                        latin.endWord();
                    }
                } else {
                    latin.endWord();
                }
            }
            return new ScriptPass(scripts, letters, latin);
        }
    }

    /** Each language of the script's profiles by name, with its distance from the ranked trigrams (for tests). */
    Map<String, Integer> distances(long[] textTrigrams, Character.UnicodeScript script) {
        ScriptProfiles candidates = profiles.get(script);
        int[] distance = candidates.distances(textTrigrams);
        Map<String, Integer> byLanguage = new HashMap<>();
        for (int l = 0; l < distance.length; l++) {
            byLanguage.put(candidates.languages()[l], distance[l]);
        }
        return byLanguage;
    }

    private static double share(int part, int whole) {
        return round((double) part / whole);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    private static String singleLanguageScript(Character.UnicodeScript s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case HANGUL -> "ko";
            case HAN -> "zh";
            case HIRAGANA, KATAKANA -> "ja";
            case GREEK -> "el";
            case THAI -> "th";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case TELUGU -> "te";
            case KANNADA -> "kn";
            case MALAYALAM -> "ml";
            case GUJARATI -> "gu";
            case GURMUKHI -> "pa";
            case ORIYA -> "or";
            case SINHALA -> "si";
            case KHMER -> "km";
            case LAO -> "lo";
            case TIBETAN -> "bo";
            default -> null;
        };
    }

    /**
     * Trigrams of the words written in {@code script}, lower case, padded with spaces, ranked by frequency (ties in
     * character order), at most {@value #PROFILE_SIZE}; each trigram packed into a long ({@link #pack}). Counted as the
     * cleaned text's characters come ({@link TrigramCounts}): no string per trigram, nor of the cleaned text.
     */
    static long[] rankedTrigrams(String text, Character.UnicodeScript script) {
        TrigramCounts counts = new TrigramCounts(text.length() + 2);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean keep = isAsciiLetter(cp) ? script == Character.UnicodeScript.LATIN
                    : cp >= 0x80 && Character.isLetter(cp) && Character.UnicodeScript.of(cp) == script;
            if (keep) {
                counts.appendLetter(Character.toLowerCase(cp));
            } else {
                counts.endWord();
            }
        }
        return counts.ranked();
    }

    /** Three UTF-16 chars in one long, first char highest: packed order is the strings' order. Never 0 for text. */
    static long pack(char a, char b, char c) {
        return TrigramCounts.pack(a, b, c);
    }

    private static int slot(long key, int capacity) {
        return TrigramCounts.slot(key, capacity);
    }

    private static boolean isAsciiLetter(int cp) {
        return cp < 0x80 && (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    }

    private static LanguageDetector load() {
        Map<Character.UnicodeScript, List<String>> languages = new EnumMap<>(Character.UnicodeScript.class);
        Map<Character.UnicodeScript, List<String[]>> grams = new EnumMap<>(Character.UnicodeScript.class);
        for (String line : DataFiles.lines(LanguageDetector.class, "trigrams.tsv")) {
            String[] cols = line.split("\t");
            Character.UnicodeScript script = Character.UnicodeScript.forName(cols[0].toUpperCase(java.util.Locale.ROOT));
            languages.computeIfAbsent(script, k -> new ArrayList<>()).add(cols[1]);
            grams.computeIfAbsent(script, k -> new ArrayList<>()).add(cols[2].split("\\|", -1));
        }
        Map<Character.UnicodeScript, ScriptProfiles> profiles = new EnumMap<>(Character.UnicodeScript.class);
        for (Map.Entry<Character.UnicodeScript, List<String>> e : languages.entrySet()) {
            List<String[]> lists = grams.get(e.getKey());
            int n = lists.size();
            Map<Long, short[]> ranks = new HashMap<>();
            for (int l = 0; l < n; l++) {
                String[] g = lists.get(l);
                for (int i = 0; i < g.length; i++) {
                    if (g[i].length() != 3 || i >= PROFILE_SIZE) {
                        continue; // no text trigram (three chars) can match it; a profile ranks at most PROFILE_SIZE
                    }
                    short[] r = ranks.computeIfAbsent(pack(g[i].charAt(0), g[i].charAt(1), g[i].charAt(2)), k -> {
                        short[] fresh = new short[n];
                        java.util.Arrays.fill(fresh, ABSENT);
                        return fresh;
                    });
                    if (r[l] == ABSENT) {
                        r[l] = (short) i;
                    }
                }
            }
            profiles.put(e.getKey(), ScriptProfiles.of(e.getValue().toArray(String[]::new), ranks));
        }
        return new LanguageDetector(profiles);
    }
}
