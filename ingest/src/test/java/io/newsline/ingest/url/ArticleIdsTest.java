package io.newsline.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void trackingParametersFragmentCaseOfHostAndDefaultPortDoNotChangeTheId() {
        String id = ArticleIds.of("https://www.urdupoint.com/en/world/putin-1937530.html");
        assertThat(ArticleIds.of("HTTPS://WWW.UrduPoint.com:443/en/world/putin-1937530.html?utm_source=x&utm_medium=y#comments"))
                .isEqualTo(id);
        assertThat(ArticleIds.of("https://www.urdupoint.com/en/world/putin-1937530.html?fbclid=abc")).isEqualTo(id);
        assertThat(id).hasSize(32).matches("[0-9a-f]+");
    }

    @Test
    void pathCaseAndMeaningfulParametersDoChangeTheId() {
        String id = ArticleIds.of("https://example.org/news?id=1");
        assertThat(ArticleIds.of("https://example.org/news?id=2")).isNotEqualTo(id);
        assertThat(ArticleIds.of("https://example.org/News?id=1")).isNotEqualTo(id);
        assertThat(ArticleIds.of("http://example.org/news?id=1")).isNotEqualTo(id);
    }

    @Test
    void parameterOrderIsNormalised() {
        assertThat(ArticleIds.normalise("https://example.org/a?b=2&a=1&utm_campaign=z"))
                .isEqualTo("https://example.org/a?a=1&b=2");
        assertThat(ArticleIds.normalise("https://Example.org")).isEqualTo("https://example.org/");
    }

    @Test
    void somethingThatIsNotAUrlStillGetsAStableId() {
        assertThat(ArticleIds.of(" not a url ")).isEqualTo(ArticleIds.of("not a url"));
    }
}
