package io.newsline.enrich.link;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The lookup key of a name: accents, case, dots and apostrophes dropped, other punctuation read as a space. */
final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("[.\u2019'`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PlaceNames() {}

    /** Must stay equal to {@code normalise} in enrich/gazetteer/build-gazetteer.js, which keys the gazetteer. */
    static String normalise(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        folded = DROPPED.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
        return SEPARATORS.matcher(folded).replaceAll(" ").trim();
    }
}
