package io.newsline.enrich.ner;

import io.newsline.schemas.reference.DataFiles;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Titles and honorifics that stand before a name but are not part of it ({@code person-titles.txt}). */
final class PersonTitles {

    private static final Set<String> TITLES = load();

    private PersonTitles() {}

    static boolean isTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> titles = new HashSet<>();
        for (String line : DataFiles.lines(PersonTitles.class, "person-titles.txt")) {
            titles.add(line.trim().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(titles);
    }
}
