package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.Block;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Text a page hides inside its body is left out, unless it is what a script will show. Pages written for the tests. */
class HiddenSubtreesTest {

    private static final String P1 = "The council approved the new cycle lanes on Tuesday after a debate that lasted"
            + " well into the night, with two members abstaining from the final vote.";
    private static final String P2 = "Work on the first section along the river is due to begin in March and should"
            + " take about four months, the transport department said in a statement.";
    private static final String P3 = "Residents of the eastern districts had asked for safer routes to the station"
            + " for years, and a petition last spring gathered more than six thousand names.";

    /** Longer than the prose that keeps a subtree named or marked as boilerplate (600 characters). */
    private static final String HIDDEN = "An earlier version of this story said the lanes would cost twelve million"
            + " euros; the figure approved on Tuesday is nine million, with the rest left to a later budget. The"
            + " mayor's office said the difference came from the bridge crossing, which has been dropped from the"
            + " first phase and will be tendered separately next year. Opposition members said the cheaper plan"
            + " leaves the most dangerous junction untouched, and promised to bring the question back before the"
            + " council in the autumn session, when the next budget is drawn up and the tender is published. The correction was"
            + " added on Wednesday morning after readers pointed out the mistake, and the chart of costs below"
            + " was redrawn with the new figures for each of the three phases of the project.";
    private static final String P4 = "Shop owners on the main street were divided: some feared losing parking spaces"
            + " in front of their doors, others expected more customers arriving by bike and on foot.";
    private static final String P5 = "The city will count cyclists at six points along the route before and after"
            + " the works, and publish the figures on its website every quarter for the next three years.";

    private static final String P6 = "Cycling groups welcomed the decision but said they would watch closely whether"
            + " the lanes are separated from traffic by kerbs, as promised, or only by painted lines.";

    private final MainTextExtractor extractor = new MainTextExtractor();

    private String text(String html) {
        return extractor.extractBody(Jsoup.parse(html, "https://news.example/story")).stream().map(Block::text)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void paragraphsAndPlayerLabelsThePageHidesAreLeftOut() {
        String html = "<body><article><p>" + P1 + "</p><p style=\"display: none;\">" + HIDDEN + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><div hidden><p>Your video will play in 00:25. Replay the video from the"
                + " start here.</p></div><p>" + P4 + "</p><p>" + P5 + "</p><p>" + P6 + "</p></article></body>";

        String text = text(html);

        assertThat(text).contains(P1, P2, P3, P4, P5, P6).doesNotContain("An earlier version", "Your video");
    }

    @Test
    void aHiddenTabHoldingMostOfTheBodyIsKeptAsTheScriptWillShowIt() {
        String overview = "The hotel stands on a quiet corner two streets from the old market, with twenty rooms over"
                + " four floors, a small garden at the back and a breakfast room that opens onto the street. Guests"
                + " arriving by train can walk from the station in ten minutes.";
        String html = "<body><div class=hotel><div class=tab><p>" + overview + "</p></div>"
                + "<div class=tab style=\"display:none\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>"
                + P4 + "</p><p>" + P5 + "</p><p>" + P6 + "</p></div></div></body>";

        assertThat(text(html)).contains(overview, P1, P3, P6);
    }
}
