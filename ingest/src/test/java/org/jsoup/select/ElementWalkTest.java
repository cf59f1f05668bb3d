package org.jsoup.select;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.GoldenHtml;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ElementWalkTest {

    /** Simple, combined, structural (memoised) and negated selectors, as the extractor uses them. */
    private static final List<String> QUERIES = List.of("*", "p", "h1", "meta[property=og:title], meta[name=twitter:title]",
            "[itemprop]", "div > p", "article p", "div:has(p)", "[class~=(?i)(^|[-_])(byline|author)($|[-_])]",
            "[itemprop=description]:not(meta)", "li a", "nav ~ div");

    @Test
    void selectsTheSameElementsInTheSameOrderAsJsoupOnRealPages() {
        List<Document> pages = goldenPages();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(5);
        for (Document page : pages) {
            for (String query : QUERIES) {
                Evaluator evaluator = QueryParser.parse(query);
                assertThat(ElementWalk.select(evaluator, page)).as(query).containsExactlyElementsOf(page.select(query));
                Element body = page.body();
                assertThat(ElementWalk.select(evaluator, body)).as("in body: " + query)
                        .containsExactlyElementsOf(body.select(query));
            }
        }
    }

    @Test
    void selectsForSeveralQueriesInOneWalkWhatEachFindsAlone() {
        Evaluator[] queries = QUERIES.stream().map(QueryParser::parse).toArray(Evaluator[]::new);
        for (Document page : goldenPages()) {
            List<Elements> found = ElementWalk.selectEach(page, queries);
            assertThat(found).hasSize(QUERIES.size());
            for (int q = 0; q < queries.length; q++) {
                assertThat(found.get(q)).as(QUERIES.get(q)).containsExactlyElementsOf(page.select(QUERIES.get(q)));
            }
        }
    }

    @Test
    void aPreCheckOfTheSubjectsTagKeepsWhatEachQueryFinds() {
        String social = "meta[property=og:title], meta[name=twitter:title]";
        for (Document page : goldenPages()) {
            List<Elements> found = ElementWalk.selectEach(page,
                    e -> e.normalName().equals("meta") || e.normalName().equals("h1"), QueryParser.parse(social),
                    QueryParser.parse("h1"));
            assertThat(found.get(0)).containsExactlyElementsOf(page.select(social));
            assertThat(found.get(1)).containsExactlyElementsOf(page.select("h1"));
        }
        Document doc = Jsoup.parse("<p>1</p><h1>2</h1><div><h1>3</h1></div>");
        assertThat(ElementWalk.selectEach(doc, e -> !e.normalName().equals("div"), QueryParser.parse("h1")).get(0))
                .extracting(Element::text).containsExactly("2", "3");
        assertThat(ElementWalk.select(QueryParser.parse("h1"), doc, e -> e.parent() == doc.body()))
                .extracting(Element::text).containsExactly("2");
    }

    @Test
    void visitsEveryElementOnceInDocumentOrderRootFirst() {
        for (Document page : goldenPages()) {
            List<Element> visited = new ArrayList<>();
            ElementWalk.forEach(page, visited::add);
            assertThat(visited).containsExactlyElementsOf(page.getAllElements());
            assertThat(visited.get(0)).isSameAs(page);
        }
    }

    @Test
    void aSelectionRootedInsideThePageMatchesRelativeToThatRoot() {
        Document doc = Jsoup.parse("<div id=a><p>1</p><div id=b><p>2</p><span><p>3</p></span></div></div><p>4</p>");
        Element inner = doc.getElementById("b");
        assertThat(ElementWalk.select(QueryParser.parse("div > p"), inner)).extracting(Element::text)
                .containsExactly("2");
        assertThat(ElementWalk.select(QueryParser.parse("p"), inner)).extracting(Element::text)
                .containsExactly("2", "3");
        assertThat(ElementWalk.select(QueryParser.parse("p"), doc)).extracting(Element::text)
                .containsExactly("1", "2", "3", "4");
    }

    private static List<Document> goldenPages() {
        return GoldenHtml.pages(false).stream()
                .map(file -> Jsoup.parse(GoldenHtml.html(file), "https://example.com/")).toList();
    }
}
