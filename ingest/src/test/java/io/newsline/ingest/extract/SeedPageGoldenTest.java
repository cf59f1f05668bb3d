package io.newsline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed page, flattened text from UrduPoint, yields every field of its expected JSON. */
class SeedPageGoldenTest {

    private static JsonNode expected;
    private static ExtractedArticle article;

    @BeforeAll
    static void extractSeed() throws Exception {
        expected = new ObjectMapper().readTree(GoldenPages.text("text/urdupoint-putin-myanmar-2025-03-05.expected.json"));
        byte[] body = GoldenPages.bytes("text/urdupoint-putin-myanmar-2025-03-05.txt");
        PageInput page = new PageInput(expected.get("url").asText(), Instant.parse("2025-03-05T06:00:00Z"),
                "text/plain; charset=utf-8", body, Map.of());
        article = GoldenPages.extracted(ArticleExtractor.withDefaults(new ParagraphBodyExtractor()).extract(page));
    }

    @Test
    void titleAuthorsAndDateComeFromTheLinesAboveTheStory() {
        assertThat(article.title()).isEqualTo(expected.get("title").asText());
        assertThat(article.authors()).containsExactly(expected.get("authors").get(0).asText());
        assertThat(article.publishedLocal()).isEqualTo(expected.get("published_local").asText());
    }

    @Test
    void siteZoneTurnsThePrintedLocalTimeIntoAnInstant() {
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-03-04T19:50:00Z"));
    }

    @Test
    void datelineCreditAndAgencyAreFieldsNotBodyText() {
        assertThat(article.dateline()).isEqualTo(expected.get("dateline").asText());
        assertThat(article.credit()).isEqualTo(expected.get("credit").asText());
        assertThat(article.agency()).isEqualTo(expected.get("agency").asText());
        assertThat(article.text()).doesNotContain("APP - UrduPoint").doesNotStartWith("Moscow,");
    }

    @Test
    void bodyIsTheSixteenExpectedParagraphs() {
        List<String> paragraphs = new ArrayList<>();
        expected.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        assertThat(article.blocks()).hasSize(expected.get("paragraph_count").asInt());
        assertThat(article.blocks()).allMatch(b -> b.kind() == BlockKind.PARAGRAPH);
        assertThat(article.blocks().stream().map(Block::text).toList()).containsExactlyElementsOf(paragraphs);
        assertThat(article.text()).isEqualTo(String.join("\n\n", paragraphs));
    }

    @Test
    void noneOfTheNavigationAndTeaserStringsSurvive() {
        expected.get("must_not_contain").forEach(s -> assertThat(article.text()).doesNotContain(s.asText()));
    }

    @Test
    void languageIsEnglishAndThePageIsAnArticle() {
        assertThat(article.language()).isEqualTo(expected.get("language").asText());
        assertThat(article.languageConfidence()).isGreaterThan(0.5);
        assertThat(article.pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(article.pageTypeReason()).isNull();
        assertThat(article.siteName()).isEqualTo("UrduPoint");
        assertThat(article.extractorVersion()).isEqualTo(ArticleExtractor.VERSION);
    }

    @Test
    void withoutTheSiteZoneThePublishedInstantIsUnknownButTheLocalTimeStays() {
        byte[] body = GoldenPages.text("text/urdupoint-putin-myanmar-2025-03-05.txt").getBytes(StandardCharsets.UTF_8);
        ExtractedArticle unknownSite = GoldenPages.extracted(new ArticleExtractor(ExtractorSettings.defaults(),
                io.newsline.ingest.extract.site.SiteRegistry.empty(), new ParagraphBodyExtractor())
                .extract(PageInput.of("https://mirror.example/putin-hails-myanmar-ties-as-junta-chief-visit.html", body)));
        assertThat(unknownSite.publishedAt()).isNull();
        assertThat(unknownSite.publishedLocal()).isEqualTo("2025-03-05T00:50");
        assertThat(unknownSite.title()).isEqualTo("Putin Hails Myanmar Ties As Junta Chief Visits Moscow");
    }
}
