package io.newsline.ingest.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.GoldenHtml;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlParsingTest {

    private static final HtmlParsing UNBOUNDED = new HtmlParsing(Integer.MAX_VALUE, Long.MAX_VALUE);

    @Test
    void realPagesParseToExactlyTheTreeJsoupBuilds() {
        List<Path> pages = GoldenHtml.pages(false);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(5);
        for (Path page : pages) {
            String html = GoldenHtml.html(page);
            HtmlParsing.ParsedHtml parsed = UNBOUNDED.parse(html, "https://example.com/a");
            assertThat(parsed.document().outerHtml()).as(page.toString())
                    .isEqualTo(Jsoup.parse(html, "https://example.com/a", Parser.htmlParser()).outerHtml());
            assertThat(parsed.prunedForDepth()).isZero();
            assertThat(parsed.stoppedBy()).isNull();
        }
    }

    @Test
    void misnestedFormattingAndTablesParseAsJsoupParsesThem() {
        String html = "<p><b>one<i>two</b>three</i><table><tr><td><a href=x>in<table><tr><td>deep</table>"
                + "</a>after<li>a<li>b<select><option>o<p>x</select><font><table><td>cell</font>z</table>"
                + "<template><td>t</template><svg><g><p>out</g></svg><button><form><button>b</form>";
        assertThat(UNBOUNDED.parse(html, "").document().outerHtml())
                .isEqualTo(Jsoup.parse(html, "", Parser.htmlParser()).outerHtml());
    }

    @Test
    void pagesWhoseStacksGrowPastTheCountingSizeAndBackParseAsJsoupParsesThem() {
        String misnested = "<p><b>one<i>two</b>three</i><table><tr><td><a href=x>in<table><tr><td>deep</table>"
                + "</a>after<li>a<li>b<select><option>o<p>x</select><font><table><td>cell</font>z</table>";
        StringBuilder html = new StringBuilder("<body>");
        for (int round = 0; round < 3; round++) {
            html.append("<div><span>".repeat(60 + 20 * round)).append(misnested);
            for (int i = 0; i < 90; i++) {
                html.append("<b id=b").append(round).append('-').append(i).append(">x");
            }
            html.append("<p>close</p>").append("</span></div>".repeat(60 + 20 * round)).append(misnested);
        }
        assertThat(UNBOUNDED.parse(html.toString(), "").document().outerHtml())
                .isEqualTo(Jsoup.parse(html.toString(), "", Parser.htmlParser()).outerHtml());
    }

    @Test
    void unclosedNestedCellsAreCappedAtTheDepthBrowsersUseAndKeepTheirText() {
        String html = "<body><p>before</p>" + "<td><table><tr>".repeat(20_000) + "deep text</body>";
        HtmlParsing.ParsedHtml parsed = UNBOUNDED.parse(html, "");
        assertThat(parsed.depthCapped()).isTrue();
        assertThat(maxDepth(parsed.document())).isLessThanOrEqualTo(HtmlParsing.MAX_DEPTH + 1);
        assertThat(parsed.document().body().text()).contains("before").endsWith("deep text");
    }

    @Test
    void deeplyNestedDivsKeepEveryWordOfText() {
        StringBuilder html = new StringBuilder("<body>");
        for (int i = 0; i < 3_000; i++) {
            html.append("<div>w").append(i).append(' ');
        }
        Document doc = UNBOUNDED.parse(html.toString(), "").document();
        String text = doc.body().text();
        assertThat(text).startsWith("w0 w1 ").endsWith("w2999");
        assertThat(text.split(" ")).hasSize(3_000);
        assertThat(maxDepth(doc)).isLessThanOrEqualTo(HtmlParsing.MAX_DEPTH + 1);
    }

    @Test
    void parsingStopsAtTheElementBudgetWithWhatCameBefore() {
        String html = "<body><p>kept</p>" + "<span>x</span>".repeat(1_000) + "<p>never read</p>";
        HtmlParsing.ParsedHtml parsed = new HtmlParsing(100, Long.MAX_VALUE).parse(html, "");
        assertThat(parsed.stoppedBy()).isEqualTo("elements");
        assertThat(parsed.document().body().text()).startsWith("kept").doesNotContain("never read");
        assertThat(parsed.document().getAllElements().size()).isLessThan(110);
    }

    @Test
    void parsingStopsAtTheTextBudgetButScriptDataDoesNotCount() {
        String script = "<script>" + "var a = 1;".repeat(10_000) + "</script>";
        String page = "<head>" + script + "</head><body><p>" + "word ".repeat(100) + "</p><p>second</p>";
        assertThat(new HtmlParsing(1_000, 1_000).parse(page, "").stoppedBy()).isNull();
        HtmlParsing.ParsedHtml cut = new HtmlParsing(1_000, 400).parse(page, "");
        assertThat(cut.stoppedBy()).isEqualTo("text");
        assertThat(cut.document().body().text()).doesNotContain("second");
    }

    private static int maxDepth(Document doc) {
        int max = 0;
        for (Element e : doc.getAllElements()) {
            int depth = 0;
            for (Element p = e.parent(); p != null; p = p.parent()) {
                depth++;
            }
            max = Math.max(max, depth);
        }
        return max;
    }
}
