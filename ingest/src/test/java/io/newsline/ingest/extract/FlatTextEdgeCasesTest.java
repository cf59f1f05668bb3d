package io.newsline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Flattened page text that is not a story, or a story in an unusual shape. */
class FlatTextEdgeCasesTest {

    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults(new ParagraphBodyExtractor());

    private static ExtractedArticle extract(String url, String text) {
        return GoldenPages.extracted(EXTRACTOR.extract(new PageInput(url, null, "text/plain",
                text.getBytes(StandardCharsets.UTF_8), java.util.Map.of())));
    }

    @Test
    void aListOfTeasersWithTimeStampsIsNotAnArticle() {
        String text = """
                Latest News
                Government unveils new plan to support farmers hit by the long drought this year.
                1 hour ago
                Central bank holds interest rates steady as inflation slows for a third month in a row.
                2 hours ago
                Heavy rain floods parts of the capital, closing schools and roads across the city today.
                3 hours ago
                National team names new coach ahead of the regional championship starting next month.
                4 hours ago
                """;
        ExtractedArticle a = extract("https://news.example/latest", text);
        assertThat(a.pageType()).isEqualTo(PageType.NOT_ARTICLE);
        assertThat(a.pageTypeReason()).isEqualTo("navigation-only");
    }

    @Test
    void aShortNoteIsTooShort() {
        ExtractedArticle a = extract("https://news.example/note",
                "Site notice\n\nThe page you are looking for has moved to a new address on this website.\n");
        assertThat(a.pageType()).isEqualTo(PageType.NOT_ARTICLE);
        assertThat(a.pageTypeReason()).isEqualTo("too-short");
    }

    @Test
    void emptyTextIsAnEmptyBody() {
        ExtractedArticle a = extract("https://news.example/empty", "\n\n  \n");
        assertThat(a.pageType()).isEqualTo(PageType.NOT_ARTICLE);
        assertThat(a.pageTypeReason()).isEqualTo("empty-body");
        assertThat(a.language()).isEqualTo("und");
    }

    @Test
    void wireStoryWithBylineDatelineAndClosingCredit() {
        String text = """
                Home
                World
                Quake shakes northern coast, no damage reported
                By AFP
                March 4, 2025, 9:59 AM ET
                TOKYO (AFP) - A strong earthquake struck off the northern coast of Japan on Tuesday, the weather agency said, with no immediate reports of damage.
                The quake had a preliminary magnitude of 6.1 and struck at a depth of about 50 kilometres, the agency said in a statement.
                Residents of coastal towns were told to stay away from the shore while officials checked for changes in sea level.
                -- AFP
                Related Stories
                Volcano erupts on remote island
                """;
        ExtractedArticle a = extract("https://news.example/world/quake-shakes-northern-coast", text);
        assertThat(a.pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(a.title()).isEqualTo("Quake shakes northern coast, no damage reported");
        assertThat(a.agency()).isEqualTo("AFP");
        assertThat(a.dateline()).isEqualTo("Tokyo");
        assertThat(a.credit()).isEqualTo("AFP");
        assertThat(a.publishedLocal()).isEqualTo("2025-03-04T09:59");
        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).startsWith("A strong earthquake").doesNotContain("-- AFP", "Volcano", "Related Stories", "Home");
    }
}
