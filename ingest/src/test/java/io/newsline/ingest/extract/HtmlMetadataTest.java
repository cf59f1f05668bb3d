package io.newsline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metadata from crafted HTML pages: JSON-LD variants, meta vocabularies, visible bylines, datelines. */
class HtmlMetadataTest {

    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults(new ParagraphBodyExtractor());
    private static final String BODY = "<p>The first paragraph of the story has enough words to read as running text for sure.</p>"
            + "<p>A second paragraph follows with more words, so that the page is long enough to count as an article "
            + "and not as a stub or an index page of some kind, which it is not.</p>"
            + "<p>A third paragraph closes the story with yet more words about the matter at hand, as stories do.</p>";

    private static ExtractedArticle extract(String url, String html) {
        return GoldenPages.extracted(EXTRACTOR.extract(new PageInput(url, null, "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8), Map.of())));
    }

    @Test
    void jsonLdGraphWithAuthorObjectsAndImageObject() {
        String html = """
                <html lang="en-GB"><head><title>Ignored | The Daily Example</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"The Daily Example"},
                  {"@type":["Article","NewsArticle"],"headline":"Floods close the ring road",
                   "author":[{"@type":"Person","name":"By Jane Doe, Staff Writer"},{"@type":"Person","name":"Omar Khan"}],
                   "datePublished":"2025-03-04T19:50:00+05:00","dateModified":"2025-03-05T08:00:00Z",
                   "articleSection":["City","News"],"keywords":"floods, transport",
                   "image":{"@type":"ImageObject","url":"/img/flood.jpg","caption":"The ring road under water"},
                   "publisher":{"@type":"Organization","name":"The Daily Example"}}]}</script>
                </head><body>%s</body></html>""".formatted(BODY);
        ExtractedArticle a = extract("https://www.example.com/city/floods-ring-road", html);
        assertThat(a.title()).isEqualTo("Floods close the ring road");
        assertThat(a.authors()).containsExactly("Jane Doe", "Omar Khan");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-03-04T14:50:00Z"));
        assertThat(a.publishedLocal()).isEqualTo("2025-03-04T19:50");
        assertThat(a.modifiedAt()).isEqualTo(Instant.parse("2025-03-05T08:00:00Z"));
        assertThat(a.section()).isEqualTo("City");
        assertThat(a.tags()).containsExactly("floods", "transport");
        assertThat(a.leadImageUrl()).isEqualTo("https://www.example.com/img/flood.jpg");
        assertThat(a.leadImageCaption()).isEqualTo("The ring road under water");
        assertThat(a.siteName()).isEqualTo("The Daily Example");
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.pageType()).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void brokenJsonLdFallsBackToOpenGraphAndArticleMeta() {
        String html = """
                <html><head><title>Markets rally on rate hopes - Example Wire</title>
                <script type="application/ld+json">{"@type":"NewsArticle", "headline": "unterminated</script>
                <meta property="og:title" content="Markets rally on rate hopes - Example Wire">
                <meta property="og:site_name" content="Example Wire">
                <meta property="og:url" content="https://wire.example/markets/rally">
                <meta property="og:image" content="https://wire.example/rally.jpg">
                <meta property="og:locale" content="en_US">
                <meta property="article:published_time" content="2025-03-04T09:59:00-05:00">
                <meta property="article:section" content="Markets">
                <meta property="article:tag" content="stocks"><meta property="article:tag" content="rates">
                <meta name="author" content="By Sam Lee and Ana Ruiz">
                </head><body>%s</body></html>""".formatted(BODY);
        ExtractedArticle a = extract("https://wire.example/markets/rally?utm_source=x", html);
        assertThat(a.title()).isEqualTo("Markets rally on rate hopes");
        assertThat(a.canonicalUrl()).isEqualTo("https://wire.example/markets/rally");
        assertThat(a.authors()).containsExactly("Sam Lee", "Ana Ruiz");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-03-04T14:59:00Z"));
        assertThat(a.tags()).containsExactly("stocks", "rates");
        assertThat(a.section()).isEqualTo("Markets");
        assertThat(a.language()).isEqualTo("en-US");
    }

    @Test
    void parselySailthruAndDublinCoreMetaAreRead() {
        String parsely = """
                <html><head><title>x</title><meta name="parsely-title" content="Council approves budget">
                <meta name="parsely-author" content="Lee Chan"><meta name="parsely-pub-date" content="2025-01-02T10:00:00Z">
                <meta name="parsely-section" content="Politics"><meta name="parsely-tags" content="budget,council"></head>
                <body>%s</body></html>""".formatted(BODY);
        ExtractedArticle p = extract("https://news.example/a", parsely);
        assertThat(p.title()).isEqualTo("Council approves budget");
        assertThat(p.authors()).containsExactly("Lee Chan");
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2025-01-02T10:00:00Z"));
        assertThat(p.section()).isEqualTo("Politics");
        assertThat(p.tags()).containsExactly("budget", "council");

        String dublinCore = """
                <html><head><meta name="DC.title" content="Harvest starts early">
                <meta name="DC.creator" content="Ines Moreau"><meta name="DC.date.issued" content="2024-08-01">
                <meta name="sailthru.tags" content="farming"></head><body>%s</body></html>""".formatted(BODY);
        ExtractedArticle d = extract("https://news.example/b", dublinCore);
        assertThat(d.title()).isEqualTo("Harvest starts early");
        assertThat(d.authors()).containsExactly("Ines Moreau");
        assertThat(d.publishedLocal()).isEqualTo("2024-08-01");
        assertThat(d.publishedAt()).as("a date alone is not an instant").isNull();
        assertThat(d.tags()).containsExactly("farming");
    }

    @Test
    void visibleBylineAndDateAreReadAndRemovedFromTheBody() {
        String html = """
                <html><head><title>Putin hails Myanmar ties - UrduPoint</title></head><body>
                <h1>Putin hails Myanmar ties</h1>
                <div class="byline">Faizan Hashmi</div>
                <p>Faizan Hashmi Published March 05, 2025 | 12:50 AM</p>
                <p>Putin hails Myanmar ties</p>
                <p>MOSCOW (AFP) - President Vladimir Putin on Tuesday praised Russia's developing ties with Myanmar, during a visit by the junta chief.</p>
                %s</body></html>""".formatted(BODY);
        ExtractedArticle a = extract("https://www.urdupoint.com/en/world/putin-hails-myanmar-ties.html", html);
        assertThat(a.title()).isEqualTo("Putin hails Myanmar ties");
        assertThat(a.authors()).containsExactly("Faizan Hashmi");
        assertThat(a.publishedLocal()).isEqualTo("2025-03-05T00:50");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-03-04T19:50:00Z"));
        assertThat(a.dateline()).isEqualTo("Moscow");
        assertThat(a.credit()).isEqualTo("AFP");
        assertThat(a.agency()).isEqualTo("AFP");
        assertThat(a.text()).startsWith("President Vladimir Putin on Tuesday praised").doesNotContain("Published");
    }

    @Test
    void aStandfirstMarkedInThePageIsTheSubtitleWhenNoMetaGivesOne() {
        String html = "<html><head><title>Quiet night</title></head><body><article><h1>Quiet night</h1>"
                + "<p class=\"article__dek\">The town slept through its first night without sirens in a\u00ad week.</p>"
                + BODY + "</article></body></html>";
        ExtractedArticle a = extract("https://news.example/quiet", html);
        assertThat(a.subtitle()).isEqualTo("The town slept through its first night without sirens in a week.");
    }

    @Test
    void aMetaDescriptionStaysTheSubtitleOverAMarkedStandfirst() {
        String html = "<html><head><title>Quiet night</title><meta name=description content=\"Sirens fell silent.\">"
                + "</head><body><article><h1>Quiet night</h1><p class=standfirst>The town slept through its first"
                + " night without sirens in a week.</p>" + BODY + "</article></body></html>";
        ExtractedArticle a = extract("https://news.example/quiet", html);
        assertThat(a.subtitle()).isEqualTo("Sirens fell silent.");
    }

    @Test
    void timeElementGivesTheDateWhenNoMetaDoes() {
        String html = "<html><head><title>Quiet night</title></head><body><article><h1>Quiet night</h1>"
                + "<time datetime=\"2023-11-20T21:15:00+01:00\">20 Nov</time>" + BODY + "</article></body></html>";
        ExtractedArticle a = extract("https://news.example/quiet", html);
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2023-11-20T20:15:00Z"));
    }

    @Test
    void anAgencyInTheBylineAreaOrTheCopyrightLineOutsideTheTextIsItsCredit() {
        String byline = "<html><head><title>Harbour reopens</title></head><body><h1>Harbour reopens</h1>"
                + "<div class=\"article-byline\">Written by The Associated Press</div>" + BODY + "</body></html>";
        assertThat(extract("https://news.example/harbour", byline).agency()).isEqualTo("AP");
        String footer = "<html><head><title>Harbour reopens</title></head><body><h1>Harbour reopens</h1>" + BODY
                + "<div class=\"legal\"><p>Copyright 2024 by The Associated Press. All rights reserved.</p></div>"
                + "</body></html>";
        ExtractedArticle a = extract("https://news.example/harbour", footer);
        assertThat(a.agency()).isEqualTo("AP");
        assertThat(a.credits()).extracting(c -> c.kind()).contains(io.newsline.ingest.extract.wire.CreditFinder.Kind.CLOSING);
    }

    @Test
    void aBylineAreaOrCopyrightLineWithoutAnAgencyIsNoCredit() {
        String html = "<html><head><title>Harbour reopens</title></head><body><h1>Harbour reopens</h1>"
                + "<div class=\"byline\">By Jane Doe, Harbour Weekly</div>" + BODY
                + "<p class=\"source\">The mayor told Reuters the port would stay open.</p>"
                + "<footer><p>Copyright 2024 Harbour Weekly Media. All rights reserved.</p></footer></body></html>";
        ExtractedArticle a = extract("https://news.example/harbour", html);
        assertThat(a.agency()).isNull();
    }

    @Test
    void navigationLinksTakenForAuthorsNameNoAgency() {
        String links = "<html><head><title>Harbour reopens</title><meta name=\"author\" content=\"Archive, RSS\">"
                + "</head><body>" + BODY + "</body></html>";
        assertThat(extract("https://news.example/harbour", links).agency()).isNull();
        String byline = "<html><head><title>Harbour reopens</title><meta name=\"author\" content=\"RSS\">"
                + "</head><body>" + BODY + "</body></html>";
        assertThat(extract("https://news.example/harbour", byline).agency()).isEqualTo("RSS");
    }

    @Test
    void agencyByLineAndClosingCreditAreRecognised() {
        String html = "<html><head><title>Quake hits coast</title><meta name=\"author\" content=\"By AFP\"></head><body>"
                + BODY + "<p>-- Reuters</p></body></html>";
        ExtractedArticle a = extract("https://news.example/quake", html);
        assertThat(a.authors()).containsExactly("AFP");
        assertThat(a.agency()).isIn("AFP", "Reuters");
        assertThat(a.text()).doesNotEndWith("Reuters");
        assertThat(a.credit()).isEqualTo("Reuters");
    }

    @Test
    void pagesWithoutAStoryAreFlaggedNotArticles() {
        ExtractedArticle empty = extract("https://news.example/empty", "<html><head><title>Nothing</title></head><body></body></html>");
        assertThat(empty.pageType()).isEqualTo(PageType.NOT_ARTICLE);
        assertThat(empty.pageTypeReason()).isEqualTo("empty-body");

        ExtractedArticle stub = extract("https://news.example/stub", "<html><body><p>Short note only.</p></body></html>");
        assertThat(stub.pageType()).isEqualTo(PageType.NOT_ARTICLE);
        assertThat(stub.pageTypeReason()).isEqualTo("too-short");

        ExtractedArticle home = extract("https://news.example/", "<html><head><meta property=\"og:type\" content=\"website\">"
                + "</head><body><ul><li>Story one</li><li>Story two</li></ul></body></html>");
        assertThat(home.pageType()).isEqualTo(PageType.NOT_ARTICLE);
        assertThat(home.pageTypeReason()).isEqualTo("index-page");
    }

    @Test
    void brokenMarkupNeverThrows() {
        String html = "<html><head><title>Broken <b>page</title><meta property=og:title content='Broken page'"
                + "<body><p>Unclosed <div><table><tr><td>" + BODY + "<script>var x = '</p>';</scr";
        ExtractedArticle a = extract("https://news.example/broken", html);
        assertThat(a.title()).isNotBlank();
        assertThat(a.url()).isEqualTo("https://news.example/broken");
    }

    @Test
    void randomTagSoupNeverThrows() {
        String[] pieces = {"<p>", "</p>", "<div class=\"byline\">", "By ", "MOSCOW (AFP) - ", "<script type=\"application/ld+json\">",
            "{\"@type\":\"NewsArticle\",\"author\":[", "]}", "</script>", "<meta property=\"og:title\" content=\"",
            "\">", "March 05, 2025 | 12:50 AM", "<time datetime=\"2025-13-45T99:99\">", "&#8217;&amp;&", "\u0000",
            "Published", " word", "<html lang=\"zz-!!\">", "<title>", "</title>", " | Site", "\uFFFD", "<!--", "-->"};
        java.util.Random random = new java.util.Random(42);
        for (int page = 0; page < 300; page++) {
            StringBuilder html = new StringBuilder();
            for (int i = 0, n = random.nextInt(120); i < n; i++) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            ExtractionResult result = EXTRACTOR.extract(new PageInput("https://news.example/p" + page, null, "text/html",
                    html.toString().getBytes(StandardCharsets.UTF_8), Map.of()));
            // Pages made mostly of NUL pieces are rightly refused as binary; nothing else may come out.
            if (result instanceof ExtractionResult.Failed failed) {
                assertThat(failed.reason()).isEqualTo(FailureReason.UNDECODABLE);
            }
        }
    }
}
