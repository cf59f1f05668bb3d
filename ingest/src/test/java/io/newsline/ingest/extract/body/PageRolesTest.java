package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.Block;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The roles one page's passes share give what classifying each element afresh gives, and the body and the teaser
 * evidence found with shared roles, and with the teaser measures the body's first pass takes, are those found without:
 * on the golden pages.
 */
class PageRolesTest {

    private final MainTextExtractor extractor = new MainTextExtractor();

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> list = Files.list(Path.of("src/test/resources/golden/html"))) {
            List<Path> pages = list.filter(p -> p.getFileName().toString().matches(".*\\.html?(\\.gz)?")).sorted().toList();
            assertThat(pages).hasSizeGreaterThanOrEqualTo(10);
            return pages.stream();
        }
    }

    static Document parse(Path page) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(page));
                InputStream in = page.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return Jsoup.parse(in, null, "https://golden.example/" + page.getFileName());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void sharedRolesAreTheRolesEachElementHasAfresh(Path page) throws IOException {
        Document document = parse(page);
        PageRoles roles = new PageRoles();
        List<Block> body = extractor.extractBody(document, roles);
        TeaserStream.Evidence shared = TeaserStream.measure(document, null, body, roles);

        for (Element element : document.getAllElements()) {
            // asked twice: the first answer may be the one remembered by the body's passes, the second surely is
            assertThat(roles.classifier().roleOf(element)).as(element.cssSelector())
                    .isEqualTo(new ElementClassifier().roleOf(element));
            assertThat(roles.classifier().roleOf(element)).isEqualTo(new ElementClassifier().roleOf(element));
        }
        assertThat(body).isEqualTo(extractor.extractBody(parse(page)));
        assertThat(shared).isEqualTo(TeaserStream.measure(document, null, body));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void teaserMeasuresTakenByTheBodysFirstPassAreThoseOfTheChecksOwnPass(Path page) throws IOException {
        Document document = parse(page);
        Element canonical = document.selectFirst("link[rel=canonical]");
        String canonicalUrl = canonical == null ? null : canonical.absUrl("href");
        PageRoles roles = PageRoles.withTeaserCheck(document.location(), canonicalUrl);
        List<Block> body = extractor.extractBody(document, roles);

        Element root = document.body();
        assertThat(roles.teasersMeasuredUnder(root, document.location(), canonicalUrl)).isNotNull();
        assertThat(TeaserStream.measure(document, canonicalUrl, body, roles))
                .isEqualTo(TeaserStream.measure(parse(page), canonicalUrl, body));
        assertThat(body).isEqualTo(extractor.extractBody(parse(page)));
    }

    @Test
    void aSectionIndexIsToldFromTheMeasuresTheBodysFirstPassTook() {
        StringBuilder html = new StringBuilder("<html><body><div id=main>");
        String[] topics = {"harbour bridge", "school meals", "night buses", "river clean-up", "library hours"};
        for (int i = 0; i < topics.length; i++) {
            html.append("<div class=item><h3><a href=\"/local/story-").append(i).append("\">Council changes the ")
                    .append(topics[i]).append(" plan again</a></h3><p>What the new ").append(topics[i])
                    .append(" plan means for residents this year, and what it costs them.</p></div>");
        }
        Document document = Jsoup.parse(html.append("</div></body></html>").toString(), "https://daily.example/local");
        PageRoles roles = PageRoles.withTeaserCheck(document.location(), null);
        List<Block> body = extractor.extractBody(document, roles);

        assertThat(roles.teasersMeasuredUnder(document.body(), document.location(), null)).isNotNull();
        TeaserStream.Evidence shared = TeaserStream.measure(document, null, body, roles);
        assertThat(shared.teaserItems()).isEqualTo(topics.length);
        assertThat(shared).isEqualTo(TeaserStream.measure(document, null, body));
    }

    @Test
    void theCheckWalksThePageItselfWhenTheBodyWasLookedForInAnotherDocumentOrForAnotherAddress() {
        Document document = Jsoup.parse("<div><p>" + "A sentence of the story that runs on. ".repeat(10) + "</p></div>",
                "https://daily.example/a");
        PageRoles roles = PageRoles.withTeaserCheck(document.location(), null);
        extractor.extractBody(document.clone(), roles);
        assertThat(roles.teasersMeasuredUnder(document.body(), document.location(), null)).isNull();

        PageRoles other = PageRoles.withTeaserCheck("https://daily.example/b", null);
        extractor.extractBody(document, other);
        assertThat(other.teasersMeasuredUnder(document.body(), document.location(), null)).isNull();
        assertThat(other.teasersMeasuredUnder(document.body(), "https://daily.example/b", null)).isNotNull();
    }

    @Test
    void anElementIsClassifiedByItsOwnAttributesNotByAnotherWithTheSameText() {
        Document document = Jsoup.parse("<div class=share><p>Same</p></div><div class=story><p>Same</p></div>");
        PageRoles roles = new PageRoles();
        List<Element> divs = document.select("div");
        assertThat(roles.classifier().roleOf(divs.get(0))).isEqualTo(ElementRole.BOILERPLATE);
        assertThat(roles.classifier().roleOf(divs.get(1))).isEqualTo(ElementRole.NEUTRAL);
        assertThat(roles.classifier().roleOf(divs.get(0))).isEqualTo(ElementRole.BOILERPLATE);
    }
}
