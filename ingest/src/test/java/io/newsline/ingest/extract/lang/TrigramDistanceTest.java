package io.newsline.ingest.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.schemas.reference.DataFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The detector's table of the languages holding each trigram gives every language the out-of-place distance that
 * reading its profile rank by rank gives: per text trigram the difference of the ranks, at most 300, and 300 where
 * the profile lacks it.
 */
class TrigramDistanceTest {

    private static final int PROFILE_SIZE = 300;
    private final LanguageDetector detector = LanguageDetector.bundled();

    /** The definition, from the profiles file: each language's first rank of each trigram. */
    private static Map<String, Integer> byDefinition(long[] textTrigrams, Character.UnicodeScript script) {
        Map<String, Integer> out = new HashMap<>();
        for (String line : DataFiles.lines(LanguageDetector.class, "trigrams.tsv")) {
            String[] cols = line.split("\t");
            if (!cols[0].toUpperCase(Locale.ROOT).equals(script.name())) {
                continue;
            }
            List<String> profile = List.of(cols[2].split("\\|", -1)).subList(0, Math.min(PROFILE_SIZE,
                    cols[2].split("\\|", -1).length));
            int distance = 0;
            for (int textRank = 0; textRank < textTrigrams.length; textRank++) {
                long key = textTrigrams[textRank];
                String trigram = new String(new char[] {(char) (key >>> 32), (char) (key >>> 16), (char) key});
                int rank = profile.indexOf(trigram);
                distance += rank < 0 ? PROFILE_SIZE : Math.min(PROFILE_SIZE, Math.abs(rank - textRank));
            }
            out.put(cols[1], distance);
        }
        return out;
    }

    private void assertSameDistances(String text, Character.UnicodeScript script) {
        long[] trigrams = LanguageDetector.rankedTrigrams(text, script);
        assertThat(detector.distances(trigrams, script)).as(script.name()).isEqualTo(byDefinition(trigrams, script));
    }

    @Test
    void newsTextsAreAsFarFromEachLanguageAsTheirProfilesSay() {
        String latin = "Die Bundesregierung hat am Dienstag neue Hilfen für die Landwirtschaft beschlossen. Le "
                + "gouvernement a annoncé mardi de nouvelles mesures. The government said on Tuesday that farmers hit "
                + "by the drought would get help. El gobierno anunció el martes nuevas medidas para los agricultores.";
        assertSameDistances(latin, Character.UnicodeScript.LATIN);
        assertSameDistances(latin.repeat(20), Character.UnicodeScript.LATIN);
        assertSameDistances("Правительство во вторник объявило о новых мерах поддержки фермеров. Уряд у вівторок "
                + "оголосив про нові заходи підтримки фермерів.", Character.UnicodeScript.CYRILLIC);
        assertSameDistances("أعلنت الحكومة يوم الثلاثاء عن إجراءات جديدة لدعم المزارعين", Character.UnicodeScript.ARABIC);
        assertSameDistances("", Character.UnicodeScript.LATIN);
    }

    @Test
    void aTextMadeOfOneProfileIsAsFarFromEveryLanguageAsTheDefinitionSays() {
        // a profile's own trigrams in its order: every rank difference small for its language, many shared ones
        for (String line : DataFiles.lines(LanguageDetector.class, "trigrams.tsv")) {
            String[] cols = line.split("\t");
            Character.UnicodeScript script = Character.UnicodeScript.forName(cols[0].toUpperCase(Locale.ROOT));
            assertSameDistances(String.join(" ", cols[2].split("\\|", -1)), script);
        }
    }

    @Property(tries = 100)
    void anyTextIsAsFarFromEachLanguageAsTheDefinitionSays(@ForAll("latinText") String text) {
        assertSameDistances(text, Character.UnicodeScript.LATIN);
    }

    @Provide
    Arbitrary<String> latinText() {
        Arbitrary<String> piece = Arbitraries.of("the ", "der ", "de ", "la ", "en ", "ion", "sch", "ä", "é", "ñ", "ø",
                "ij", "a", "e", "o", "i", "u", "n", "s", "t", "r", " ", ". ", "ß", "ç", "ő", "ą");
        return piece.list().ofMaxSize(1500).map(parts -> String.join("", parts));
    }
}
