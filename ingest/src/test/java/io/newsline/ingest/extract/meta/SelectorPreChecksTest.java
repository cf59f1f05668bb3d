package io.newsline.ingest.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.ElementWalk;
import org.jsoup.select.Evaluator;
import org.junit.jupiter.api.Test;

/** The byline, date and standfirst selectors' pre-checks pass every element their selector matches. */
class SelectorPreChecksTest {

    /** The words of the selectors' class and id tests, and names built from them. */
    private static final List<String> NAMES = List.of("byline", "story-byline", "date", "time", "dateline",
            "timestamp", "published", "publish-date", "pubdate", "post-date", "entry-date", "article-date",
            "story-date", "meta date_x", "publish", "x-time", "standfirst", "dek", "deck", "subtitle", "sub-title",
            "subheadline", "sub-headline", "subhead", "strapline", "chapo", "lede", "article-summary",
            "story-summary", "x_deck", "author", "author-name", "byline__name", "article-author", "writer",
            "c-byline", "x-name");

    @Test
    void datePreCheckPassesEveryElementTheSelectorMatches() {
        assertThat(misses(BylineAndDateSelectors.DATE_HOLDER, BylineAndDateSelectors::mayHoldDate)).isEmpty();
    }

    @Test
    void bylinePreCheckPassesEveryElementTheSelectorMatches() {
        assertThat(misses(BylineAndDateSelectors.BYLINE, BylineAndDateSelectors::mayBeByline)).isEmpty();
    }

    @Test
    void standfirstPreCheckPassesEveryElementTheSelectorMatches() {
        assertThat(misses(Standfirst.MARKED, Standfirst::mayBeMarked)).isEmpty();
    }

    @Test
    void preChecksRejectPlainNames() {
        Element plain = Jsoup.parse("<div class='story-body' id='main'>x</div>").selectFirst("div");
        assertThat(BylineAndDateSelectors.mayHoldDate(plain)).isFalse();
        assertThat(Standfirst.mayBeMarked(plain)).isFalse();
        assertThat(BylineAndDateSelectors.mayBeByline(plain)).isFalse();
        Element link = Jsoup.parse("<a href='/news/story-1' class='teaser-link'>x</a>").selectFirst("a");
        assertThat(BylineAndDateSelectors.mayBeByline(link)).isFalse();
        assertThat(NameWords.mayHold("Story-BYLINE", new String[] {"byline"})).isTrue();
        assertThat(NameWords.mayHold("bylin", new String[] {"byline"})).isFalse();
    }

    @Test
    void aPreCheckedSelectionFindsWhatTheSelectorFinds() {
        StringBuilder html = new StringBuilder("<div class=story><span class=name>A</span></div>"
                + "<p itemprop=description>B</p><meta itemprop=description content=C><div class=byline><span class=name>"
                + "D</span><a href=/author/e>E</a></div><div itemprop=author><span itemprop=name>F</span></div>"
                + "<a rel=author href=/g>G</a>");
        for (String name : NAMES) {
            html.append("<p class='").append(name).append("'>x</p><p id='").append(name.toUpperCase(Locale.ROOT))
                    .append("'>y</p>");
        }
        Document doc = Jsoup.parse(html.toString());
        assertThat(ElementWalk.select(BylineAndDateSelectors.DATE_HOLDER, doc, BylineAndDateSelectors::mayHoldDate))
                .hasSizeGreaterThan(20)
                .containsExactlyElementsOf(ElementWalk.select(BylineAndDateSelectors.DATE_HOLDER, doc));
        assertThat(ElementWalk.select(Standfirst.MARKED, doc, Standfirst::mayBeMarked)).hasSizeGreaterThan(10)
                .containsExactlyElementsOf(ElementWalk.select(Standfirst.MARKED, doc));
        assertThat(ElementWalk.select(BylineAndDateSelectors.BYLINE, doc, BylineAndDateSelectors::mayBeByline))
                .hasSizeGreaterThan(5).containsExactlyElementsOf(ElementWalk.select(BylineAndDateSelectors.BYLINE, doc));
    }

