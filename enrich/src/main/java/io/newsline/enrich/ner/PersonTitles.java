package io.newsline.enrich.ner;

import io.newsline.schemas.reference.DataFiles;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Titles, honorifics and nationality adjectives that stand before a name but are not part of it
 * ({@code person-titles.txt}), and words that start a clause before a name ({@code clause-words.txt}).
 */
final class PersonTitles {

    private static final Set<String> TITLES = load("person-titles.txt");
    private static final Set<String> CLAUSE_WORDS = load("clause-words.txt");

    private PersonTitles() {}

    /** @return whether the word stands before a name without being part of it: a title or a clause word */
    static boolean isTitle(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return TITLES.contains(lower) || CLAUSE_WORDS.contains(lower);
    }

    /** @return whether the word is a title or adjective of a person ("president", "Republican"), not a clause word */
    static boolean isPersonTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : DataFiles.lines(PersonTitles.class, resource)) {
            words.add(line.trim().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }
}
