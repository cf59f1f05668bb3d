package io.newsline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Metadata from real saved pages (gzip-compressed HTML) against the expected JSON beside each. */
class RealHtmlPagesGoldenTest {

    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults(new ParagraphBodyExtractor());

    @ParameterizedTest
    @ValueSource(strings = {
        "16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56",
        "39d5c43beb60605c3eec760c99500e62e7bd71ebbe4ae05edf382125e1b0b80a",
        "0ec95c7261d122f304728e90c983450ef1ce1e0b423546835c397d50aaf0d0f2",
        "3c6d3381ef52ca26be2fbde19c1b0fe17d85682b726dfecf5e300c1ca34546b1"})
    void metadataMatchesTheExpectedJson(String id) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(GoldenPages.text("html/scrapinghub/" + id + ".expected.json"));
        byte[] gzipped = GoldenPages.bytes("html/scrapinghub/" + id + ".html.gz");
        ExtractedArticle a = GoldenPages.extracted(EXTRACTOR.extract(
                new PageInput(expected.get("url").asText(), null, null, gzipped, Map.of())));

        assertThat(a.title()).isEqualTo(expected.get("title").asText());
        assertThat(a.language()).startsWith(expected.get("language").asText());
        if (expected.has("authors")) {
            assertThat(a.authors()).containsExactlyElementsOf(strings(expected.get("authors")));
        }
        if (expected.has("authorsMustNotContain")) {
            assertThat(a.authors()).doesNotContainAnyElementsOf(strings(expected.get("authorsMustNotContain")));
        }
        if (expected.has("publishedAt")) {
            assertThat(a.publishedAt()).isEqualTo(Instant.parse(expected.get("publishedAt").asText()));
            assertThat(a.publishedLocal()).isEqualTo(expected.get("publishedLocal").asText());
        }
        for (String field : new String[] {"siteName", "section", "canonicalUrl", "agency"}) {
            if (expected.has(field)) {
                Object actual = switch (field) {
                    case "siteName" -> a.siteName();
                    case "section" -> a.section();
                    case "canonicalUrl" -> a.canonicalUrl();
                    default -> a.agency();
                };
                assertThat(actual).as(field).isEqualTo(expected.get(field).asText());
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
