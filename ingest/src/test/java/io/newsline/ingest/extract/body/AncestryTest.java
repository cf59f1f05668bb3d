package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AncestryTest {

    private static final int IN_RULES_BODY = BlockFeatures.NAMES.indexOf("in_rules_body");
    private static final int IN_RULES_BOILERPLATE = BlockFeatures.NAMES.indexOf("in_rules_boilerplate");
    private static final int LOG_DEPTH = BlockFeatures.NAMES.indexOf("log_depth");
    private static final int UNDER_BOILERPLATE = BlockFeatures.NAMES.indexOf("under_boilerplate_name");
    private static final int UNDER_ARTICLE = BlockFeatures.NAMES.indexOf("under_article_or_main");

    /** 2,490 linked list items under 400 levels of divs: a hub page of links nested as deep as hostile pages go. */
    private static Document deepListOfLinks() {
        return Jsoup.parse("<html><body>" + "<div>".repeat(400) + "<article><ul class=\"links\">"
                + "<li><a href=\"/l\">Another headline of the day</a></li>".repeat(2_490)
                + "</ul></article><div class=\"footer\"><p>Contact and imprint of the site</p></div></body></html>");
    }

    @Test
    void everyBlockOfADeepPageCostsTheElementsOnceNotItsDepthAgain() {
        Document page = deepListOfLinks();
        ElementClassifier classifier = new ElementClassifier();
        List<BlockCollector.RawBlock> blocks = new BlockCollector(classifier, Set.of()).collect(page.body());
        Ancestry ancestry = new Ancestry(classifier, List.of(), Set.of());

        BlockFeatures.compute(blocks, new boolean[blocks.size()], ancestry, Set.of(), new BlockFilter(MainTextSettings.defaults()));

        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2_490);
        // walking up from each block would look at some 2,490 x 400 elements; each element is looked at once
        assertThat(ancestry.looked()).isLessThanOrEqualTo(page.getAllElements().size());
        assertThat(ancestry.looked()).isLessThan(2 * 2_490 + 400 + 10);
    }

    @Test
    void whatABlockInheritsIsWhatItsAncestorsHold() {
        Document page = deepListOfLinks();
        ElementClassifier classifier = new ElementClassifier();
        List<BlockCollector.RawBlock> blocks = new BlockCollector(classifier, Set.of()).collect(page.body());
        Element list = page.selectFirst("ul");
        Element footer = page.selectFirst("div.footer");

        float[][] features = BlockFeatures.compute(blocks, new boolean[blocks.size()], new Ancestry(classifier,
                List.of(list), Set.of(footer)), Set.of(), new BlockFilter(MainTextSettings.defaults()));

        int checked = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Element owner = blocks.get(i).owner();
            boolean inList = owner.closest("ul") == list;
            boolean inFooter = owner.closest("div.footer") == footer;
            assertThat(features[i][IN_RULES_BODY]).isEqualTo(inList ? 1 : 0);
            assertThat(features[i][IN_RULES_BOILERPLATE]).isEqualTo(inFooter ? 1 : 0);
            assertThat(features[i][UNDER_ARTICLE]).isEqualTo(owner.closest("article") != null ? 1 : 0);
            assertThat(features[i][UNDER_BOILERPLATE]).isEqualTo(inFooter ? 1 : 0);
            int depth = 0;
            for (Element e = owner; e != null; e = e.parent()) {
                depth++;
            }
            assertThat(features[i][LOG_DEPTH]).isEqualTo((float) Math.log1p(depth));
            checked += inList || inFooter ? 1 : 0;
        }
        assertThat(checked).isEqualTo(blocks.size());
    }
}
