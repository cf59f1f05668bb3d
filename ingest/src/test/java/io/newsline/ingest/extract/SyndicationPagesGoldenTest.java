package io.newsline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Real wire-story pages as flattened text: the syndication development set, read from {@code ../shared/fixtures} at
 * run time and skipped when it is absent (see {@link GoldenPages#sharedPage}). The same behaviour on pages written for
 * the project, which a bare clone runs too: {@link SyntheticTextPagesTest}.
 */
class SyndicationPagesGoldenTest {

    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults(new ParagraphBodyExtractor());
    /** Lines that are page furniture, never story text. */
    private static final Pattern NAVIGATION = Pattern.compile(
            "(?m)^(Subscribe|Home|Latest|Text size:|Recommended Video|Down Arrow Button Icon|Short Url|Follow|By|"
                    + "NYSE - LSE|[A-Z]{2,5} -?\\d+\\.?\\d*% .*|• .*|Read more: .*)$");

    static Stream<Arguments> pages() {
        return Stream.of(
                // file, expected title (null: the capture has none), first words of the body, dateline, agency
                Arguments.of("cluster_afp_prada_ainvest_ai_rewrite.txt",
                        "Prada Thrives Amidst Downturn; Versace's Future Uncertain",
                        "Italian luxury house Prada has defied", null, null),
                Arguments.of("cluster_afp_prada_berlinertageblatt.txt",
                        "Prada shines despite luxury crisis, Versace rumours swirl",
                        "Italian luxury fashion house Prada reported", null, null),
                Arguments.of("cluster_afp_prada_fortune.txt",
                        "Italian luxury house Prada defies downturn with $884 million profit as Versace rumors swirl",
                        "Italian luxury fashion house Prada reported", null, "AFP"),
                Arguments.of("cluster_afp_prada_thestar.txt",
                        "How is Prada thriving when its rivals are not? And will it acquire Versace?",
                        "Italian luxury fashion house Prada reported", null, null),
                Arguments.of("cluster_afp_vladivostok2022_arabnews.txt",
                        "Vladimir Putin meets Myanmar junta chief, hails ‘positive’ ties",
                        "Russian President Vladimir Putin hailed", "Moscow", null),
                Arguments.of("cluster_afp_vladivostok2022_sureanot.txt",
                        "Putin meets Myanmar junta chief, hails ‘positive’ ties",
                        "Russian President Vladimir Putin hailed", "Moscow", null),
                Arguments.of("indep_ap_latestly_putin_myanmar_talks.txt", null,
                        "Russian President Vladimir Putin was holding talks", "Moscow", "AP"),
                Arguments.of("indep_ap_stripes_putin_myanmar_talks.txt", null,
                        "Russian President Vladimir Putin was holding talks", "Moscow", null),
                Arguments.of("indep_rfa_putin_myanmar.txt",
                        "Myanmar’s junta leader meets Putin, predicts Russian victory in Ukraine",
                        "Moscow welcomed a gift of 6 elephants", null, null),
                Arguments.of("unrelated_nhk_2022_junta_meets_putin.txt", "Myanmar junta leader meets Putin in Russia",
                        "Myanmar's top general, Min Aung Hlaing, met", null, null));
    }

    private static PageInput page(String file) {
        return GoldenPages.sharedPage("syndication-dev", file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void storyPagesYieldTitleBodyAndCredit(String file, String title, String bodyStart, String dateline, String agency) {
        ExtractedArticle a = GoldenPages.extracted(EXTRACTOR.extract(page(file)));
        assertStoryPage(a, title, bodyStart, dateline, agency);
        // Photo captions printed above or inside the story are not story text.
        assertThat(a.text()).doesNotContain("Photo: AP", "(Pavel Bednyakov", "(Sputnik/AFP)", "Getty Images");
    }

    /** An English story page: its title, body start, dateline and agency, no navigation line, no blank block. */
    static void assertStoryPage(ExtractedArticle a, String title, String bodyStart, String dateline, String agency) {
        assertThat(a.pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(a.title()).isEqualTo(title);
        assertThat(a.text()).startsWith(bodyStart);
        assertThat(a.dateline()).isEqualTo(dateline);
        assertThat(a.agency()).isEqualTo(agency);
        assertThat(a.language()).isEqualTo("en");
        assertThat(NAVIGATION.matcher(a.text()).find()).as("navigation line in %s", a.text()).isFalse();
        assertThat(a.blocks()).allSatisfy(b -> assertThat(b.text()).isNotBlank());
    }

    @Test
    void navigationOnlyCaptureIsNotAnArticle() {
        assertNavigationOnly(GoldenPages.extracted(
                EXTRACTOR.extract(page("unrelated_sawtfalasteen_prada_page_nav_only.txt"))));
    }

    static void assertNavigationOnly(ExtractedArticle a) {
        assertThat(a.pageType()).isEqualTo(PageType.NOT_ARTICLE);
        assertThat(a.pageTypeReason()).isEqualTo("navigation-only");
        assertThat(a.blocks()).isEmpty();
        assertThat(a.title()).isNull();
    }

    @Test
    void bylineSpreadOverSeveralLinesGivesAuthorDateAndZone() {
        ExtractedArticle a = GoldenPages.extracted(EXTRACTOR.extract(page("cluster_afp_prada_fortune.txt")));
        assertThat(a.authors()).containsExactly("Brigitte Hagemann");
        assertThat(a.publishedLocal()).isEqualTo("2025-03-04T09:59");
        // "ET" printed after the time: New York time.
        assertThat(a.publishedAt()).hasToString("2025-03-04T14:59:00Z");
    }

    @Test
    void subheadingsInsideTheStoryAreKeptAsHeadings() {
        ExtractedArticle a = GoldenPages.extracted(EXTRACTOR.extract(page("cluster_afp_prada_berlinertageblatt.txt")));
        assertThat(a.blocks()).contains(new Block(BlockKind.HEADING, "Challenging environment"));
        assertThat(a.text()).doesNotContain("Berliner Tageblatt", "RBGPF", "Text size");
    }
}
