package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The headlines read from what the body locator's first pass met are those of a walk of the whole page: on the golden
 * pages and on pages whose headlines sit where that pass does not go.
 */
class HeadlinesTest {

    /** The headlines as the body's first pass over {@code root} gathers them. */
    private static Set<String> fromFirstPass(Document document, Element root) {
        Headlines headlines = new Headlines();
        new BodyLocator(MainTextSettings.defaults(), new ElementClassifier(), true, true, null, headlines).locate(root);
        return headlines.of(document, root);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.newsline.ingest.extract.body.PageRolesTest#pages")
    void theFirstPassFindsTheHeadlinesAWalkOfThePageFinds(Path page) throws IOException {
        Document document = PageRolesTest.parse(page);
        assertThat(fromFirstPass(document, document.body())).isEqualTo(Headlines.of(document));
    }

    @Test
    void headlinesInSkippedSubtreesAndOutsideTheBodyAreFound() {
        // the h1 in a nav, an og:title in the body, a second h1 in a figure caption: where the pass does not go
        Document document = Jsoup.parse("<html><head><title>Council cuts bus routes | Daily</title>"
                + "<meta property=og:title content=\"Council cuts night bus routes\"></head><body>"
                + "<nav><h1>Daily News</h1></nav><meta name=twitter:title content=\"Night buses: the council cuts\">"
                + "<figure><figcaption><h1>Council cuts bus routes</h1></figcaption></figure>"
                + "<svg><g><h1>Council cuts night bus routes</h1></g></svg>"
                + "<article><h1>Council cuts bus routes</h1><p>" + "The council met on Tuesday. ".repeat(20)
                + "</p></article></body></html>", "https://daily.example/a");
        Set<String> walked = Headlines.of(document);
        assertThat(walked).contains("nightbusesthecouncilcuts", "councilcutsnightbusroutes", "councilcutsbusroutes");
        assertThat(fromFirstPass(document, document.body())).isEqualTo(walked);
        // a pass over the whole document leaves nothing outside it
        assertThat(fromFirstPass(document, document)).isEqualTo(walked);
    }

    @Test
    void findingTheHeadlinesLeavesNoListOfChildrenInThePage() {
        Document document = Jsoup.parse("<html><head><title>Council cuts bus routes</title></head><body><h1>Council"
                + " cuts bus routes</h1><p>The council met.</p></body></html>", "https://daily.example/a");
        fromFirstPass(document, document.body());
        // Element.children() keeps its list in the element's user data, which a clone of the page (Readability
        // reads one) carries: the clone could then take the page's children for its own
        for (Element element : document.getAllElements()) {
            assertThat(element.attributes().userData("jsoup.childEls")).as(element.normalName()).isNull();
        }
    }
}
