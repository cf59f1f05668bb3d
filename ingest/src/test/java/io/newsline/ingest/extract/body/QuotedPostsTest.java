package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.Block;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A post the story quotes ({@code <blockquote>}: a tweet with its links, handle and picture address) stays in the body
 * however much of it is linked; the same links outside a quote are a link list. Pages written for these tests.
 */
class QuotedPostsTest {

    private static final String P1 = "The app bundle went on sale on Monday and the first ten thousand copies were gone"
            + " within hours, the developer said in a statement to reporters on Tuesday.";
    private static final String P2 = "Buyers who missed the first batch can sign up for the next one, which the"
            + " company expects to open at the end of the month with a smaller selection of apps.";
    private static final String TWEET_TEXT = "The BundleHunt delivers 40 top apps";
    /** As an embedded tweet reads: a few words, then its link, the author's handle and the picture's address. */
    private static final String TWEET_HTML = TWEET_TEXT + " <a href=\"https://t.co/y5Wn5UBP8S\">https://t.co/y5Wn5UBP8S</a>"
            + " by <a href=\"https://twitter.com/trevor\">@trevor</a>"
            + " <a href=\"https://t.co/cLT72XQfD3\">pic.twitter.com/cLT72XQfD3</a>";

    private final MainTextExtractor extractor = new MainTextExtractor();

    private String text(String html) {
        return extractor.extractBody(Jsoup.parse(html, "https://news.example/story")).stream().map(Block::text)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aQuotedPostMostlyOfLinksStays() {
        String html = "<body><article><p>" + P1 + "</p><blockquote class=twitter-tweet><p>" + TWEET_HTML
                + "</p></blockquote><p>" + P2 + "</p></article></body>";

        assertThat(text(html)).contains(P1, TWEET_TEXT + " https://t.co/y5Wn5UBP8S by @trevor pic.twitter.com/cLT72XQfD3", P2);
    }

    @Test
    void theSameLinksOutsideAQuoteAreALinkList() {
        String html = "<body><article><p>" + P1 + "</p><p>" + TWEET_HTML + "</p><p>" + P2 + "</p></article></body>";

        assertThat(text(html)).contains(P1, P2).doesNotContain("BundleHunt");
    }
}