    @Test
    void linkedDataPreCheckPassesEveryScriptTheSelectorMatches() {
        Element script = Jsoup.parse("<script>{}</script>").selectFirst("script");
        List<String> misses = new ArrayList<>();
        for (String type : List.of("application/ld+json", "APPLICATION/LD+JSON", "text/application/ld+json; x")) {
            for (char c : characters()) {
                List<String> values = new ArrayList<>(List.of(c + type, type + c));
                for (int k = 0; k < type.length(); k++) {
                    values.add(type.substring(0, k) + c + type.substring(k + 1));
                }
                for (String value : values) {
                    script.attr("type", value);
                    if (JsonLdArticle.LD_SCRIPT.matches(script, script) && !JsonLdArticle.mayBeLinkedData(script)) {
                        misses.add(value);
                    }
                }
            }
        }
        assertThat(misses).isEmpty();
        script.attr("type", "text/javascript");
        assertThat(JsonLdArticle.mayBeLinkedData(script)).isFalse();
        script.removeAttr("type");
        assertThat(JsonLdArticle.mayBeLinkedData(script)).isFalse();
    }

    @Test
    void theFirstLetterTestPassesWhatAComparisonWithEachWordPasses() {
        theLetterTestsPassWhatAComparisonWithEachWordPasses(new String[] {"byline", "author", "writer", "name", "date",
            "sub-title"}, "abdenrstuwyABDENRSTUWY-_ 0\u00E9\u212A\u0131byline");
    }

    /** Words whose second character is no letter, or that have none, pass on any character after their first. */
    @Test
    void theSecondLetterTestPassesWhatAComparisonWithEachWordPasses() {
        theLetterTestsPassWhatAComparisonWithEachWordPasses(new String[] {"a", "x-ray", "ld+json", "dek", "deck",
            "date", "dx"}, "adeklxyADEKLXY-+_ 0\u00E9\u212A\u0131");
    }

    private static void theLetterTestsPassWhatAComparisonWithEachWordPasses(String[] words, String alphabet) {
        NameWords.Words known = new NameWords.Words(words);
        java.util.Random random = new java.util.Random(9);
        for (int trial = 0; trial < 100_000; trial++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                name.append(random.nextInt(3) == 0 ? words[random.nextInt(words.length)]
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String text = name.toString();
            assertThat(NameWords.mayHold(text, known)).as(text).isEqualTo(eachWord(text, words));
        }
    }

    /** The pre-check's definition: a character beyond ASCII, or a word standing somewhere, ASCII case ignored. */
    private static boolean eachWord(String name, String[] words) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return true;
            }
            for (String word : words) {
                if (NameWords.startsWithIgnoringAsciiCase(name, i, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The class and id values the selector matches and the pre-check rejects: each name in either case, with every
     * ASCII character and the characters whose case folds to or from ASCII letters before and after it and in place
     * of each of its characters, as a class, id, link address or rel, on a span and a link. (The pre-check passes
     * every name with a character beyond ASCII.)
     */
    private static List<String> misses(Evaluator selector, Predicate<Element> preCheck) {
        List<String> misses = new ArrayList<>();
        // under an element whose class and itemprop the byline selector's ancestor tests read
        Document doc = Jsoup.parse("<div class=byline itemprop=author><p id=parent></p></div>");
        Element parent = doc.getElementById("parent");
        for (String name : NAMES) {
            for (String cased : List.of(name, name.toUpperCase(Locale.ROOT))) {
                for (char c : characters()) {
                    List<String> values = new ArrayList<>(List.of(c + cased, cased + c));
                    for (int k = 0; k < cased.length(); k++) {
                        values.add(cased.substring(0, k) + c + cased.substring(k + 1));
                    }
                    for (String value : values) {
                        for (String attribute : new String[] {"class", "id", "href", "rel"}) {
                            for (String tag : new String[] {"span", "a"}) {
                                Element e = parent.appendElement(tag).attr(attribute, value);
                                if (selector.matches(doc, e) && !preCheck.test(e)) {
                                    misses.add(tag + " " + attribute + "=" + value);
                                }
                                e.remove();
                            }
                        }
                    }
                }
            }
        }
        return misses;
    }

    private static List<Character> characters() {
        List<Character> characters = new ArrayList<>();
        for (char c = 1; c < 0x80; c++) {
            characters.add(c);
        }
        characters.addAll(List.of('\u0130', '\u0131', '\u017F', '\u212A', '\u00C9', '\u00E9'));
        return characters;
    }
}
