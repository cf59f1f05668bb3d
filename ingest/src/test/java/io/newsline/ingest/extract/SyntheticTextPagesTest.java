package io.newsline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Flattened page text written for the project in the shapes real captures take (golden/text/synthetic-*.txt, the
 * demo's synthetic pages; SOURCES.md there): one agency story as three outlets print it, an independent report with
 * no headline in the capture, and a capture that holds only headlines.
 */
class SyntheticTextPagesTest {

    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults(new ParagraphBodyExtractor());

    private static ExtractedArticle extract(String file) {
        return GoldenPages.extracted(EXTRACTOR.extract(GoldenPages.syndicationPage(file)));
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                // file, expected title (null: the capture has none), first words of the body, dateline, agency
                Arguments.of("synthetic-velora-business.txt",
                        "Dutch bike maker Velora pedals to record $223 million profit as e-bike demand returns",
                        "Dutch bicycle maker Velora reported record results", null, "AFP"),
                Arguments.of("synthetic-velora-tageblatt.txt", "Velora shines as e-bike demand returns, eyes Stroom deal",
                        "Dutch bicycle maker Velora reported record results", null, null),
                Arguments.of("synthetic-velora-truncated.txt", "E-bike boom is back, says Velora",
                        "Dutch bicycle maker Velora reported record results", null, null),
                Arguments.of("synthetic-independent-report.txt", null,
                        "Myanmar's military ruler, Senior General Min Aung Hlaing, sat down", "Moscow", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void storyPagesYieldTitleBodyAndCredit(String file, String title, String bodyStart, String dateline, String agency) {
        ExtractedArticle a = extract(file);
        SyndicationPagesGoldenTest.assertStoryPage(a, title, bodyStart, dateline, agency);
        // Photo captions printed above the story, menus and link lists around it are not story text.
        assertThat(a.text()).doesNotContain("Example Photo Desk", "Photo: ©", "Most Popular", "More from Business",
                "Skip to content", "Markets\n", "This page is synthetic");
    }

    @Test
    void navigationOnlyCaptureIsNotAnArticle() {
        SyndicationPagesGoldenTest.assertNavigationOnly(extract("synthetic-navigation-only.txt"));
    }

    @Test
    void bylineSpreadOverSeveralLinesGivesAuthorDateAndZone() {
        ExtractedArticle a = extract("synthetic-velora-business.txt");
        assertThat(a.authors()).containsExactly("Anna Verhoef");
        assertThat(a.publishedLocal()).isEqualTo("2025-03-04T09:59");
        // "ET" printed after the time: New York time.
        assertThat(a.publishedAt()).hasToString("2025-03-04T14:59:00Z");
    }

    @Test
    void subheadingsInsideTheStoryAreKeptAsHeadingsAndTheTickerStripIsDropped() {
        ExtractedArticle a = extract("synthetic-velora-tageblatt.txt");
        assertThat(a.blocks()).contains(new Block(BlockKind.HEADING, "Dealers restocking"));
        assertThat(a.text()).doesNotContain("Example Tageblatt", "EXA", "NYSE", "Text size");
    }
}
