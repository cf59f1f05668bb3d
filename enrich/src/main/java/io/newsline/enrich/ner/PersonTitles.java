package io.newsline.enrich.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = PersonTitles.class.getResourceAsStream("person-titles.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource person-titles.txt");
            }
            Set<String> titles = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    titles.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(titles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
