package io.newsline.schemas.ids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    /**
     * The ids already written to the topics: pinned values (SHA-256 of the normalised URL, first 16 bytes, computed
     * outside Java), so a change of the derivation fails here instead of silently re-keying every article.
     */
    @Test
    void idsAreTheFirstSixteenBytesOfSha256OverTheNormalisedUrl() {
        assertThat(ArticleIds.of("https://www.urdupoint.com/en/world/putin-1937530.html"))
                .isEqualTo("2ec5e526aee228989ead113e7af4f6e7");
        assertThat(ArticleIds.of("HTTPS://Example.org:443/a?utm_source=x&b=2&a=1#top"))
                .isEqualTo("acfdff69c781145cbd6a774202fac552");
    }

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
