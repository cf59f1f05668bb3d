package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.BlockKind;
import io.newsline.ingest.extract.GoldenHtml;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The second answer (Readability's) and the choice between it and the rules' answer: taken where the rules find
 * almost nothing and Readability finds more, never asked where the rules found a story. The pages are written for
 * these tests, but for the golden pages that show Readability's answer independent of jsoup's caches.
 */
class SecondAnswerTest {

    private static final String P1 = "The council voted on Tuesday to close the old river bridge for repairs, after"
            + " engineers found cracks in two of its supports during a routine inspection.";
    private static final String P2 = "Traffic will be sent over the northern crossing for at least six months, and"
            + " buses will run every ten minutes between the two banks, the transport office said.";
    private static final String P3 = "Shop owners on the east bank said they feared losing customers, while cyclists"
            + " asked for a temporary footbridge, which the council promised to consider.";
    private static final String TEASER = "The old river bridge closes on Monday.";

    private final MainTextExtractor extractor = new MainTextExtractor();
    private final MainTextExtractor rulesAndModel =
            new MainTextExtractor(MainTextSettings.defaults(), BlockModel.shipped(), null);

    private static Document page(String body) {
        return Jsoup.parse("<html><head><title>Bridge closes for repairs</title></head><body><nav><a href=/>Home</a>"
                + " <a href=/news>News</a> <a href=/sport>Sport</a></nav><h1>Bridge closes for repairs</h1>" + body
                + "<footer><p>(c) Example News</p></footer></body></html>", "https://news.example/bridge");
    }

    private static String text(List<Block> blocks) {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    /** A story whose paragraphs sit inside a script link ("tap to expand"): to the rules, all of it is link text. */
    private static Document storyInsideAScriptLink() {
        return page("<p class=teaser>" + TEASER + "</p><div class=story><a href=\"javascript:void(0)\"><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p></a></div>");
    }

    @Test
    void whereTheRulesKeepOnlyATeaserReadabilitysStoryIsTaken() {
        Document page = storyInsideAScriptLink();

        assertThat(text(rulesAndModel.extractBody(page))).isEqualTo(TEASER);
        String text = text(extractor.extractBody(page));
        assertThat(text).contains(P1, P2, P3);
        assertThat(text).doesNotContain("Home", "Example News");
    }

    @Test
    void theSecondAnswerKeepsTheBodyContract() {
        Document page = storyInsideAScriptLink();

        List<Block> blocks = extractor.extractBody(page);

        assertThat(blocks).isNotEmpty().allSatisfy(b -> assertThat(b.text()).isNotBlank().isEqualTo(b.text().strip()));
        assertThat(blocks).extracting(Block::kind).containsOnly(BlockKind.PARAGRAPH);
        assertThat(text(blocks)).doesNotContain("Bridge closes for repairs"); // the headline stays out of the body
        assertThat(page.outerHtml()).contains("javascript:void(0)"); // Readability read a copy of the page
    }

    @Test
    void readabilityDoesNotReadPagesBeyondItsBudget() {
        String story = "<p>" + P1 + "</p><p>" + P2 + "</p>";
        Document deep = page("<div>".repeat(ReadabilityAnswer.MAX_DEPTH + 10) + "<a href=\"javascript:void(0)\">"
                + story + "</a>");
        Document wide = page("<span>x</span>".repeat(ReadabilityAnswer.MAX_ELEMENTS) + "<a href=\"javascript:void(0)\">"
                + story + "</a>");
        Document linked = page("<a href=/l>link</a> ".repeat(ReadabilityAnswer.MAX_LINKS)
                + "<a href=\"javascript:void(0)\">" + story + "</a>");
        Document small = page("<div><a href=\"javascript:void(0)\">" + story + "</a></div>");

        assertThat(ReadabilityAnswer.withinBudget(small)).isTrue();
        assertThat(text(blocksOf(small))).contains(P1, P2);
        assertThat(ReadabilityAnswer.withinBudget(deep)).isFalse();
        assertThat(blocksOf(deep)).isEmpty();
        assertThat(ReadabilityAnswer.withinBudget(wide)).isFalse();
        assertThat(blocksOf(wide)).isEmpty();
        assertThat(ReadabilityAnswer.withinBudget(linked)).isFalse();
    }

    private static List<Block> blocksOf(Document page) {
        return new ReadabilityAnswer().collect(page).stream().map(b -> new Block(b.kind(), b.text())).toList();
    }

    @Test
    void aShortStoryTheRulesFindStaysWhenReadabilityFindsNoMore() {
        String story = "The old river bridge closes on Monday for six months, after engineers found cracks in two of"
                + " its supports, the council said.";
        Document page = page("<div class=remark itemprop=articleBody><p>" + story + "</p></div><div class=box><p>"
                + "Read more about the city, every morning, in our free letter.</p></div>");

        assertThat(text(extractor.extractBody(page))).isEqualTo(story);
    }

    @Test
    void readabilityIsNotAskedWhereTheRulesFoundAStoryEvenWhenItsAnswerIsLonger() {
        String letter = "A reader writes that the bridge was always too narrow for buses, and that the council, which"
                + " knew this, should have acted years ago, before the cracks.";
        Document page = Jsoup.parse("<body><main><div class=entry-content><p>" + P1 + "</p><p>" + P2 + "</p></div>"
                + "<div class=letters><h2>Letters</h2>" + ("<p>" + letter + "</p>").repeat(3) + "</div></main></body>",
                "https://news.example/bridge");
        MainTextExtractor.PageAnalysis analysis = extractor.analyse(page, false);

        List<Block> second = extractor.secondAnswer(page, analysis);

        assertThat(text(second)).contains(P1, P2, letter);
        assertThat(text(extractor.extractBody(page))).isEqualTo(P1 + "\n" + P2);
    }

    /**
     * Readability reads a copy of the page. jsoup keeps an element's list of child elements in the element once
     * {@code children()} has been asked; were that list copied with the element, the copy would list the page's own
     * children, Readability would read (and change) those, and its answer would depend on what other steps asked of
     * the page before. On real pages: the same answer whether or not every element listed its children first, and
     * the page unchanged by it.
     */
    @Test
    void readabilitysAnswerDoesNotDependOnWhatThePageCachedBeforeItWasCopied() {
        List<Path> pages = GoldenHtml.pages(true);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : pages) {
            String html = GoldenHtml.html(file);
            List<Block> fresh = blocksOf(Jsoup.parse(html, "https://example.com/a"));
            Document listed = Jsoup.parse(html, "https://example.com/a");
            listed.getAllElements().forEach(Element::children);
            String before = listed.outerHtml();

            assertThat(blocksOf(listed)).as(file.toString()).isNotEmpty().isEqualTo(fresh);
            assertThat(listed.outerHtml()).as(file.toString()).isEqualTo(before);
        }
    }

    @Test
    void aCopyOfAPageListsItsOwnChildrenAfterThePageListedItsOwn() {
        Document page = Jsoup.parse("<div id=a><p>one</p><p>two</p></div>");
        page.getAllElements().forEach(Element::children);

        Document copy = page.clone();
        Element div = copy.getElementById("a");

        assertThat(div.children()).hasSize(2).allSatisfy(child -> assertThat(child.ownerDocument()).isSameAs(copy));
        div.child(0).remove();
        assertThat(page.getElementById("a").children()).hasSize(2);
        assertThat(div.children()).hasSize(1);
    }
}
