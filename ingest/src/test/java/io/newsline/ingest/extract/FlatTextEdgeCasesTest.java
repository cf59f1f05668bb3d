package io.newsline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
        assertThat(a.pageTypeReason()).isEqualTo("headline-list");
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

    private static final String STORY = """
            The harbour authority reopened the northern port on Tuesday after two days of closure, allowing dozens of cargo ships to unload, officials said.
            Crews worked through the night to clear debris from the main channel, the authority said in a statement, adding that ferry services would resume.
            Shipping companies said the closure had cost them several million dollars in delays and extra fuel.
            """;

    @Test
    void aBreadcrumbIsNeverTheTitle() {
        for (String crumb : List.of("Your location:Home >International >", "Home > World > Asia",
                "Vous êtes ici : Accueil > Monde", "Sie sind hier: Startseite > Panorama")) {
            ExtractedArticle a = extract("https://news.example/a/123456", crumb + "\n" + STORY);
            assertThat(a.title()).as(crumb).isNull();
            assertThat(a.pageType()).isEqualTo(PageType.ARTICLE);
        }
    }

    @Test
    void aSectionNameOrBannerAboveTheHeadlineIsNotTheTitle() {
        for (String label : List.of("News / Nation", "En ce moment", "KXYZ RADIO News",
                "Your web browser is no longer supported. To improve your experience update it here",
                ">> Prices rise again in the capital", "Source:Agency Published: 2017/1/5 0:31:43")) {
            ExtractedArticle a = extract("https://news.example/a/123456",
                    label + "\nHarbour authority reopens northern port after storm\n" + STORY);
            assertThat(a.title()).as(label).isEqualTo("Harbour authority reopens northern port after storm");
        }
    }

    @Test
    void aTagOrCategoryPageIsASectionIndexWhateverItsTextReadsLike() {
        for (String url : List.of("https://news.example/tag/weather/page/20", "https://news.example/category/news/politics/",
                "https://news.example/topics/new-species/", "https://news.example/es/categoria/politica/page/3/")) {
            ExtractedArticle a = extract(url, STORY);
            assertThat(a.pageType()).as(url).isEqualTo(PageType.NOT_ARTICLE);
            assertThat(a.pageTypeReason()).isEqualTo("section-index");
        }
        ExtractedArticle story = extract("https://news.example/category/world/harbour-authority-reopens-northern-port-987654",
                STORY);
        assertThat(story.pageType()).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void teasersThatEachCarryADateAreAListOfHeadlines() {
        String text = """
                New Species
                Owl mix-up fixed after centuries
                January 29, 2015
                Once mistaken for another species of owl, the desert owl is finally getting its due, thanks to a new study of its feathers.
                Nocturnal gecko found in an old fort
                November 12, 2014
                A new species of gecko has been found living among the crumbling remains of an old fort in the north of the island.
                Little reptile outlived the dinosaurs
                August 20, 2014
                A new fossil find reveals that a family of lizard-like reptiles survived the extinction that killed the dinosaurs.
                """;
        ExtractedArticle a = extract("https://news.example/science/new-species-owl-gecko-reptile", text);
        assertThat(a.pageType()).isEqualTo(PageType.NOT_ARTICLE);
        assertThat(a.pageTypeReason()).isEqualTo("headline-list");
    }

    @Test
    void aOneParagraphWireBriefIsAnArticle() {
        String text = "MUNICH (dpa) - The city's autumn fair closed on Sunday with fewer visitors than last year, the "
                + "organisers said, blaming the rain of the first week and a shorter season than usual. About 5.9 million "
                + "people came to the fair, against 6.3 million a year ago, and the beer tents sold less beer.\n";
        ExtractedArticle a = extract("https://news.example/ticker/autumn-fair-closes", text);
        assertThat(a.pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(a.credits()).extracting(e -> e.agency() + ":" + e.kind()).containsExactly("dpa:DATELINE");
    }

    @Test
    void thePageCarriesEveryKindOfCreditItHas() {
        String text = """
                Port reopens after the storm
                By AFP
                Ships wait at anchor outside the port. (Photo by Jane Doe / Reuters)
                PARIS, 3 mars (AFP) - The harbour authority reopened the northern port on Tuesday after two days of closure, allowing dozens of cargo ships to unload, officials said.
                An AFP reporter saw the first ships leave, while the minister said the cost was high, according to Xinhua.
                -- AFP
                More stories
                Quake hits coast (Reuters) - A strong quake struck the coast today, officials said, with no damage.
                """;
        ExtractedArticle a = extract("https://news.example/world/port-reopens-after-the-storm", text);
        assertThat(a.credits()).extracting(e -> e.agency() + ":" + e.kind()).containsExactly("AFP:DATELINE",
                "AFP:BYLINE", "AFP:CLOSING", "AFP:PHRASE", "Xinhua:CITATION", "Reuters:PHOTO");
        assertThat(a.agency()).isEqualTo("AFP");
    }
}
