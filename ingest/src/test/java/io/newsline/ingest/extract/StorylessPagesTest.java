package io.newsline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.body.MainTextExtractor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HTML pages that carry no story and pages that only look like them, through the whole extraction with the
 * production body extractor: a section index (linked headlines, each with a one-line teaser) is {@code not-article}
 * with the reason {@code section-index} and empty {@code text} and {@code blocks}; a story followed by a list of
 * related headlines, a live blog, and a list article whose items link elsewhere stay articles. The pages are
 * written for these tests.
 */
class StorylessPagesTest {

    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults(new MainTextExtractor());

    private static ExtractedArticle extract(String url, String html) {
        return GoldenPages.extracted(EXTRACTOR.extract(new PageInput(url, null, "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8), Map.of())));
    }

    private static final String[][] STORIES = {
        {"/health/2026/gene-markers-alzheimer-risk", "Gene markers point to Alzheimer's risk",
            "Genetic markers which could help show who is at risk of developing the disease have been found by"
                    + " researchers in Boston."},
        {"/health/2026/potassium-and-blood-pressure", "More potassium lowers blood pressure, studies say",
            "Eating more potassium as well as cutting down on salt reduces blood pressure and the risk of stroke,"
                    + " two large studies say."},
        {"/health/2026/hair-loss-heart-disease-link", "Hair loss linked to heart disease in men",
            "Men going thin on top may be more likely to have heart problems than their friends, according to"
                    + " researchers in Tokyo."},
        {"/health/2026/new-bird-flu-cases-reported", "Four new bird flu cases reported",
            "Four new cases of a bird flu strain not seen in humans before have been identified by the health"
                    + " authorities."},
        {"/health/2026/hiv-training-manual-cracked", "Body's own HIV defence manual cracked",
            "The body's own training manual for attacking the virus has been cracked by scientists, who hope to use"
                    + " it to design vaccines."},
        {"/health/2026/statins-and-blindness", "Statins may prevent a common form of blindness",
            "Drugs that lower cholesterol may be able to prevent one of the most common forms of blindness, doctors"
                    + " in Chicago report."},
        {"/health/2026/sleep-and-memory-in-teens", "Teenagers who sleep longer remember more",
            "Teenagers who sleep an hour longer on school nights did better in memory tests, a study of two"
                    + " thousand pupils found."},
        {"/health/2026/hospital-waiting-times-rise", "Hospital waiting times rise again",
            "Waiting times at emergency departments rose for the fourth month in a row, figures published on"
                    + " Thursday show."},
    };

    private static String teaser(String[] story) {
        return "<div class=\"item\"><h3><a href=\"" + story[0] + "\">" + story[1] + "</a></h3><p>" + story[2]
                + "</p></div>";
    }

    private static String sectionIndex() {
        StringBuilder page = new StringBuilder("<html><head><title>Health - Daily Example</title></head><body>"
                + "<div id=\"masthead\"><a href=\"/\">Daily Example</a></div><h1>Health</h1>"
                + "<div id=\"main-content\">");
        for (String[] story : STORIES) {
            page.append(teaser(story));
        }
        return page.append("</div><div id=\"footer\"><p>© 2026 Daily Example</p></div></body></html>").toString();
    }

    private static final String P1 = "The city council voted on Tuesday to close the old harbour bridge to cars from"
            + " next spring, after engineers found that two of its steel supports had corroded far faster than"
            + " expected.";
    private static final String P2 = "Buses, cyclists and pedestrians will still be allowed to cross while a new"
            + " bridge is built beside the old one, a project the council expects to take four years and to cost"
            + " about 90 million euros.";
    private static final String P3 = "Shop owners on both banks said they feared losing customers, and the council"
            + " promised to review the decision after a year if traffic on the ring road grows by more than a"
            + " fifth.";

    @Test
    void aSectionIndexOfLinkedHeadlinesWithTeasersIsNoArticleAndGetsNoText() {
        ExtractedArticle index = extract("https://daily.example/health", sectionIndex());

        assertThat(index.pageType()).isEqualTo(PageType.NOT_ARTICLE);
        assertThat(index.pageTypeReason()).isEqualTo("section-index");
        assertThat(index.text()).isEmpty();
        assertThat(index.blocks()).isEmpty();
        assertThat(index.title()).isEqualTo("Health");
    }

    @Test
    void theSameTeasersWithoutLinksAreAnArticleSoTheLinksDecide() {
        String unlinked = sectionIndex().replaceAll("<a href=\"[^\"]*\">", "<span>").replace("</a>", "</span>");

        ExtractedArticle page = extract("https://daily.example/health", unlinked);

        assertThat(page.pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(page.text()).contains(STORIES[0][2]);
    }

    @Test
    void aStoryFollowedByTenRelatedHeadlinesStaysAnArticleWithoutTheList() {
        StringBuilder page = new StringBuilder("<html><head><title>Harbour bridge to close to cars</title></head>"
                + "<body><article><h1>Harbour bridge to close to cars</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></article><div class=\"more\"><h2>More from the city</h2><ul>");
        for (int i = 0; i < 10; i++) {
            String[] story = STORIES[i % STORIES.length];
            page.append("<li><a href=\"").append(story[0]).append("-").append(i).append("\">").append(story[1])
                    .append("</a></li>");
        }
        page.append("</ul></div></body></html>");

        ExtractedArticle article = extract("https://daily.example/city/2026/harbour-bridge-to-close", page.toString());

        assertThat(article.pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(article.pageTypeReason()).isNull();
        assertThat(article.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void aStoryFollowedByTeasersOfOtherStoriesStaysAnArticle() {
        StringBuilder page = new StringBuilder("<html><head><title>Harbour bridge to close to cars</title></head>"
                + "<body><div class=\"story\"><h1>Harbour bridge to close to cars</h1><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div><div class=\"list\">");
        for (String[] story : STORIES) {
            page.append(teaser(story));
        }
        page.append("</div></body></html>");

        ExtractedArticle article = extract("https://daily.example/city/2026/harbour-bridge-to-close", page.toString());

        assertThat(article.pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(article.text()).startsWith(P1);
    }

    /**
     * A live blog's entries open with their time and link, if at all, inside their text: no entry is a headline
     * link followed by a teaser, so the page is no teaser stream, however short and many its entries.
     */
    @Test
    void aLiveBlogOfManyShortLinkedEntriesStaysAnArticle() {
        StringBuilder page = new StringBuilder("<html><head><title>Storm live: latest updates</title></head><body>"
                + "<div class=\"live\"><h1>Storm live: latest updates</h1>");
        for (int i = 0; i < STORIES.length; i++) {
            page.append("<div class=\"entry\"><p><b>1").append(i).append(":05</b></p><p>Ferries are cancelled on")
                    .append(" route ").append(i).append(" until the wind drops, the port says; <a href=\"")
                    .append(STORIES[i][0]).append("\">read the full report on the closures</a>.</p></div>");
        }
        page.append("</div></body></html>");

        ExtractedArticle blog = extract("https://daily.example/live/2026/storm-latest", page.toString());

        assertThat(blog.pageTypeReason()).isNotEqualTo("section-index");
        assertThat(blog.text()).contains("Ferries are cancelled on route 0", "Ferries are cancelled on route 7");
    }

    /** A list article's items point to other sites (the products, the places): they are no teasers of this site. */
    @Test
    void aListArticleWhoseItemsLinkToOtherSitesStaysAnArticle() {
        String external = sectionIndex().replace("href=\"/health/", "href=\"https://shop-example.org/health/")
                .replace("<h1>Health</h1>", "<h1>Eight reads for a healthier year</h1>");

        ExtractedArticle list = extract("https://daily.example/lists/2026/eight-reads", external);

        assertThat(list.pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(list.text()).contains(STORIES[0][2], STORIES[7][2]);
    }

    /**
     * A round-up made only of links to the site's own stories, each with a one-line teaser and nothing else, is
     * treated as the index it reads like; one with a paragraph of its own around the teasers keeps its text.
     */
    @Test
    void aRoundUpOfTheSitesOwnStoriesIsAnIndexUnlessItHasProseOfItsOwn() {
        ExtractedArticle bare = extract("https://daily.example/lists/2026/week-in-health", sectionIndex());
        assertThat(bare.pageTypeReason()).isEqualTo("section-index");

        String withProse = sectionIndex().replace("<div id=\"main-content\">",
                "<div id=\"main-content\"><div class=\"intro\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                        + "</p></div>");
        ExtractedArticle roundUp = extract("https://daily.example/lists/2026/week-in-health", withProse);
        assertThat(roundUp.pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(roundUp.text()).contains(P3);
    }

    @Test
    void aTooShortBriefIsNoArticleButKeepsItsText() {
        ExtractedArticle brief = extract("https://daily.example/city/2026/bridge-closed",
                "<html><body><h1>Bridge closed</h1><p>The harbour bridge is closed after a crash.</p></body></html>");

        assertThat(brief.pageType()).isEqualTo(PageType.NOT_ARTICLE);
        assertThat(brief.pageTypeReason()).isEqualTo("too-short");
        assertThat(brief.text()).isEqualTo("The harbour bridge is closed after a crash.");
    }
}
