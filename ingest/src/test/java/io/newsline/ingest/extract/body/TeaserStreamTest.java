package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.NotArticleReasons;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TeaserStreamTest {

    private static final String[] TOPICS = {"harbour bridge", "school meals", "night buses", "river clean-up",
        "library hours", "market square"};

    private static String teaser(int i) {
        return "<div class=\"item\"><h3><a href=\"/local/story-" + i + "\">Council changes the " + TOPICS[i]
                + " plan again</a></h3><p>What the new " + TOPICS[i] + " plan means for residents this year.</p></div>";
    }

    private static Document page(String beforeTeasers) {
        StringBuilder html = new StringBuilder("<html><body><div id=\"main\">").append(beforeTeasers);
        for (int i = 0; i < TOPICS.length; i++) {
            html.append(teaser(i));
        }
        return Jsoup.parse(html.append("</div></body></html>").toString(), "https://daily.example/local");
    }

    private static List<Block> teaserBlocks() {
        List<Block> blocks = new ArrayList<>();
        for (String topic : TOPICS) {
            blocks.add(Block.paragraph("What the new " + topic + " plan means for residents this year."));
        }
        return blocks;
    }

    @Test
    void aBodyMadeOfTheTeasersOfAStreamIsASectionIndex() {
        TeaserStream.Evidence evidence = TeaserStream.measure(page(""), null, teaserBlocks());
        assertThat(evidence.teaserItems()).isEqualTo(TOPICS.length);
        assertThat(evidence.distinctTargets()).isEqualTo(TOPICS.length);
        assertThat(evidence.bodyTeaserChars()).isPositive().isEqualTo(evidence.bodyChars());
        assertThat(evidence.reason()).isEqualTo(NotArticleReasons.SECTION_INDEX);
    }

    @Test
    void aBodyThatIsNoneOfTheTeasersIsNoSectionIndex() {
        List<Block> story = List.of(Block.paragraph("Residents of the old town queued for hours on Saturday."));
        TeaserStream.Evidence evidence = TeaserStream.measure(page(""), null, story);
        assertThat(evidence.bodyTeaserChars()).isZero();
        assertThat(evidence.reason()).isNull();
    }

    @Test
    void withAStoryOutsideTheTeasersTheItemsTextsAreNotReadAndDecideNothing() {
        String story = "<p>" + "Residents of the old town queued for hours on Saturday to see the plans. ".repeat(12)
                + "</p>";
        TeaserStream.Evidence evidence = TeaserStream.measure(page(story), null, teaserBlocks());
        assertThat(evidence.teaserItems()).isEqualTo(TOPICS.length);
        assertThat(evidence.storyChars()).isGreaterThan(TeaserStream.MAX_STORY_CHARS_OUTSIDE);
        assertThat(evidence.bodyTeaserChars()).isZero();
        assertThat(evidence.reason()).isNull();
    }
}
