package io.newsline.enrich.keywords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word and phrase statistics of one article, and the ranking {@link KeywordRanker} describes: candidates are runs
 * of up to {@value #MAX_PHRASE_WORDS} content words inside a sentence, scored by frequency, capitalisation, first
 * position and headline presence. Used by one thread for one call; not thread-safe.
 */
final class KeyphraseStatistics {

    static final int MAX_PHRASE_WORDS = 4;
    static final double TITLE_BONUS = 1.5;
    static final double NAME_BONUS = 1.5;

    private final Set<String> stop;
    private final Map<String, WordStats> words = new HashMap<>();
    private final Map<String, PhraseStats> phrases = new HashMap<>();
    private int sentence;
    private int lastWordSentence = -1;
    private int wordSentences;

    KeyphraseStatistics(Set<String> stop) {
        this.stop = stop;
    }

    void read(String s, boolean inTitle) {
        List<int[]> run = new ArrayList<>(); // [start, end] of the current run's words
        List<String> runWords = new ArrayList<>(); // their lower-case forms
        int n = s.length();
        int i = 0;
        boolean sentenceStart = true;
        while (i < n) {
            char c = s.charAt(i);
            if (!isWordChar(c)) {
                if (!Character.isWhitespace(c) || c == '\n') {
                    closeRun(s, run, runWords, inTitle);
                }
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';' || c == ':') {
                    sentenceStart = true;
                    sentence++;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                c = s.charAt(i);
                if (isWordChar(c)) {
                    i++;
                } else if ((c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '&') && i + 1 < n
                        && isWordChar(s.charAt(i + 1)) && !isPossessive(s, i)
                        && (c != '.' || isAbbreviation(s, start, i))) {
                    i++;
                } else {
                    break;
                }
            }
            int end = i;
            String surface = s.substring(start, end);
            String lower = surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            boolean possessive = isPossessive(s, end);
            if (isStopword(lower)) {
                closeRun(s, run, runWords, inTitle);
            } else {
                WordStats w = words.get(lower);
                if (w == null) {
                    w = new WordStats(sentence);
                    words.put(lower, w);
                }
                w.count++;
                if (lastWordSentence != sentence) {
                    lastWordSentence = sentence;
                    wordSentences++;
                }
                if (w.lastSentence != sentence) {
                    w.lastSentence = sentence;
                    w.sentences++;
                }
                if (!inTitle && !sentenceStart && Character.isUpperCase(surface.charAt(0))) {
                    // headlines capitalise every word, so only body text tells names apart
                    w.capitalised++;
                }
                run.add(new int[] {start, end});
                runWords.add(lower);
            }
            sentenceStart = false;
            if (possessive) {
                closeRun(s, run, runWords, inTitle);
                i += 2; // skip 's
            }
        }
        closeRun(s, run, runWords, inTitle);
        sentence++;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    private boolean isStopword(String lower) {
        if (stop != null) {
            return stop.contains(lower) || lower.length() < 2 || isNumber(lower);
        }
        // no list for this language: short words are mostly function words
        return lower.length() <= 3 || isNumber(lower);
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPossessive(String s, int i) {
        return i + 1 < s.length() && (s.charAt(i) == '\'' || s.charAt(i) == '\u2019')
                && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                && (i + 2 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)));
    }

    /** "U.S" and "U.K" keep their dots: single letters on both sides. */
    private static boolean isAbbreviation(String s, int start, int dot) {
        return dot - start == 1 || (dot >= 2 && s.charAt(dot - 2) == '.');
    }

    private void closeRun(String s, List<int[]> run, List<String> runWords, boolean inTitle) {
        if (run.isEmpty()) {
            return;
        }
        if (run.size() <= MAX_PHRASE_WORDS && !inTitle) {
            addPhrase(s, run, runWords, 0, run.size(), inTitle);
        } else {
            for (int from = 0; from < run.size(); from++) {
                for (int len = 1; len <= 3 && from + len <= run.size(); len++) {
                    addPhrase(s, run, runWords, from, from + len, inTitle);
                }
            }
        }
        run.clear();
        runWords.clear();
    }

    private void addPhrase(String s, List<int[]> run, List<String> runWords, int from, int to, boolean inTitle) {
        String key = to - from == 1 ? runWords.get(from) : String.join(" ", runWords.subList(from, to));
        PhraseStats p = phrases.get(key);
        if (p == null) {
            String[] words = new String[to - from];
            for (int k = from; k < to; k++) {
                words[k - from] = runWords.get(k);
            }
            p = new PhraseStats(s.substring(run.get(from)[0], run.get(to - 1)[1]), key, words);
            phrases.put(key, p);
        }
        p.count++;
        p.inTitle |= inTitle;
        if (!inTitle) {
            p.bodyCount++;
        }
    }

    List<Keyword> rank(int max) {
        List<PhraseStats> candidates = new ArrayList<>();
        for (PhraseStats p : phrases.values()) {
            if (!worthy(p) || (stop == null && containsFunctionWord(p))) {
                continue;
            }
            double sum = 0;
            for (String w : p.words) {
                sum += wordWeight(words.get(w));
            }
            double mean = sum / p.words.length;
            p.score = Math.sqrt(p.count) * mean * (1 + 0.25 * (p.words.length - 1)) * (p.inTitle ? TITLE_BONUS : 1);
            candidates.add(p);
        }
        candidates.sort((a, b) -> a.score != b.score ? Double.compare(b.score, a.score) : a.key.compareTo(b.key));
        List<Keyword> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        double top = candidates.isEmpty() ? 1 : candidates.get(0).score;
        for (PhraseStats p : candidates) {
            if (out.size() >= max) {
                break;
            }
            boolean overlaps = false;
            for (String w : p.words) {
                overlaps |= used.contains(w);
            }
            if (overlaps) {
                continue;
            }
            used.addAll(List.of(p.words));
            out.add(new Keyword(p.surface, Math.round(p.score / top * 1e4) / 1e4));
        }
        return List.copyOf(out);
    }

    /**
     * Without a stopword list, a word found in more than a quarter of the sentences of a text of eight
     * or more sentences is taken for a function word ("yang", "dan" in Indonesian).
     */
    private boolean containsFunctionWord(PhraseStats p) {
        if (wordSentences < 8) {
            return false;
        }
        for (String w : p.words) {
            if (words.get(w).sentences * 4 > wordSentences) {
                return true;
            }
        }
        return false;
    }

    private static boolean worthy(PhraseStats p) {
        if (p.bodyCount == 0 && p.words.length > 1) {
            return false; // a headline's word run that the body never repeats is rarely a phrase
        }
        for (String w : p.words) {
            int letters = 0;
            for (int i = 0; i < w.length(); i++) {
                if (Character.isLetter(w.charAt(i))) {
                    letters++;
                }
            }
            if (letters >= 3 || (letters >= 2 && w.length() >= 2)) {
                return true;
            }
        }
        return false;
    }

    private double wordWeight(WordStats w) {
        double frequency = 1 + Math.log(w.count);
        double name = w.capitalised * 2 >= w.count && w.capitalised > 0 ? NAME_BONUS : 1;
        double position = 1 + 1.0 / (2 + Math.log1p(w.firstSentence));
        return frequency * name * position;
    }

    private static final class WordStats {
        final int firstSentence;
        int lastSentence = -1;
        int sentences;
        int count;
        int capitalised;

        WordStats(int firstSentence) {
            this.firstSentence = firstSentence;
        }
    }

    private static final class PhraseStats {
        final String surface;
        final String key;
        final String[] words;
        int count;
        int bodyCount;
        boolean inTitle;
        double score;

        PhraseStats(String surface, String key, String[] words) {
            this.surface = surface;
            this.key = key;
            this.words = words;
        }
    }
}
