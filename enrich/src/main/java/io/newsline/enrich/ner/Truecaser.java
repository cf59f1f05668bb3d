package io.newsline.enrich.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives the words of a sentence written all or mostly in capitals (a wire headline: "SOCCER - ARSENAL HELD BY
 * BRENTFORD") the casing they have in running text ("soccer - Arsenal held by Brentford"), so that a cased tagger
 * reads them as it reads the body. A word takes, in this order: the form of the names a tagger found in the same
 * document's running text (the body usually repeats the headline's names); the form that running text writes it in
 * most often, not counting the first word of a sentence, which is capitalised whatever it is (a word in capitals
 * there stays in capitals: "US"); the form CoreNLP's truecasing list gives it where that is in capitals or mixed
 * ("OPEC", "U.S.", "McLaren"; {@value #CORENLP_LIST}: the most frequent form of 181,000 words in CoreNLP's training
 * text); the form of a word the running text only opens sentences with ("Arsenal stayed top"); else lower case.
 *
 * <p>Thread-safe: immutable after loading. Load it once per process (34,916 of the list's words are kept).
 */
public final class Truecaser {

    /** CoreNLP's list of words and their most frequent form, in the CoreNLP models jar. */
    public static final String CORENLP_LIST = "edu/stanford/nlp/models/truecase/MixDisambiguation.list";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Stand-ins for the two common forms, so that most entries share one value string. */
    private static final String CAPITALISED = new String("Capitalised");
    private static final String UPPER = new String("UPPER");

    /** Lower-case word to its usual form; words whose usual form is lower case are absent. */
    private final Map<String, String> forms;

    Truecaser(Map<String, String> forms) {
        this.forms = forms;
    }

    /** @return the truecaser with CoreNLP's list, read from the class path (the CoreNLP models jar) */
    public static Truecaser fromCoreNlpModels() {
        InputStream in = Truecaser.class.getClassLoader().getResourceAsStream(CORENLP_LIST);
        if (in == null) {
            throw new IllegalStateException(CORENLP_LIST + " not on the class path (CoreNLP models jar)");
        }
        Map<String, String> forms = new HashMap<>(32 * 1024);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    String word = line.substring(0, tab);
                    String form = line.substring(tab + 1);
                    // Words the list merely capitalises are left out: its text capitalised headlines' words too
                    // ("Derby", "Jersey", "Union", "Panel"), and a name the headline shares with the body takes
                    // the body's form anyway.
                    if (!form.equals(capitalise(word))) {
                        forms.put(word, form.equals(word.toUpperCase(Locale.ROOT)) ? UPPER : form);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CORENLP_LIST, e);
        }
        return new Truecaser(forms);
    }

    /**
     * Whether a sentence is written in capitals: at least {@code minimum} of its words of two letters or more have
     * no lower-case letter, and they are at least three quarters of those words ("NEW YORK 2026-01-19", "SOCCER -
     * ARSENAL HELD BY BRENTFORD", not "AL-AIN , United Arab Emirates" or "BOSTON 118 Miami 104").
     */
    public static boolean isMostlyUpperCase(List<String> words, int minimum) {
        int letterWords = 0;
        int upper = 0;
        for (String word : words) {
            int letters = 0;
            boolean lower = false;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    lower |= Character.isLowerCase(c);
                }
            }
            if (letters >= 2) {
                letterWords++;
                if (!lower) {
                    upper++;
                }
            }
        }
        return upper >= minimum && upper * 4 >= letterWords * 3;
    }

    /**
     * Whether a sentence is one to truecase: in capitals with two such words at least ({@link #isMostlyUpperCase}),
     * without a date (a dateline, "NEW YORK 2026-01-19", which the CRF reads well as it is and "new York" would
     * break) and with fewer than two numbers (a row of a table: "HD THE HOME DEPOT INC. 225.86 -12.99").
     */
    public static boolean isToTruecase(List<String> words) {
        if (!isMostlyUpperCase(words, 2)) {
            return false;
        }
        int numbers = 0;
        for (String word : words) {
            if (DATE.matcher(word).matches()) {
                return false;
            }
            if (!hasLetter(word) && word.chars().anyMatch(Character::isDigit)) {
                numbers++;
            }
        }
        return numbers < 2;
    }

    /**
     * The forms the running text of one document gives its words: every word but the first of each sentence that is
     * not itself in capitals. Not thread-safe; one per document.
     */
    public static final class DocumentForms {
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();
        private final Map<String, Map<String, Integer>> names = new HashMap<>();
        private final Map<String, Map<String, Integer>> firstWords = new HashMap<>();

        /** Counts the words of one sentence of running text (skip sentences in capitals). */
        public void addSentence(List<String> words) {
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (hasLetter(word)) {
                    count(i == 0 ? firstWords : counts, word);
                }
            }
        }

        private static void count(Map<String, Map<String, Integer>> counts, String word) {
            counts.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> new HashMap<>(2)).merge(word, 1, Integer::sum);
        }

        /** Counts a word of a name a tagger found in the running text, the first word of a sentence too. */
        public void addName(String word) {
            count(names, word);
        }

        /**
         * @return the form in which the running text writes {@code lower} in a name most often, else the form it
         *     writes it in most often but as a sentence's first word, or null if it does not write it so
         */
        String formOf(String lower) {
            String name = mostFrequent(names.get(lower));
            if (name != null) {
                return name;
            }
            Map<String, Integer> seen = counts.get(lower);
            // an abbreviation written in capitals in running text is one there, however often the word is not ("US")
            String upper = lower.toUpperCase(Locale.ROOT);
            return seen != null && lower.length() > 1 && seen.containsKey(upper) ? upper : mostFrequent(seen);
        }

        /** @return the form in which the running text writes {@code lower} first in a sentence most often, or null */
        String firstWordFormOf(String lower) {
            return mostFrequent(firstWords.get(lower));
        }

        private static String mostFrequent(Map<String, Integer> seen) {
            if (seen == null) {
                return null;
            }
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> entry : seen.entrySet()) {
                // ties go to the form with a capital: a name written once as a name and once as a word is a name
                if (entry.getValue() > most || entry.getValue() == most && entry.getKey().compareTo(best) < 0) {
                    best = entry.getKey();
                    most = entry.getValue();
                }
            }
            return best;
        }
    }

    /**
     * @param word     a word of a sentence in capitals
     * @param document the forms of the document's running text
     * @return the word in its usual casing; words without letters unchanged
     */
    public String truecase(String word, DocumentForms document) {
        if (!hasLetter(word)) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String listed = forms.get(lower);
        String form = document.formOf(lower);
        if (form != null && !(listed == UPPER && form.equals(lower))) {
            // an abbreviation stays one where the running text only has the lower-case word ("US FALLS", "us")
            return form;
        }
        form = listed;
        if (form == null) {
            // a word the running text only opens sentences with, in the form it has there: "Arsenal stayed top"
            form = document.firstWordFormOf(lower);
            return form != null ? form : lower;
        }
        return form == UPPER ? word.toUpperCase(Locale.ROOT) : form;
    }

    /** @return the number of words in the list (for the load figures in docs/BENCHMARKS.md) */
    public int size() {
        return forms.size();
    }

    private static String capitalise(String lower) {
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
