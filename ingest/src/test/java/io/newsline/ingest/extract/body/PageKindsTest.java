package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.Block;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Kinds of page on which main-text extraction used to go wrong, none tied to a site: guides and recipes with their
 * intro, item lists and facts box; stories followed by "you might also like" lists, author boxes, newsletter
 * sign-ups and magazine promos; and a short story beside longer teasers. The pages are written for these tests.
 */
class PageKindsTest {

    private final MainTextExtractor extractor = new MainTextExtractor();

    private String text(String html) {
        return extractor.extractBody(Jsoup.parse(html, "https://guides.example/page")).stream().map(Block::text)
                .collect(Collectors.joining("\n"));
    }

    private static final String INTRO = "This bread needs no kneading at all: mix the dough in the evening, leave it"
            + " on the counter overnight and bake it in a hot pot the next morning for a crisp crust.";
    private static final String STEP1 = "Stir the flour, salt and yeast together in a large bowl, then pour in the"
            + " lukewarm water and mix until no dry flour is left.";
    private static final String STEP2 = "Cover the bowl and leave the dough at room temperature for twelve to"
            + " eighteen hours, until it has doubled and its surface is dotted with bubbles.";
    private static final String STEP3 = "Heat a cast-iron pot with its lid in the oven at 240 degrees, tip the dough"
            + " in and bake for thirty minutes covered and fifteen minutes uncovered.";

    private static String recipe() {
        return "<body><header><nav><a href=/>Home</a> <a href=/recipes>Recipes</a></nav></header><main><article>"
                + "<h1>No-knead bread</h1><p class=intro>" + INTRO + "</p>"
                + "<div class=facts><dl><dt>Prep time</dt><dd>15 minutes</dd><dt>Serves</dt><dd>8 slices</dd></dl>"
                + "</div><h2>Ingredients</h2><ul class=ingredients><li>500 g bread flour</li><li>10 g salt</li>"
                + "<li>2 g dried yeast</li><li>400 ml lukewarm water</li></ul><h2>Method</h2><ol class=steps><li>"
                + STEP1 + "</li><li>" + STEP2 + "</li><li>" + STEP3 + "</li></ol></article></main>"
                + "<footer><p>© 2026 Guides Example. All rights reserved.</p></footer></body>";
    }

    @Test
    void aRecipeKeepsItsIntroIngredientListAndStepsInOrder() {
        String text = text(recipe());

        assertThat(text).contains(INTRO, "500 g bread flour", "400 ml lukewarm water", STEP1, STEP3);
        assertThat(text.indexOf(INTRO)).isLessThan(text.indexOf("500 g bread flour"));
        assertThat(text.indexOf("500 g bread flour")).isLessThan(text.indexOf(STEP1));
        assertThat(text).doesNotContain("All rights reserved");
    }

    @Test
    void aRecipeKeepsItsFactsBox() {
        assertThat(text(recipe())).contains("Prep time", "15 minutes");
    }

    private static final String S1 = "The regional rail operator will run trains every fifteen minutes on the coastal"
            + " line from May, doubling the service that commuters have relied on for a decade.";
    private static final String S2 = "New carriages ordered last year arrive in March, and the operator said the"
            + " timetable change would be published four weeks before it takes effect.";
    private static final String S3 = "Passenger groups welcomed the plan but asked for later evening trains, which"
            + " the operator said it would consider once the new carriages are in service.";

    @Test
    void theEndOfThePageIsNotAppendedToTheStory() {
        String html = "<body><div class=page><div class=main><h1>Trains every fifteen minutes</h1><p>" + S1 + "</p><p>"
                + S2 + "</p><p>" + S3 + "</p>"
                + "<div class=author-box><p>Maria Keller covers transport and the environment for the paper and has"
                + " written about railways since 2009.</p></div>"
                + "<div class=signup><h3>Get the morning briefing</h3><p>Sign up for our free newsletter and get the"
                + " day's most important stories in your inbox every morning.</p><form><input type=email></form></div>"
                + "<div class=magazine><p>Subscribe to the print magazine now and get the first three issues for just"
                + " five euros, delivered to your door every month.</p></div>"
                + "<h3>You might also like</h3><ul><li><a href=/a>Bus fares to rise in autumn</a></li>"
                + "<li><a href=/b>Airport link delayed again</a></li><li><a href=/c>New cycle lanes for the old town"
                + "</a></li></ul></div></div></body>";

        String text = text(html);

        assertThat(text).contains(S1, S2, S3);
        assertThat(text).doesNotContain("covers transport", "newsletter", "print magazine", "You might also like",
                "Bus fares");
    }

    @Test
    void aShortStoryIsChosenOverLongerTeasersOfOtherStories() {
        String teaser = "<div class=item><h3><a href=/x%d>Story number %d in the list of the most read</a></h3><p>"
                + "A longer blurb of story %d that repeats its first lines, with enough words to look like a paragraph"
                + " of prose to anyone who counts characters.</p></div>";
        StringBuilder most = new StringBuilder("<div class=column><h2>Most read</h2>");
        for (int i = 1; i <= 6; i++) {
            most.append(String.format(teaser, i, i, i));
        }
        most.append("</div>");
        String html = "<body><div class=wrap><div class=story><h1>Trains every fifteen minutes</h1><p>" + S1 + "</p><p>"
                + S2 + "</p></div>" + most + "</div></body>";

        String text = text(html);

        assertThat(text).contains(S1, S2);
        assertThat(text).doesNotContain("most read", "longer blurb");
    }

    @Test
    void aBodyOfShortLinesThatTheRulesMissIsFoundByTheBlockModel() {
        String html = "<body><div id=comments-area><div class=entry><h1>Short note</h1><p>We are closed on Monday.</p>"
                + "<p>The shop opens again on Tuesday at nine.</p><p>Orders placed online ship as usual.</p>"
                + "<p>Thank you for your patience.</p></div></div><div class=side><a href=/1>Link one here</a></div>"
                + "</body>";
        MainTextExtractor rulesAlone = new MainTextExtractor(MainTextSettings.defaults(), null, null);

        assertThat(rulesAlone.extractBody(Jsoup.parse(html))).isEmpty();
        assertThat(text(html)).isEqualTo("We are closed on Monday.\nThe shop opens again on Tuesday at nine.\n"
                + "Orders placed online ship as usual.\nThank you for your patience.");
    }
}
