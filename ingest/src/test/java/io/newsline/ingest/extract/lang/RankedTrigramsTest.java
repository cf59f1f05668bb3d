package io.newsline.ingest.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Trigram ranking on packed longs gives the ranking that counting substrings gives, on any text. */
class RankedTrigramsTest {

    /** The definition: one substring per trigram, counted in a map, sorted by count and then text. */
    private static List<String> bySubstrings(String text, Character.UnicodeScript script) {
        StringBuilder clean = new StringBuilder(text.length() + 2).append(' ');
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == script) {
                clean.appendCodePoint(Character.toLowerCase(cp));
            } else if (clean.charAt(clean.length() - 1) != ' ') {
                clean.append(' ');
            }
        }
        clean.append(' ');
        Map<String, Integer> counts = new HashMap<>();
        String s = clean.toString();
        for (int i = 0; i + 3 <= s.length(); i++) {
            counts.merge(s.substring(i, i + 3), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
                : a.getKey().compareTo(b.getKey()));
        return sorted.stream().limit(300).map(Map.Entry::getKey).toList();
    }

    private static List<String> packed(String text, Character.UnicodeScript script) {
        List<String> out = new ArrayList<>();
        for (long key : LanguageDetector.rankedTrigrams(text, script)) {
            out.add(new String(new char[] {(char) (key >>> 32), (char) (key >>> 16), (char) key}));
        }
        return out;
    }

    @Test
    void ranksNewsTextAsSubstringsDo() {
        String text = "Die Bundesregierung hat am Dienstag neue Hilfen für die Landwirtschaft beschlossen. "
                + "İstanbul'da ŞEHİR ÖZEL — Правительство объявило о новых мерах. 𝐁𝐨𝐥𝐝 letters, ǅemal, µ, ß, ﬁne. ";
        for (Character.UnicodeScript script : List.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC,
                Character.UnicodeScript.GREEK, Character.UnicodeScript.COMMON)) {
            assertThat(packed(text.repeat(40), script)).as(script.name()).isEqualTo(bySubstrings(text.repeat(40), script));
            assertThat(packed(text, script)).as(script.name()).isEqualTo(bySubstrings(text, script));
        }
        assertThat(packed("", Character.UnicodeScript.LATIN)).isEqualTo(bySubstrings("", Character.UnicodeScript.LATIN));
    }

    @Property(tries = 300)
    void sameRankingAsSubstrings(@ForAll("mixedText") String text) {
        for (Character.UnicodeScript script : List.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC)) {
            assertThat(packed(text, script)).isEqualTo(bySubstrings(text, script));
        }
    }

    private static List<String> unpacked(long[] keys) {
        List<String> out = new ArrayList<>();
        for (long key : keys) {
            out.add(new String(new char[] {(char) (key >>> 32), (char) (key >>> 16), (char) key}));
        }
        return out;
    }

    @Property(tries = 300)
    void theScriptPassRanksLatinTrigramsAsSubstringsDo(@ForAll("mixedText") String text) {
        LanguageDetector.ScriptPass pass = LanguageDetector.ScriptPass.of(text);
        assertThat(unpacked(pass.latin().ranked())).isEqualTo(bySubstrings(text, Character.UnicodeScript.LATIN));
        long letters = text.codePoints().filter(Character::isLetter).count();
        assertThat(pass.letters()).isEqualTo(letters);
    }

    @Test
    void theScriptPassRanksNewsTextAsSubstringsDo() {
        String text = "Die Bundesregierung hat am Dienstag neue Hilfen für die Landwirtschaft beschlossen. "
                + "İstanbul'da ŞEHİR ÖZEL — Правительство объявило о новых мерах. 𝐁𝐨𝐥𝐝 letters, ǅemal, µ, ß, ﬁne. ";
        assertThat(unpacked(LanguageDetector.ScriptPass.of(text.repeat(30)).latin().ranked()))
                .isEqualTo(bySubstrings(text.repeat(30), Character.UnicodeScript.LATIN));
    }

    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<String> piece = Arbitraries.of("a", "b", "e", "th", "E", "Z", "é", "ß", "İ", "µ", "ª", "д", "Ж",
                "𝐁", "ǅ", " ", ".", "1", "\u0301", "\n", "’", "sch", "ion ");
        return piece.list().ofMaxSize(2000).map(parts -> String.join("", parts));
    }
}
