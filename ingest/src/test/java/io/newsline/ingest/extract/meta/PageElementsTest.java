package io.newsline.ingest.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.html.SlideGalleries;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.ElementWalk;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/** The one pass over a page hands each reader what a walk of its own over the page would find. */
class PageElementsTest {

    @Test
    void thePassFindsWhatTheWalksOfEachSelectorAndOfTheCreditAreasFind() throws IOException {
        List<Document> docs = goldenPages();
        // odd cases: upper-case and repeated keys (kept as written by the XML parser), values empty or absent, a
        // copyright in the head, which is no copyright line
        docs.add(Jsoup.parse("<html><head><title>Copyright 2024 head</title></head><body><r><e CLASS='byline'/>"
                + "<e class=' x' Class='byline'/><e ID='author'/><e itemprop='AUTHOR' rel='x'/><e Rel='Author'/>"
                + "<e class='' id='dateline'>(c) 2024 AP</e><e class/><e id/><a HREF='/Author/x'>x</a></r></body></html>",
                "", Parser.xmlParser()));
        docs.add(Jsoup.parse("<p class=byline>By A</p><p>© AP</p><div class=standfirst itemprop=description>"
                + "A standfirst long enough to be one, at thirty characters or more</div>"));
        StringBuilder gallery = new StringBuilder("<p>2 of 3 things</p><ul>");
        for (int i = 1; i <= 5; i++) {
            gallery.append("<li><span> ").append(i).append("/5 </span>Caption ").append(i).append("<b>7</b></li>");
        }
        docs.add(Jsoup.parse(gallery.append("</ul>").toString()));
        docs.add(Jsoup.parse("<frameset><frame src=a></frameset>"));
        int named = 0;
        int galleries = 0;
        for (Document doc : docs) {
            PageElements page = new PageElements(doc);
            assertThat(page.select(BylineAndDateSelectors.BYLINE, BylineAndDateSelectors::mayBeByline, false))
                    .containsExactlyElementsOf(ElementWalk.select(BylineAndDateSelectors.BYLINE, doc));
            assertThat(page.select(BylineAndDateSelectors.DATE_HOLDER, BylineAndDateSelectors::mayHoldDate, false))
                    .containsExactlyElementsOf(ElementWalk.select(BylineAndDateSelectors.DATE_HOLDER, doc));
            List<Element> all = new ArrayList<>();
            ElementWalk.forEach(doc, all::add);
            List<Element> inBody = new ArrayList<>();
            if (doc.body() != null) {
                assertThat(page.select(Standfirst.MARKED, Standfirst::mayBeMarked, true))
                        .containsExactlyElementsOf(ElementWalk.select(Standfirst.MARKED, doc.body()));
                ElementWalk.forEach(doc.body(), inBody::add);
            }
            assertThat(page.named).extracting(PageElements.Named::element)
                    .containsExactlyElementsOf(all.stream().filter(e -> e.attributesSize() > 0).toList());
            assertThat(page.withItemprop).containsExactlyElementsOf(all.stream().filter(e -> e.hasAttr("itemprop")).toList());
            for (PageElements.Named n : page.named) {
                Element e = n.element();
                assertThat(n.inBody()).isEqualTo(inBody.contains(e));
                assertThat(n.classOrEmpty()).isEqualTo(e.attr("class"));
                assertThat(n.idOrEmpty()).isEqualTo(e.id());
                assertThat(n.itemprop() != null).isEqualTo(e.hasAttr("itemprop"));
                assertThat(n.rel() != null).isEqualTo(e.hasAttr("rel"));
                assertThat(n.href() == null ? "" : n.href()).isEqualTo(e.attr("href"));
                assertThat(CreditAreas.isBylineArea(n)).isEqualTo(CreditAreas.isBylineArea(e));
                named++;
            }
            assertThat(page.mayOpenWithCopyright)
                    .containsExactlyElementsOf(inBody.stream().filter(CreditAreas::mayOpenWithCopyright).toList());
            List<TextNode> counters = new ArrayList<>();
            NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
                if (node instanceof TextNode text && SlideGalleries.mayBeCounter(text)) {
                    counters.add(text);
                }
            }, doc.body() != null ? doc.body() : doc);
            assertThat(page.mayBeCounters()).containsExactlyInAnyOrderElementsOf(counters);
            Document copy = doc.clone();
            int removed = SlideGalleries.remove(doc, page.mayBeCounters());
            assertThat(removed).isEqualTo(SlideGalleries.remove(copy));
            assertThat(doc.outerHtml()).isEqualTo(copy.outerHtml());
            galleries += removed > 0 ? 1 : 0;
        }
        assertThat(named).isGreaterThan(1000);
        assertThat(galleries).isGreaterThanOrEqualTo(1);
    }

    @Test
    void creditAreasFromThePassAreTheLinesOfTheBodysElements() {
        Document doc = Jsoup.parse("<html><head><title>Copyright 2024 head</title></head><body>"
                + "<div class=byline>By The Associated Press</div><span rel=author>Reuters</span>"
                + "<p>Copyright 2024 The Associated Press. All rights reserved.</p><footer>(c) Reuters 2024</footer>"
                + "</body></html>");
        CreditAreas.Lines lines = CreditAreas.find(new PageElements(doc));
        assertThat(lines.byline()).containsExactly("By The Associated Press", "Reuters");
        assertThat(lines.copyrights()).containsExactly("Copyright 2024 The Associated Press. All rights reserved.",
                "(c) Reuters 2024");
    }

    private static List<Document> goldenPages() throws IOException {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> pages = Files.list(Path.of("src/test/resources/golden/html"))) {
            for (Path page : pages.filter(p -> p.toString().matches(".*\\.html?(\\.gz)?")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(page);
                if (page.toString().endsWith(".gz")) {
                    bytes = new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
                }
                docs.add(Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "https://example.com/a"));
            }
        }
        assertThat(docs).hasSizeGreaterThanOrEqualTo(10);
        return docs;
    }
}
