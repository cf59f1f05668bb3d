package io.newsline.enrich.keywords;

import io.newsline.schemas.reference.DataFiles;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks a few ranked keyphrases from an article by statistics of the text alone (no corpus, no model),
 * in the spirit of RAKE and YAKE.
 *
 * <p>Candidates are runs of up to four content words inside a sentence, broken by stopwords, punctuation
 * and possessives. A word weighs more the more often it occurs, when it is capitalised mid-sentence (a
 * name) and the earlier it first appears; a phrase scores by how often it occurs, the mean weight of its
 * words and its length, with a bonus when it appears in the headline. Phrases sharing a word with a
 * better one are dropped, so the list names different things. Scores are scaled so the best is 1.
 *
 * <p>Languages: stopword lists for English, German, French, Spanish, Italian, Portuguese and Dutch are
 * bundled; other languages written with spaces fall back to treating short words as stopwords. Text in a
 * script without spaces between words (Chinese, Japanese, Thai and similar) gets no keywords rather than
 * whole clauses passed off as phrases.
 *
 * <p>Immutable and thread-safe.
 */
public final class KeywordRanker implements KeywordExtractor {

    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl");
    private static final Set<String> UNSPACED_LANGUAGES = Set.of("zh", "ja", "th", "lo", "km", "my", "bo");

    private final Map<String, Set<String>> stopwords;

    private KeywordRanker(Map<String, Set<String>> stopwords) {
        this.stopwords = stopwords;
    }

    /** Loads the bundled stopword lists. */
    public static KeywordRanker loadDefault() {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String lang : LANGUAGES) {
            Set<String> words = new HashSet<>();
            for (String line : DataFiles.lines(KeywordRanker.class, "stopwords-" + lang + ".txt")) {
                for (String w : line.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
                    }
                }
            }
            lists.put(lang, Set.copyOf(words));
        }
        return new KeywordRanker(Map.copyOf(lists));
    }

    @Override
    public List<Keyword> extract(String title, String text, String language, int max) {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        if (max <= 0 || (title.isBlank() && text.isBlank())) {
            return List.of();
        }
        String lang = primaryLanguage(language);
        if ((lang != null && UNSPACED_LANGUAGES.contains(lang)) || mostlyUnspacedScript(title, text)) {
            return List.of();
        }
        Set<String> stop = lang == null ? guessStopwords(title + "\n" + text) : stopwords.get(lang);
        KeyphraseStatistics doc = new KeyphraseStatistics(stop);
        doc.read(title, true);
        doc.read(text, false);
        return doc.rank(max);
    }

    /**
     * For text of unknown language: the bundled list that covers most of its first words, or null (short
     * words as stopwords) when none covers a fifth of them.
     */
    private Set<String> guessStopwords(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        for (String w : text.substring(0, Math.min(text.length(), 3000)).toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            for (Map.Entry<String, Set<String>> e : stopwords.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (best == null || e.getValue() > hits.get(best)) {
                best = e.getKey();
            }
        }
        return best != null && hits.get(best) * 5 >= words ? stopwords.get(best) : null;
    }

    private static String primaryLanguage(String tag) {
        if (tag == null || tag.isBlank() || tag.equalsIgnoreCase("und")) {
            return null;
        }
        String t = tag.toLowerCase(Locale.ROOT);
        int dash = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        return dash > 0 ? t.substring(0, dash) : t;
    }

    /** Whether most letters belong to scripts written without spaces between words. */
    private static boolean mostlyUnspacedScript(String title, String text) {
        int letters = 0;
        int unspaced = 0;
        String sample = text.length() > 2000 ? text.substring(0, 2000) : text;
        for (String s : new String[] {title, sample}) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!Character.isLetter(c)) {
                    continue;
                }
                letters++;
                if (c < '\u0E00') {
                    continue; // Latin, Greek, Cyrillic, Arabic, Indic...: spaced scripts
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                        || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                        || script == Character.UnicodeScript.MYANMAR || script == Character.UnicodeScript.TIBETAN) {
                    unspaced++;
                }
            }
        }
        return letters > 0 && unspaced * 3 > letters;
    }
}
