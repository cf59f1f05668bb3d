package io.newsline.ingest.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.ArticleExtractor;
import io.newsline.ingest.extract.ExtractionResult;
import io.newsline.ingest.extract.PageInput;
import io.newsline.ingest.extract.body.MainTextExtractor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Photo galleries inside a story's container, and numbered things that are no gallery. Pages written for the tests. */
class SlideGalleriesTest {

    private static final String P1 = "Hotel guests rarely ask how often the blankets on their bed are washed, and the"
            + " owners who answered an online thread say that is just as well for the hotels.";
    private static final String P2 = "Sheets and towels are changed for every guest, but blankets and decorative"
            + " cushions often stay on the bed for weeks, two owners of hotel companies said.";
    private static final String P3 = "Minibars almost always lose money, even when a soft drink costs ten dollars,"
            + " because guests bring their own snacks and the stock has to be checked every day.";

    private static String slide(int k, int n, String title) {
        return "<li><h2><span class=\"counter\">" + k + "/" + n + "</span> " + title + "</h2><p>The caption of the"
                + " picture of " + title.toLowerCase() + " tells a small story of its own, longer than a label.</p>"
                + "<p class=\"credits\">Agency photo</p></li>";
    }

    private static String storyWithGallery() {
        StringBuilder page = new StringBuilder("<html><head><title>What hotel owners do not tell you</title></head>"
                + "<body><div class=\"article-body\"><h1>What hotel owners do not tell you</h1><p>" + P1 + "</p><p>"
                + P2 + "</p><div class=\"atom\"><ul class=\"legends\">");
        String[] titles = {"A bank merger", "A retailer's results", "A founder leaves", "A market slump", "An airport sale"};
        for (int i = 0; i < titles.length; i++) {
            page.append(slide(i + 1, 50, titles[i]));
        }
        return page.append("</ul></div><h3>Minibars</h3><p>").append(P3).append("</p></div></body></html>").toString();
    }

    @Test
    void aGalleryInsideTheStoryLeavesItsTextAndTheStoryAroundItStays() {
        ExtractionResult result = ArticleExtractor.withDefaults(new MainTextExtractor()).extract(new PageInput(
                "https://daily.example/travel/hotel-secrets", null, "text/html; charset=utf-8",
                storyWithGallery().getBytes(StandardCharsets.UTF_8), Map.of()));

        String text = ((ExtractionResult.Extracted) result).article().text();
        assertThat(text).contains(P1, P2, P3);
        assertThat(text).doesNotContain("1/50", "caption of the picture", "A market slump");
    }

    @Test
    void slidesAreTheSiblingsThatHoldOneCounterEach() {
        Document doc = Jsoup.parse(storyWithGallery());

        assertThat(SlideGalleries.find(doc)).hasSize(5).allMatch(e -> e.normalName().equals("li"));
        assertThat(SlideGalleries.remove(doc)).isEqualTo(5);
        assertThat(doc.select("ul.legends li")).isEmpty();
        assertThat(doc.text()).contains(P1, P3);
    }

    @Test
    void scoresAndFractionsThatAreNoRunOfSlidesStay() {
        Document doc = Jsoup.parse("<table><tr><td>Smith</td><td>3/5</td></tr><tr><td>Jones</td><td>7/5</td></tr>"
                + "<tr><td>Brown</td><td>2/5</td></tr><tr><td>White</td><td>5/5</td></tr></table>"
                + "<ul><li><b>1/4</b> cup of sugar</li><li><b>3/4</b> cup of flour</li><li><b>2/4</b> cup of milk</li>"
                + "<li><b>1/4</b> cup of oil</li></ul>");

        assertThat(SlideGalleries.find(doc)).isEmpty();
    }

    @Test
    void twoSlidesAreNoGallery() {
        Document doc = Jsoup.parse("<ul>" + slide(1, 2, "One") + slide(2, 2, "Two") + "</ul>");

        assertThat(SlideGalleries.find(doc)).isEmpty();
    }
}
