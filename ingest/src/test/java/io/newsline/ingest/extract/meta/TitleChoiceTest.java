package io.newsline.ingest.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.site.SiteProfile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The title choice on pages written for these tests, one per rule: where it must fire and where it must not. */
class TitleChoiceTest {

    private static final HtmlMetadataExtractor EXTRACTOR = new HtmlMetadataExtractor();

    /** The title of a page with this head and body; {@code url} empty for a saved file without an address. */
    private static String title(String url, String head, String body) {
        String html = "<html><head>" + head + "</head><body>" + body
                + "<p>The story's first paragraph, long enough to be a story paragraph of its own.</p></body></html>";
        return EXTRACTOR.extract(Jsoup.parse(html, url), SiteProfile.unknown(null)).title();
    }

    private static String meta(String property, String content) {
        return "<meta property=\"" + property + "\" content=\"" + content + "\">";
    }

    @Test
    void visibleHeadlineWinsOverASocialTitleWhenTheTitleTagCarriesIt() {
        assertThat(title("", "<title>Daily Courier - Ariel Castro appears in court</title>"
                        + meta("og:title", "Cleveland kidnap accused in court"),
                "<h1>Ariel Castro appears in court</h1>"))
                .isEqualTo("Ariel Castro appears in court");
    }

    @Test
    void visibleHeadlineWinsWhenItSharesMostWordsWithTheSocialTitle() {
        assertThat(title("", meta("og:title", "Storm closes coastal roads in the north"),
                "<h1>Storm closes coastal roads across the north</h1>"))
                .isEqualTo("Storm closes coastal roads across the north");
    }

    @Test
    void socialTitleStaysWhenTheHeadingIsAboutSomethingElse() {
        assertThat(title("", meta("og:title", "Council approves the new harbour budget"),
                "<h1>Sign up for our morning briefing</h1>"))
                .isEqualTo("Council approves the new harbour budget");
    }

    @Test
    void aSiteNameHeadingIsNoHeadline() {
        assertThat(title("", "<title>Council approves the new harbour budget | Daily Courier</title>"
                        + meta("og:site_name", "Daily Courier"),
                "<h1><a href=\"/\">Daily Courier</a></h1>"))
                .isEqualTo("Council approves the new harbour budget");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Harbour budget approved after long debate | Daily Courier",
        "Harbour budget approved after long debate - Daily Courier",
        "Harbour budget approved after long debate – Daily Courier",
        "Harbour budget approved after long debate — Daily Courier",
        "Harbour budget approved after long debate :: Daily Courier",
        "Daily Courier | Harbour budget approved after long debate",
        "Daily Courier - Harbour budget approved after long debate",
        "Daily Courier » Harbour budget approved after long debate",
        "Harbour budget approved after long debate | Politics | DailyCourier.com"})
    void siteNameAffixIsCutByTheHeadingTheTitleContains(String titleTag) {
        assertThat(title("", "<title>" + titleTag + "</title>", "<h1>Harbour budget approved after long debate</h1>"))
                .isEqualTo("Harbour budget approved after long debate");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Harbour budget approved after long debate | Daily Courier",
        "Harbour budget approved after long debate – Daily Courier",
        "Daily Courier - Harbour budget approved after long debate"})
    void siteNameAffixIsCutByTheLogoNameOnAPageWithoutHeadingOrAddress(String titleTag) {
        assertThat(title("", "<title>" + titleTag + "</title>",
                "<a href=\"/\" class=\"site-logo\"><img src=\"l.png\" alt=\"Daily Courier\"></a>"))
                .isEqualTo("Harbour budget approved after long debate");
    }

    @Test
    void multiPartSuffixIsCutByTheCanonicalHost() {
        assertThat(title("", "<title>Sony is next | Wired Science | Wired.com</title>"
                        + "<link rel=\"canonical\" href=\"https://www.wired.com/science/2013/05/sony\">",
                "<div>no heading</div>"))
                .isEqualTo("Sony is next");
    }

    @Test
    void aPartThatNamesNoSiteStays() {
        assertThat(title("", "<title>Budget: what we know so far | Daily Courier</title>",
                "<a href=\"/\"><img src=\"l.png\" alt=\"Daily Courier\"></a><a href=\"/\">Home</a>"))
                .isEqualTo("Budget: what we know so far");
        assertThat(title("", "<title>Home truths - the budget nobody wanted</title>",
                "<a href=\"/\">Home</a>"))
                .isEqualTo("Home truths - the budget nobody wanted");
    }

    @Test
    void declaredTitleWithoutTheAffixIsPreferredToTheAffixedOne() {
        assertThat(title("", meta("og:title", "Harbour budget approved | Politics | Courier")
                        + "<title>Harbour budget approved</title>", "<div>no heading</div>"))
                .isEqualTo("Harbour budget approved");
    }

    @Test
    void sectionLabelAboveTheHeadlineIsNoTitle() {
        assertThat(title("", "", "<header><h1 class=\"section\">Recaps</h1></header>"
                        + "<article><h2>The finale ties up every loose end</h2></article>"))
                .isEqualTo("The finale ties up every loose end");
        assertThat(title("", meta("og:title", "Recaps"),
                "<h1>Recaps</h1><h2>The finale ties up every loose end</h2>"))
                .isEqualTo("The finale ties up every loose end");
    }

    @Test
    void aSectionIndexOfLinkedHeadlinesKeepsItsLabel() {
        assertThat(title("", "<title>Health</title>", "<h1>Health</h1>"
                        + "<h2><a href=\"/a\">Gene markers point to a higher risk</a></h2>"
                        + "<h2><a href=\"/b\">Hospital waiting lists grow again</a></h2>"))
                .isEqualTo("Health");
        assertThat(title("", "<title>Health</title>", "<h1>Health</h1>"
                        + "<h2>Gene markers point to a higher risk</h2><h2>Hospital waiting lists grow again</h2>"))
                .isEqualTo("Health");
    }

    @Test
    void aShortHeadlineWithoutALongerHeadingStays() {
        assertThat(title("", meta("og:title", "Obituary"), "<h1>Obituary</h1><p>text</p>")).isEqualTo("Obituary");
    }

    @Test
    void titleThatIsOnlyTheSiteNameGivesWayToTheHeadline() {
        assertThat(title("", "<title>Daily Courier</title>" + meta("og:site_name", "Daily Courier"),
                "<h1>Harbour budget approved after long debate</h1>"))
                .isEqualTo("Harbour budget approved after long debate");
    }
}
