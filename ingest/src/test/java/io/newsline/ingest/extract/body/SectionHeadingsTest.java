package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.BlockKind;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Headings in the body: top-level headings ({@code <h1>}) that head the sections of a long text, a book chapter or a
 * post written with one {@code <h1>} per section, are part of it; only the one that repeats the page's title is the
 * headline. A body of headings alone (pictures under headings) keeps them; an error page's message is no text. The
 * pages are written for these tests.
 */
class SectionHeadingsTest {

    private static final String P1 = "Monitoring a complex application is a significant engineering endeavor in and of"
            + " itself, even with substantial existing infrastructure for instrumentation and collection.";
    private static final String P2 = "There are many reasons to monitor a system, including analysing long-term trends"
            + " such as how big the database is and how fast it is growing over the months.";
    private static final String P3 = "Your monitoring system should address two questions: what is broken, and why;"
            + " the what versus why distinction is one of the most important in writing good monitoring.";

    private final MainTextExtractor extractor = new MainTextExtractor();

    private List<Block> extract(String html) {
        return extractor.extractBody(Jsoup.parse(html, "https://book.example/chapter-6"));
    }

    @Test
    void sectionHeadingsWrittenAsH1StayInTheBody() {
        String html = "<html><head><title>Monitoring Distributed Systems | The Book</title></head><body><main>"
                + "<h1>Monitoring Distributed Systems</h1><p>" + P1 + "</p>"
                + "<section><h1>Why Monitor?</h1><p>" + P2 + "</p></section>"
                + "<section><h1>Symptoms Versus Causes</h1><p>" + P3 + "</p></section></main></body></html>";

        assertThat(extract(html)).containsExactly(Block.paragraph(P1), new Block(BlockKind.HEADING, "Why Monitor?"),
                Block.paragraph(P2), new Block(BlockKind.HEADING, "Symptoms Versus Causes"), Block.paragraph(P3));
    }

    @Test
    void theOnlyH1IsTheHeadlineEvenWhenTheTitleSaysSomethingElse() {
        String html = "<html><head><title>Example News</title></head><body><article>"
                + "<h1>Why monitoring matters</h1><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";

        assertThat(extract(html)).containsExactly(Block.paragraph(P1), Block.paragraph(P2));
    }

    @Test
    void aListOfPicturesUnderHeadingsKeepsItsHeadingsAsItsText() {
        String html = "<html><head><title>Ten harbours at dawn</title></head><body><article>"
                + "<h2>The old harbour of Marseille before the fish market opens</h2><img src=1.jpg>"
                + "<h2>Fishing boats leaving Essaouira in the morning fog</h2><img src=2.jpg></article></body></html>";

        assertThat(extract(html)).containsExactly(
                new Block(BlockKind.HEADING, "The old harbour of Marseille before the fish market opens"),
                new Block(BlockKind.HEADING, "Fishing boats leaving Essaouira in the morning fog"));
    }

    @Test
    void headingsLeftWithNothingUnderThemAfterAStoryAreDropped() {
        String html = "<html><head><title>Monitoring | The Book</title></head><body><main><p>" + P1 + "</p><p>" + P2
                + "</p><h2>More from this author</h2><img src=a.jpg><h3>Readers also liked</h3></main></body></html>";

        assertThat(extract(html)).containsExactly(Block.paragraph(P1), Block.paragraph(P2));
    }

    @Test
    void aSectionHeadingWhoseIdIsAnAnchorMadeFromItsWordsStays() {
        // a table of contents links to "nav_why_monitor__1": the id's "nav" names the link's target, not the heading
        String html = "<html><head><title>Monitoring | The Book</title></head><body><main><p>" + P1 + "</p>"
                + "<h3 class=subheading id=nav_why_monitor__1>Why Monitor?</h3><p>" + P2 + "</p>"
                + "<h3 id=navigation>Pages</h3><p>" + P3 + "</p></main></body></html>";

        assertThat(extract(html)).containsExactly(Block.paragraph(P1), new Block(BlockKind.HEADING, "Why Monitor?"),
                Block.paragraph(P2), Block.paragraph(P3));
    }

    @Test
    void sentencesSetAsHeadingsAtTheEndOfAStoryStay() {
        String last = "The alerts fired twice that night. Nobody had written down why.";
        String html = "<html><head><title>Monitoring | The Book</title></head><body><main><p>" + P1 + "</p><p>" + P2
                + "</p><h4>" + last + "</h4><h3>More from this author</h3></main></body></html>";

        assertThat(extract(html)).containsExactly(Block.paragraph(P1), Block.paragraph(P2),
                new Block(BlockKind.HEADING, last));
    }

    @Test
    void anErrorPagesOwnMessageIsNoText() {
        String html = "<html><head><title>Example</title></head><body><div id=content>"
                + "<h1>404 : Page Not Found</h1><h2>The page you requested could not be found</h2></div></body></html>";

        assertThat(extract(html)).isEmpty();
    }

    @Test
    void aStorySentenceSayingSomethingWasNotFoundStays() {
        String missing = "The hiker was not found until Tuesday evening, when a helicopter crew spotted her near"
                + " the ridge above the lake, cold but unhurt after two nights in the open.";
        String html = "<html><head><title>Hiker rescued | Example</title></head><body><article><p>" + missing
                + "</p><p>" + P2 + "</p></article></body></html>";

        assertThat(extract(html)).containsExactly(Block.paragraph(missing), Block.paragraph(P2));
    }
}
