package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Sections of readers' comments, told by a whole word of a class or id of the element or a region around it. */
class CommentSectionsTest {

    private static boolean inComments(String html) {
        Document page = Jsoup.parse(html);
        return ElementClassifier.inNamedCommentSection(page.selectFirst("p"));
    }

    @Test
    void aCommentListOrADisqusThreadIsACommentSection() {
        assertThat(inComments("<div id=comments><dl id=comment_list><dd><p>Great post</p></dd></dl></div>")).isTrue();
        assertThat(inComments("<div class=commentList><p>Great post</p></div>")).isTrue();
        assertThat(inComments("<div id=disqus_thread><p>Great post</p></div>")).isTrue();
    }

    @Test
    void wrappersNamedByAPrefixThePagesBodyAndAddressesAreNot() {
        assertThat(inComments("<article class=\"post commented\"><p>The story</p></article>")).isFalse();
        assertThat(inComments("<div class=commentary><p>The opinion piece</p></div>")).isFalse();
        assertThat(inComments("<body class=\"single comments-open\"><div><p>The story</p></div></body>")).isFalse();
        assertThat(inComments("<div id=\"http://example.com/read-comments-on-mobile/\"><p>The story</p></div>"))
                .isFalse();
    }
}
