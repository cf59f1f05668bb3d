package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.BlockKind;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {

    private static final String P1 = "The city council voted on Tuesday to expand the tram network by twelve kilometres,"
            + " ending a dispute that had lasted more than three years.";
    private static final String P2 = "Supporters said the line would cut commuting times in half for residents of the"
            + " northern districts, while opponents warned about the cost to taxpayers.";
    private static final String P3 = "Construction is due to start next spring and the first trams should run in 2029,"
            + " according to the transport department, which will publish a timetable.";

    private final MainTextExtractor extractor = new MainTextExtractor();

    private static String story() {
        return "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    }

    private List<Block> extract(String html) {
        return extractor.extractBody(Jsoup.parse(html, "https://news.example/story"));
    }

    private String text(String html) {
        return extract(html).stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    @Test
    void keepsStoryParagraphsInOrder() {
        List<Block> blocks = extract("<html><body><div class=wrap>" + story() + "</div></body></html>");

        assertThat(blocks).containsExactly(Block.paragraph(P1), Block.paragraph(P2), Block.paragraph(P3));
    }

    @Test
    void keepsEveryParagraphOfAShortPostWhoseOneLongParagraphOutscoresThePost() {
        // a photo blog's post: two short lines, one long paragraph, one closing sentence, under a meta line of
        // tag links and over a share bar whose labels count against the post: the long paragraph alone scores
        // above the post that holds it
        String long1 = "For the ISO value the camera chose on its own the picture looks decent, if a little noisy;"
                + " the vapour trail had gone by the time I had steadied the camera on the railing and taken a"
                + " second, longer exposure at ISO 80, which I like better, though it almost reads like a calendar"
                + " motto now.";
        String closing = "Had the aeroplane been a meteor, I could have wished for a second trail in the second"
                + " picture, and then it would have been even better.";
        String html = "<body><div id=wrapper><div class=content><div class=\"post type-post\" id=post-27529>"
                + "<h1>Silhouette (3)</h1><small class=post-meta><b>Published:</b> 05.01.2020 | <b>Filed under:</b>"
                + " <a href=/c/camera>Compact camera</a>, <a href=/c/photo>Photography</a> | <b>Tags:</b>"
                + " <a href=/t/sky>Evening sky</a>, <a href=/t/back>Backlight</a>, <a href=/t/sil>Silhouette</a>"
                + " | <a href=#comments>5 comments</a></small>"
                + "<p><a href=/pic.jpg><img src=/pic.jpg alt=roofs></a></p>"
                + "<p>The town lies black and silent…</p><p>It all began with a shot taken by hand:</p>"
                + "<p><a href=/pic2.jpg><img src=/pic2.jpg alt=roofs></a></p>"
                + "<p>" + long1 + "</p><p>" + closing + "</p>"
                + "<div class=sharedaddy><h3>Share this:</h3><ul>" + "<li><a href=#>Click to share on Twitter"
                + " (opens in a new window)</a></li><li><a href=#>Click to share on Facebook (opens in a new window)"
                + "</a></li><li><a href=#>Click to print (opens in a new window)</a></li><li><a href=#>Click to"
                + " email a link to a friend (opens in a new window)</a></li><li><a href=#>Click to share on"
                + " Pinterest (opens in a new window)</a></li><li><a href=#>Click to share on LinkedIn (opens in a"
                + " new window)</a></li><li><a href=#>Click to share on Tumblr (opens in a new window)</a></li>"
                + "</ul><h3>Like this:</h3><div>Like Loading...</div></div>"
                + "</div></div></div></body>";

        assertThat(text(html))
                .contains("The town lies black and silent…", "It all began with a shot taken by hand:", long1, closing)
                .doesNotContain("Filed under", "share on Twitter", "Like this");
    }

    @Test
    void keepsEveryItemOfAPostWrittenAsAListWhoseOneLongItemOutscoresThePost() {
        // a film post: an embedded video, then a list of two items, the film's title and its synopsis with credits,
        // over a rating widget and a share bar whose labels count against the post
        String synopsis = "A nearly wordless visual narrative intercuts two main stories and a couple of minor ones:"
                + " a woman brings forth her baby to a crowd of intrusive photographers and tries to flee them,"
                + " while two men, lovers, are arrested, tarred, feathered and beaten in a world of power lines."
                + " Director: Derek Jarman · Stars: Tilda Swinton, Johnny Mills and Philip MacDonald";
        String html = "<body><div class=post><h1 class=entry-title><a href=/garden>The Garden</a></h1>"
                + "<div class=\"entry entry-content\"><p>&nbsp;</p><div><a href=/x><img src=/stars.gif></a></div>"
                + "<p>&nbsp;<br><span class=embed-youtube><iframe src=/v></iframe></span></p>"
                + "<ul><li>The Garden · Derek Jarman (1990) </li><li>" + synopsis + "</li></ul><p>&nbsp;</p>"
                + "<div class=sharedaddy><h3>Rate this:</h3><div class=rating></div><h3>Share with:</h3><ul>"
                + "<li><a href=/s1>Facebook</a></li><li><a href=/s2>Twitter</a></li><li><a href=/s3>Email</a></li>"
                + "<li><a href=/s4>Print</a></li></ul><h3>Like this:</h3><div>Like Loading...</div></div>"
                + "</div></div></body>";

        assertThat(text(html)).contains("The Garden · Derek Jarman (1990)", synopsis);
    }

    @Test
    void rulesKeepAShortPostInItsNamedBodyOverALongerSidebarBlurb() {
        // a two-sentence post: too little prose to trust on its own, while the sidebar's text widget holds more;
        // the rules' answer is the post (what the fallbacks for short answers make of it is tested apart)
        String post = "I would invest in smart and economical charging columns for electric cars. I wonder why"
                + " there are none yet that compete on service.";
        String html = "<body><div id=page><div id=content><main id=main><article class=\"post type-post\">"
                + "<header><h1><a href=/2020/columns>Charging columns</a></h1></header>"
                + "<div class=entry-content><p>" + post + "</p><p>Thanks for the tip, commission 2%.</p></div>"
                + "</article></main><div id=secondary class=widget-area><aside class=\"widget widget_text\">"
                + "<h2 class=widget-title>A small series: born entrepreneurs</h2><div class=textwidget><p>Insights"
                + " and findings of entrepreneurs, investors, artists such as famous designers, and scientists such"
                + " as famous mathematicians, among others: my small blog series about business development and"
                + " everything around it.</p><p>By now there is a good dozen articles in this series. Enjoy them,"
                + " and I hope you find some good insight in them.</p></div></aside></div></div></div></body>";

        String rules = extractor.analyse(Jsoup.parse(html, "https://blog.example/2020/columns"), false).rules()
                .stream().map(Block::text).collect(Collectors.joining("\n"));

        assertThat(rules).contains(post).doesNotContain("blog series", "good dozen");
    }

    @Test
    void dropsNavigationMenus() {
        String html = "<body><nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a></li></ul></nav>"
                + "<div class=main-menu><a href=/a>Politics</a> <a href=/b>Sport</a></div>"
                + "<article>" + story() + "</article></body>";

        assertThat(text(html)).doesNotContain("Home", "World", "Politics", "Sport").contains(P1, P3);
    }

    @Test
    void dropsShareBars() {
        String html = "<body><article><div class=social-share><a href=#>Share on Facebook</a><a href=#>Tweet</a>"
                + "<span>Email this story to a friend who cares about trams</span></div>" + story()
                + "<div class=\"shareBar\"><a href=#>WhatsApp</a></div></article></body>";

        assertThat(text(html)).doesNotContain("Facebook", "Tweet", "Email this story", "WhatsApp").contains(P1);
    }

    @Test
    void dropsRelatedAndRecentStoryLists() {
        String html = "<body><article>" + story() + "<h3>Related stories</h3><ul class=list>"
                + "<li><a href=/1>Council approves a new budget for the coming year after a long debate</a></li>"
                + "<li><a href=/2>Bus drivers announce a strike for next week over wages and hours</a></li></ul>"
                + "<div class=recent-posts><p>Recent: a long teaser paragraph about another story that should not"
                + " be part of this article at all, even though it is long</p></div></article></body>";

        String text = text(html);
        assertThat(text).doesNotContain("Council approves", "Bus drivers", "Related stories", "Recent:");
        assertThat(text).contains(P1, P2, P3);
    }

    @Test
    void dropsCommentSectionsEvenWhenTheyHoldLongProse() {
        String comment = "I have lived in the northern district for twenty years and I can tell you that this tram"
                + " line is the best news we have had in a long time, even if it is expensive.";
        String html = "<body><article>" + story() + "</article><section id=comments><h2>42 comments</h2>"
                + ("<div class=comment-body><p>" + comment + "</p><p>" + comment + "</p></div>").repeat(4)
                + "</section></body>";

        assertThat(text(html)).doesNotContain("twenty years", "42 comments").contains(P1, P3);
    }

    @Test
    void dropsCookieAndSubscriptionNotices() {
        String html = "<body><div id=cookie-consent><p>We use cookies to improve your experience on our website and"
                + " to show you personalised advertising. By continuing you agree.</p></div><article>" + story()
                + "<div class=paywall-notice><p>Subscribe now to read unlimited articles for just one euro in the"
                + " first month, cancel at any time.</p></div></article></body>";

        assertThat(text(html)).doesNotContain("cookies", "Subscribe now").contains(P1, P3);
    }

    @Test
    void keepsStoryTextThatAPaywallWrapperHoldsForSubscribers() {
        String more = "<p>" + P1.replace("city council", "regional assembly") + "</p><p>"
                + P2.replace("Supporters", "Backers") + "</p><p>" + P3.replace("Construction", "Building work") + "</p>"
                + "<p>" + P1.replace("Tuesday", "Wednesday") + "</p><p>" + P2.replace("taxpayers", "residents") + "</p>";
        String html = "<body><article><div class=article-body><p>" + P1 + "</p><div class=paywall>" + more
                + "</div></div></article></body>";

        assertThat(text(html)).contains(P1, "regional assembly", "Building work", "Wednesday");
    }

    @Test
    void dropsPromoLinesAndLeftoverShortcodes() {
        String html = "<body><article><p>" + P1 + "</p><p>DON'T MISS</p><p>There's plenty more where that came"
                + " from. Sign up for our free daily newsletter delivered to your inbox.</p><p>[button link=\"/submit\"]"
                + "Send us your review[/button]</p><p>This slideshow requires JavaScript.</p><p>" + P2
                + "</p></article></body>";

        assertThat(text(html)).isEqualTo(P1 + "\n" + P2);
    }

    @Test
    void dropsNewsletterPromos() {
        String html = "<body><article>" + story().replace("<p>" + P3, "<div class=newsletter-signup><p>Get the"
                + " morning briefing in your inbox every weekday, with the stories that matter to you.</p></div><p>"
                + P3) + "</article></body>";

        assertThat(text(html)).doesNotContain("morning briefing").contains(P1, P2, P3);
    }

    @Test
    void dropsPhotoCaptionsAndCredits() {
        String html = "<body><article><figure><img src=a.jpg><figcaption>A tram in the city centre on Monday."
                + " Photo: Jane Roe</figcaption></figure>" + story()
                + "<div class=image-credit>Photograph by John Doe for the daily paper</div>"
                + "<p>Photo: Reuters</p><p>Trams queue at the depot before the morning rush (Image: GETTY )</p>"
                + "</article></body>";

        assertThat(text(html)).doesNotContain("A tram in the city centre", "John Doe", "Reuters", "depot")
                .contains(P1);
    }

    @Test
    void dropsBylinesDatesAndAdvertisementLabels() {
        String html = "<body><article><div class=byline>By Jane Roe, City Reporter</div>"
                + "<time class=timestamp>Updated 5:30 PM</time>" + "<p>" + P1 + "</p><div class=ad-slot>"
                + "<span>Advertisement</span></div><p>Advertisement</p><p>" + P2 + "</p><p>" + P3
                + "</p></article></body>";

        assertThat(text(html)).doesNotContain("Jane Roe", "5:30", "Advertisement").contains(P1, P2, P3);
    }

    @Test
    void keepsShortStorySentencesThatOnlyLookLikePageFurniture() {
        String html = "<body><article><p>" + P1 + "</p><p>Published reports suggest the deal is done.</p><p>"
                + P2 + "</p></article></body>";

        assertThat(text(html)).contains("Published reports suggest the deal is done.");
    }

    @Test
    void keepsHeadingsListItemsAndQuotesWithTheirKinds() {
        String html = "<body><article>" + story() + "<h2>What happens next</h2><ul><li>Public hearings begin in"
                + " January</li><li>Tenders close in March</li></ul><blockquote><p>It is a historic day for the"
                + " city</p></blockquote><p>" + P3.replace("Construction", "Work") + "</p></article></body>";

        List<Block> blocks = extract(html);

        assertThat(blocks).contains(new Block(BlockKind.HEADING, "What happens next"),
                new Block(BlockKind.LIST_ITEM, "Public hearings begin in January"),
                new Block(BlockKind.LIST_ITEM, "Tenders close in March"),
                new Block(BlockKind.QUOTE, "It is a historic day for the city"));
    }

    @Test
    void dropsTheHeadlineWhenTheBodyRepeatsIt() {
        String html = "<html><head><title>Council expands tram network | Example News</title></head><body>"
                + "<article><h1>Council expands tram network</h1>" + story() + "</article></body></html>";

        assertThat(text(html)).doesNotContain("Council expands tram network").startsWith(P1);
    }

    @Test
    void joinsABodySplitAcrossSiblingColumnsAndLeavesTheSidebarOut() {
        String html = "<body><div class=page><section class=story><div class=col><p>" + P1 + "</p></div>"
                + "<div class=col><p>" + P2 + "</p></div><div class=col><p>" + P3 + "</p></div></section>"
                + "<div class=sidebar><h4>Most read</h4><ol><li><a href=/x>Another headline that is long enough"
                + " to matter</a></li><li><a href=/y>And one more headline with quite a few words</a></li></ol>"
                + "</div></div></body>";

        assertThat(text(html)).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
    }

    @Test
    void prefersTheNamedArticleBodyOverNeighbouringTeasers() {
        String teaser = "<div class=box><h2><a href=/t>Other story</a></h2><p>An unrelated teaser paragraph that"
                + " is long enough to look like prose to a naive text-density scorer, and it repeats.</p></div>";
        String html = "<body><main><div class=entry-content><p>" + P1 + "</p><p>" + P2 + "</p></div>"
                + teaser.repeat(5) + "</main></body>";

        assertThat(text(html)).isEqualTo(P1 + "\n" + P2);
    }

    @Test
    void dropsFeedsOfOtherStoriesBelowTheArticle() {
        String item = "<article class=card><h2><a href=/other>A headline of some other story on the site</a></h2>"
                + "<div class=description><p>A blurb for that other story, long enough to read like a sentence of"
                + " prose to a scorer.</p></div></article>";
        String html = "<body><section><article class=story>" + story() + "</article>" + item.repeat(6)
                + "<div class=card><span>RANDY ANDY</span><a href=/x>A kicker and a headline link and nothing"
                + " else</a></div></section></body>";

        assertThat(text(html)).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
    }

    @Test
    void endsTheBodyWhereAHeadingIntroducesOtherStoriesInTheSameContainer() {
        // teasers with blurbs of their own and no links in the text: neither link-dense nor named as related
        String teasers = "<h3>Das könnte Sie auch interessieren</h3>"
                + "<p>Nein, es waren nicht die Dinosaurier: für Jahrmillionen war der Planet mehrheitlich still.</p>"
                + "<p>Der Mekong fliesst durch ein Gebiet, in dem jedes Jahr neue Tierarten entdeckt werden.</p>";
        String html = "<body><div class=main>" + story() + teasers + "</div></body>";

        assertThat(text(html)).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
    }

    @Test
    void aLineThatPointsToOtherStoriesBeforeMostOfTheStoryDoesNotEndIt() {
        String html = "<body><div class=main><p>" + P1 + "</p><p>" + P2 + "</p><h3>Mehr zum Thema</h3><p>" + P3
                + "</p></div></body>";

        assertThat(text(html)).isEqualTo(P1 + "\n" + P2 + "\nMehr zum Thema\n" + P3);
    }

    @Test
    void aListPostIsNotTradedForTheReadersCommentsUnderIt() {
        // a ranking of a hundred names, one per line: little prose by the measure of sentences, while each of the
        // comments below it is a paragraph; a pass ignoring names finds the comments, which are never the story
        StringBuilder ranking = new StringBuilder("<p>Here is the magazine's ranking of the best singers of all time,"
                + " as its editors voted for it this winter. We do not agree with all of it, and some of our readers"
                + " will not either, but it makes for a fine argument over dinner, and that is what lists are for."
                + " Some of the names near the top surprised us more than the ones at the bottom.</p><p>");
        for (int i = 1; i <= 100; i++) {
            ranking.append(i).append(". Singer Number ").append(i).append("<br>");
        }
        ranking.append("</p>");
        StringBuilder comments = new StringBuilder("<div id=comments><dl id=comment_list>");
        for (int i = 0; i < 12; i++) {
            comments.append("<dt class=comment><span>Reader ").append(i).append("</span></dt><dd class=comment><p>")
                    .append(P1).append(' ').append(P2).append("</p></dd>");
        }
        comments.append("</dl></div>");
        String html = "<body><div id=content><div class=post><div class=entry-content>" + ranking + "</div></div>"
                + comments + "</div></body>";

        assertThat(text(html)).contains("1. Singer Number 1", "100. Singer Number 100").doesNotContain(P1);
    }

    @Test
    void keepsAShortStoryWhoseHeadlineLinksToItself() {
        String html = "<body><div class=post><h1><a href=/story>Council expands tram network</a></h1><p>" + P1
                + "</p></div><div class=links><a href=/a>Archive</a></div></body>";

        assertThat(text(html)).isEqualTo(P1);
    }

    @Test
    void keepsAStoryWrappedInAnElementWithAMisleadingName() {
        String html = "<body><div class=\"content has-sidebar\">" + story() + story().replace("The city", "A city")
                + "</div><div class=sidebar><a href=/z>Weather</a></div></body>";

        assertThat(text(html)).contains(P1, P2, P3).doesNotContain("Weather");
    }

    @Test
    void dropsLinkListsInsideTheBody() {
        String html = "<body><article>" + story() + "<p><a href=/a>Read the full council report on the tram"
                + " extension</a></p><p>More: <a href=/b>How the northern district grew over twenty years</a></p>"
                + "</article></body>";

        assertThat(text(html)).doesNotContain("council report", "northern district grew");
    }

    @Test
    void splitsParagraphsAtLineBreaks() {
        String html = "<body><div id=text>" + P1 + "<br><br>" + P2 + "<br>" + P3 + "</div></body>";

        assertThat(extract(html)).extracting(Block::text).containsExactly(P1, P2, P3);
    }

    @Test
    void returnsNothingForAPageWithoutProse() {
        String html = "<body><nav><a href=/>Home</a></nav><ul><li><a href=/1>One</a></li><li><a href=/2>Two</a>"
                + "</li></ul><footer>© 2026 Example</footer></body>";

        assertThat(extract(html)).isEmpty();
    }

    @Test
    void leavesTheDocumentUnchanged() {
        Document document = Jsoup.parse("<body><nav>Menu</nav><article>" + story()
                + "<div class=share>Share</div></article></body>");
        String before = document.outerHtml();

        extractor.extractBody(document);

        assertThat(document.outerHtml()).isEqualTo(before);
    }

    @Test
    void skipsScriptsStylesAndHiddenElements() {
        String html = "<body><article><script>var tracking = 'a long script string that is not prose at all';"
                + "</script><style>.a{color:red}</style><div style=\"display: none\">Hidden sign-in form text"
                + "</div>" + story() + "</article></body>";

        assertThat(text(html)).doesNotContain("tracking", "color", "Hidden sign-in").contains(P1);
    }

    @Test
    void givesTheSameResultWhenOneInstanceServesManyThreads() throws Exception {
        String[] pages = {
            "<body><nav>Menu</nav><article>" + story() + "</article></body>",
            "<body><div class=entry-content><p>" + P2 + "</p></div><div class=related><a href=/r>Other</a></div></body>",
            "<body><div id=text>" + P3 + "<br><br>" + P1 + "</div></body>"
        };
        List<List<Block>> expected = java.util.Arrays.stream(pages).map(this::extract).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> checks = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int page = i % pages.length;
                checks.add(pool.submit(() -> extract(pages[page]).equals(expected.get(page))));
            }
            for (java.util.concurrent.Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void copesWithEmptyDocumentsAndBrokenMarkup() {
        assertThat(extractor.extractBody(new Document(""))).isEmpty();
        assertThat(extract("")).isEmpty();

        String broken = "<div><p>" + P1 + "<b>unclosed bold <table><tr><td>" + P2 + "</div></span></p><p>" + P3;
        assertThat(text(broken)).contains("twelve kilometres", "northern districts", "first trams");
    }

    @Test
    void rejectsInvalidSettings() {
        assertThatThrownBy(() -> new MainTextSettings(0, 0.4, 0.5, 0.5, 600, 0.6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MainTextSettings(40, 1.5, 0.5, 0.5, 600, 0.6))
                .isInstanceOf(IllegalArgumentException.class);
    }
    @Test
    void anUnclosedBookmarkAnchorDoesNotTurnThePageIntoLinkText() {
        // old pages open <a name="top"> and never close it; the parser repeats it around every block
        String html = "<body><a name=top><table><tr><td><a href=/>Home</a> <a href=/reviews>Reviews</a></td></tr>"
                + "</table><table><tr><td>" + story() + "</td></tr></table></body>";

        assertThat(text(html)).contains(P1, P2, P3);
    }

    @Test
    void softHyphensAreLeftOutOfWords() {
        String html = "<body><article><p>The city coun\u00adcil voted on Tues\u00adday to expand the tram network by"
                + " twelve kilometres, ending a long dispute.</p>" + story() + "</article></body>";

        assertThat(text(html)).contains("The city council voted on Tuesday").doesNotContain("\u00ad");
    }
    @Test
    void aStoryInAWrapperNamedLikeBoilerplateBeatsASmallPieceOfProseElsewhere() {
        // "commented" reads as a comment box; the story is three times longer than anything else on the page
        String reply = "My camping gear addiction is one I need to work on, and these tips about waiting a week before"
                + " buying anything at all sound like exactly what I needed to hear this month, thanks a lot.";
        String html = "<body><article class=\"post commented\">" + story() + story() + story() + "</article>"
                + "<section class=replies><div class=reply-content><p>" + reply + "</p><p>" + reply + "</p></div>"
                + "<ul>" + "<li><a href=/u>campinglover1987 replied to this</a> <a href=/r>Reply</a></li>".repeat(20)
                + "</ul></section></body>";

        assertThat(text(html)).contains(P1, P2, P3).doesNotContain("camping gear");
    }
    @Test
    void aStoryCutIntoSeveralTextContainersByAGalleryIsKeptWhole() {
        String html = "<body><article><div class=block><div class=cell><div class=article-text><p>" + P1 + "</p><p>" + P2
                + "</p></div></div></div><div class=gallery-block>"
                + "<a href=/g>Gallery photo of the new tram line and its stops</a> ".repeat(12) + "</div>"
                + "<div class=block><div class=cell><div class=article-text><p>" + P3 + "</p></div></div></div>"
                + "</article><div class=more><div class=teaser-text><p>Another story entirely, about a different city"
                + " and its buses, which nobody reading this one asked for at all.</p></div></div></body>";

        assertThat(text(html)).contains(P1, P2, P3).doesNotContain("Gallery", "buses");
    }
    @Test
    void partsOfOneStoryWhoseClassesDifferOnlyInTheirNumbersAreKeptWhole() {
        String html = "<body><div class=page><div class=cell><div class=\"story-body story-body-1\"><p>" + P1
                + "</p><p>" + P2 + "</p></div></div><div class=interrupter>"
                + "<a href=/m>More on the tram line and the council vote</a> ".repeat(12) + "</div>"
                + "<div class=cell><div class=\"story-body story-body-2\"><p>" + P3 + "</p></div></div></div></body>";

        assertThat(text(html)).contains(P1, P2, P3).doesNotContain("More on the tram line");
    }

    @Test
    void aStoryWhoseParagraphsAreEachAContainerOfTheBodysClassWithoutParagraphTagsIsKeptWhole() {
        // an older layout: each paragraph its own <div class="articletext">, text straight inside, <br> between
        String html = "<body><table><tr><td class=nav><a href=/a>News</a> <a href=/b>Features</a></td><td>"
                + "<div class=title>Tram line approved</div><div class=articletext>" + P1 + " " + P2 + "</div><br>"
                + "<div class=articletext>" + P3 + "</div><br><div class=articletext>" + P2 + "</div><br>"
                + "<div class=articletext><a href=/top>Return to top</a></div><div class=breakhead>References</div>"
                + "<table>" + "<tr><td>1.</td><td><a href=/r>http://www.example.org/council/minutes/2026</a><br>Return"
                + " to citation in text: <a href=#c>1</a></td></tr>".repeat(15) + "</table></td></tr></table></body>";

        // the first paragraph's container is named as a body and holds enough prose to be the body on its own
        assertThat(text(html)).contains(P1, P2, P3).doesNotContain("Return to top", "citation");
    }

    @Test
    void anElementOfTheBodysClassButAnotherTagIsNoPartOfIt() {
        String aside = "Readers wrote in about the buses of another city, which this story does not cover at all.";
        String html = "<body><div class=page><div class=cell><div class=\"story-body story-body-1\"><p>" + P1
                + "</p><p>" + P2 + "</p></div></div><div class=interrupter>"
                + "<a href=/m>More on the tram line and the council vote</a> ".repeat(12) + "</div>"
                + "<section class=\"story-body story-body-2\"><p>" + aside + "</p></section>"
                + "<div class=cell><div class=\"story-body story-body-3\"><p>" + P3 + "</p></div></div></div></body>";

        // only elements of the body's tag are asked for its class: the section is left out, the third div joined
        assertThat(text(html)).contains(P1, P2, P3).doesNotContain(aside);
    }

    @Test
    void aNumberedLayoutColumnBesideTheStoryIsNotJoinedToIt() {
        String html = "<body><div class=grid><div class=col-1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div><div class=col-2><p>Another story entirely, about a different city and its buses,"
                + " which nobody reading this one asked for at all.</p>"
                + "<p><a href=/more>More stories from the city desk and the transport team</a></p>".repeat(12)
                + "</div></div></body>";

        assertThat(text(html)).contains(P1, P2, P3).doesNotContain("buses");
    }

    @Test
    void commentsInsideAPostWhoseWrapperIsMisleadinglyNamedAreStillDropped() {
        String reply = "I commute on the northern line every day and honestly I doubt it will ever be finished on time.";
        String html = "<body><div class=\"post author-sarah\">" + story() + story()
                + "<div class=comments><p>" + reply + "</p><p>" + reply + "</p><p>" + reply + "</p></div></div>"
                + "</body>";

        // the author's name on the wrapper reads as an author box, so the story is found ignoring names; the
        // comment thread under it is still named as one
        assertThat(text(html)).contains(P1, P2, P3).doesNotContain("I commute");
    }

    @Test
    void namesInsideABodyFoundIgnoringNamesAreNotHonouredWhenTheyHoldMostOfItsProse() {
        String html = "<body><div class=\"post author-sarah\"><p>A short introduction to the council's decision"
                + " on the northern tram line, which has divided the city for years. The mayor, the transport"
                + " department and the residents' associations all had their say before the final vote.</p><div class=related-text>" + story() + "</div></div></body>";

        assertThat(text(html)).contains("A short introduction", P1, P2, P3);
    }

    @Test
    void listItemsOfTheStoryThatAreMostlyLinksButReadAsSentencesAreKept() {
        String html = "<body><article>" + story() + "<ul>"
                + "<li><a href=/b/1>Anna Berg fixed the timetable export</a> for the northern line</li>"
                + "<li><a href=/b/2>The ticket machines now accept contactless</a> cards at every stop</li>"
                + "</ul></article></body>";

        assertThat(text(html)).contains(P1, P3, "Anna Berg fixed the timetable export for the northern line",
                "The ticket machines now accept contactless cards at every stop");
    }

    @Test
    void shortLinkedListItemsInsideTheStoryAreStillDropped() {
        String html = "<body><article>" + story() + "<ul><li><a href=/t/trams>Trams</a></li>"
                + "<li><a href=/t/council>City council</a></li><li><a href=/t/north>Northern districts news</a></li>"
                + "</ul></article></body>";

        assertThat(text(html)).contains(P1, P3).doesNotContain("Trams", "City council", "Northern districts");
    }

    @Test
    void chineseProseCutIntoLinesIsFoundAsTheBody() {
        String lines = "一波波接續性低溫寒流報到已將山巒披上嫣紅的彩衣<br>玉峰道路一路上雲氣山嵐滯留山頭久久不散<br>"
                + "順路下切蜿蜒道路後不久即抵達來到國小營地<br>營地主人熱情地招呼我們在楓樹下搭起帳篷<br>";
        String html = "<body><div class=menu><a href=/a>首頁</a> <a href=/b>相簿</a> <a href=/c>留言板</a></div>"
                + "<div class=post>" + lines + lines + lines + "</div>"
                + "<div class=legal><p>All photographs on this blog are the property of their authors, reuse only"
                + " with permission.</p></div></body>";

        // counted letter by letter, the Latin notice would be the only prose on the page
        assertThat(text(html)).contains("一波波接續性低溫寒流報到已將山巒披上嫣紅的彩衣", "營地主人熱情地招呼我們在楓樹下搭起帳篷")
                .doesNotContain("留言板");
    }
}
