package io.newsline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.site.SiteRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Site-specific rules come from the registry file and change extraction without code. */
class SiteRulesTest {

    private static final String REGISTRY = """
            {"sites": [{"host": "daily.example", "name": "The Daily Example", "timeZone": "Asia/Dhaka",
              "language": "en", "metricsTag": true,
              "rules": {"dropSelectors": [".promo"], "bodySelectors": ["div.story-body"],
                        "dropLinePatterns": ["^Also on Daily Example:.*$"],
                        "bylinePatterns": ["^Staff Correspondent (?<author>[\\\\p{L} ]+) reports$"],
                        "titleSuffixes": [" :: Daily Example"]}}]}
            """;
    private static final String STORY = "<p>Dhaka's river ferries resumed service on Monday after a week-long strike "
            + "by operators ended with an agreement on fuel prices and safety checks.</p>"
            + "<p>Passengers crowded the terminals from early morning, and officials said extra boats would run until "
            + "the backlog of travellers had cleared.</p>";

    @Test
    void selectorsPatternsAndSuffixesFromTheRegistryApply() throws Exception {
        SiteRegistry sites = SiteRegistry.read(new ByteArrayInputStream(REGISTRY.getBytes(StandardCharsets.UTF_8)));
        ArticleExtractor extractor = new ArticleExtractor(ExtractorSettings.defaults(), sites, new ParagraphBodyExtractor());
        String html = "<html><head><title>Ferries resume after strike :: Daily Example</title></head><body>"
                + "<div class=\"sidebar\"><p>Most read: a sidebar teaser that is not part of the story at all today.</p></div>"
                + "<div class=\"story-body\"><p>Staff Correspondent Rahim Uddin reports</p>"
                + "<p>Published March 05, 2025 | 9:15 AM</p>" + STORY
                + "<div class=\"promo\"><p>Subscribe to our newsletter for the best stories every single morning.</p></div>"
                + "<p>Also on Daily Example: Floods in the north</p></div></body></html>";
        ExtractedArticle a = GoldenPages.extracted(extractor.extract(new PageInput("https://www.daily.example/news/ferries",
                null, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of())));
        assertThat(a.title()).isEqualTo("Ferries resume after strike");
        assertThat(a.authors()).containsExactly("Rahim Uddin");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-03-05T03:15:00Z"));
        assertThat(a.siteName()).isEqualTo("The Daily Example");
        assertThat(a.text()).startsWith("Dhaka's river ferries")
                .doesNotContain("sidebar", "newsletter", "Also on Daily Example", "Staff Correspondent");
        assertThat(a.blocks()).hasSize(2);
    }

    @Test
    void indexPagesDeclaredAsCollectionsAreNotArticles() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"CollectionPage\",\"name\":\"World\"}"
                + "</script></head><body><ul><li>Story one</li><li>Story two</li></ul></body></html>";
        ExtractedArticle a = GoldenPages.extracted(ArticleExtractor.withDefaults(new ParagraphBodyExtractor())
                .extract(PageInput.of("https://news.example/world/", html.getBytes(StandardCharsets.UTF_8))));
        assertThat(a.pageType()).isEqualTo(PageType.NOT_ARTICLE);
        assertThat(a.pageTypeReason()).isEqualTo("index-page");
    }
}
