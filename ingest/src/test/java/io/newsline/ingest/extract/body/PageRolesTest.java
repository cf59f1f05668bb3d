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
 * evidence found with shared roles are those found without: on the golden pages.
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

    private static Document parse(Path page) throws IOException {
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
