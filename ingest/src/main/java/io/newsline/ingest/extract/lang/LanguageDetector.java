package io.newsline.ingest.extract.lang;

import io.newsline.schemas.reference.DataFiles;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Detects the language of a text. First the writing system: scripts used by one language decide alone (Hangul,
 * kana, Greek, Thai, Georgian, the Indic scripts other than Devanagari); Han without kana is Chinese. Within a shared
 * script (Latin, Cyrillic, Arabic, Devanagari, Hebrew, Ethiopic, Myanmar) the text's 300 most frequent character
 * trigrams are compared by rank with each language's profile ({@code trigrams.tsv}, out-of-place distance), and the
 * nearest profile wins; confidence grows with the margin over the runner-up and with the text's length. Only the
 * first {@value #SAMPLE_CHARS} characters are read. Immutable and thread-safe.
 */
public final class LanguageDetector {

    static final int SAMPLE_CHARS = 4000;
    private static final int PROFILE_SIZE = 300;
    private static final int MIN_LETTERS = 20;
    private static final int CJK_WEIGHT = 3;

    /** The languages of one script, and for each trigram its rank in each language's profile (-1: absent). */
    private record ScriptProfiles(String[] languages, Map<String, short[]> ranks) {
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
        Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        if (letters < MIN_LETTERS) {
            return LanguageGuess.UNDETERMINED;
        }
        int kana = scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
                + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        int han = scripts.getOrDefault(Character.UnicodeScript.HAN, 0);
        // One CJK character carries about as much as a short Latin word: weigh them so that product names in
        // Latin letters do not outvote a Japanese or Chinese text.
        if (kana > 0 && (kana + han) * CJK_WEIGHT >= letters) {
            return new LanguageGuess("ja", share(Math.min(letters, (kana + han) * CJK_WEIGHT), letters));
        }
        Character.UnicodeScript main = null;
        int mainCount = 0;
        for (Map.Entry<Character.UnicodeScript, Integer> e : scripts.entrySet()) {
            int weight = switch (e.getKey()) {
                case HAN, HANGUL, HIRAGANA, KATAKANA -> CJK_WEIGHT;
                default -> 1;
            };
            if (e.getValue() * weight > mainCount) {
                main = e.getKey();
                mainCount = Math.min(letters, e.getValue() * weight);
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
        Map<String, Integer> textRanks = rankedTrigrams(sample, main);
        int languageCount = candidates.languages().length;
        long[] distance = new long[languageCount];
        for (Map.Entry<String, Integer> e : textRanks.entrySet()) {
            short[] ranks = candidates.ranks().get(e.getKey());
            int textRank = e.getValue();
            for (int l = 0; l < languageCount; l++) {
                int r = ranks == null ? -1 : ranks[l];
                distance[l] += r < 0 ? PROFILE_SIZE : Math.abs(r - textRank);
            }
        }
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
        double lengthFactor = Math.min(1.0, textRanks.size() / 150.0);
        double confidence = Math.min(1.0, 0.4 + 8 * margin) * (0.5 + 0.5 * lengthFactor) * share(mainCount, letters);
        return new LanguageGuess(best, round(confidence));
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

    /** Trigrams of the words written in {@code script}, lower case, padded with spaces, ranked by frequency. */
    static Map<String, Integer> rankedTrigrams(String text, Character.UnicodeScript script) {
        StringBuilder clean = new StringBuilder(text.length() + 2).append(' ');
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean keep = Character.isLetter(cp) && Character.UnicodeScript.of(cp) == script;
            if (keep) {
                clean.appendCodePoint(Character.toLowerCase(cp));
            } else if (clean.charAt(clean.length() - 1) != ' ') {
                clean.append(' ');
            }
        }
        clean.append(' ');
        Map<String, Integer> counts = new HashMap<>();
        String s = clean.toString();
        for (int i = 0; i + 3 <= s.length(); i++) {
            String g = s.substring(i, i + 3);
            counts.merge(g, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
        Map<String, Integer> ranks = new HashMap<>();
        for (int r = 0; r < Math.min(PROFILE_SIZE, sorted.size()); r++) {
            ranks.put(sorted.get(r).getKey(), r);
        }
        return ranks;
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
            Map<String, short[]> ranks = new HashMap<>();
            for (int l = 0; l < n; l++) {
                String[] g = lists.get(l);
                for (int i = 0; i < g.length; i++) {
                    short[] r = ranks.computeIfAbsent(g[i], k -> {
                        short[] fresh = new short[n];
                        java.util.Arrays.fill(fresh, (short) -1);
                        return fresh;
                    });
                    if (r[l] < 0) {
                        r[l] = (short) i;
                    }
                }
            }
            profiles.put(e.getKey(), new ScriptProfiles(e.getValue().toArray(String[]::new), ranks));
        }
        return new LanguageDetector(profiles);
    }
}
