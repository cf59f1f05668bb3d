package io.newsline.ingest.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class CreditAreasTest {

    private static final List<String> WORDS = List.of("byline", "author", "dateline", "source", "agency");

    @Test
    void bylineAreaIsReadFromClassOrIdNamingOne() {
        String html = "<body><p class='story-Byline'>By The Associated Press</p><div id='authority'>Not a byline</div>"
                + "<span class='x sources'>Reuters</span><p>Story text</p></body>";
        assertThat(CreditAreas.bylineLines(Jsoup.parse(html))).containsExactly("By The Associated Press", "Reuters");
    }

    @Test
    void aFeedLinkAmongAnAuthorsSocialLinksIsNoBylineButASourceNamedInTheAreaIs() {
        String html = "<body><div class='author'>Antonio Regalado</div><ul class='author-social-icons'><li>"
                + "<a href='/contributor/antonio-regalado/rss/' class='social-rss'>RSS</a></li></ul>"
                + "<span class='author-links'>Editor <a href='/feed'>RSS</a> <a href='/about'>About</a></span>"
                + "<p class='source'><a href='/agencies/rastriya-samachar-samiti'>RSS</a></p><p>Story text</p></body>";

        // the feed links' text goes; a link to the agency's own page (no feed in its address) stays a credit line
        assertThat(CreditAreas.bylineLines(Jsoup.parse(html)))
                .containsExactly("Antonio Regalado", "Editor About", "RSS");
    }

    @Test
    void preCheckPassesEveryNameTheExpressionMatches() {
        // every character before, inside and after each word, in either case of the word
        List<String> disagreeing = new ArrayList<>();
        for (String word : WORDS) {
            for (String cased : List.of(word, word.toUpperCase(Locale.ROOT))) {
                for (char c = 0; c < Character.MAX_VALUE; c++) {
                    check(c + cased, disagreeing);
                    check("x" + c + cased + "s", disagreeing);
                    check(cased + c, disagreeing);
                    for (int k = 0; k < cased.length(); k++) {
                        check("a-" + cased.substring(0, k) + c + cased.substring(k + 1) + "-b", disagreeing);
                    }
                }
            }
        }
        assertThat(disagreeing).isEmpty();
    }

    @Test
    void preCheckRejectsNamesWithoutAWordAtAPartStart() {
        assertThat(CreditAreas.mayNameBylineArea("")).isFalse();
        assertThat(CreditAreas.mayNameBylineArea("article-body")).isFalse();
        assertThat(CreditAreas.mayNameBylineArea("coauthor")).isFalse();
        assertThat(CreditAreas.namesBylineArea("authority")).isFalse();
        assertThat(CreditAreas.namesBylineArea("post_AUTHORS main")).isTrue();
    }

    @Test
    void oneWalkOfTheAttributesReadsThemAsElementAttrDoes() throws IOException {
        List<Element> elements = new ArrayList<>();
        try (Stream<Path> pages = Files.list(Path.of("src/test/resources/golden/html"))) {
            for (Path page : pages.filter(p -> p.toString().matches(".*\\.html?(\\.gz)?")).toList()) {
                byte[] bytes = Files.readAllBytes(page);
                if (page.toString().endsWith(".gz")) {
                    bytes = new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
                }
                elements.addAll(Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).getAllElements());
            }
        }
        // odd cases: upper-case and repeated keys (kept as written by the XML parser), a class trimmed of control
        // characters, values empty or absent
        Document odd = Jsoup.parse("<r><e CLASS='\u0001byline'/><e class=' x' Class='byline'/><e ID='author'/>"
                + "<e itemprop='AUTHOR' rel='x'/><e Rel='Author'/><e class='' id='dateline'/><e class/><e id/></r>", "",
                Parser.xmlParser());
        elements.addAll(odd.getAllElements());
        assertThat(elements).hasSizeGreaterThan(1000);
        for (Element e : elements) {
            boolean byAttr = CreditAreas.namesBylineArea(e.className()) || CreditAreas.namesBylineArea(e.id())
                    || "author".equalsIgnoreCase(e.attr("itemprop")) || "author".equalsIgnoreCase(e.attr("rel"));
            assertThat(CreditAreas.isBylineArea(e)).as(e.outerHtml()).isEqualTo(byAttr);
        }
        assertThat(odd.getAllElements().stream().filter(CreditAreas::isBylineArea).count()).isEqualTo(5);
    }

    /** Notes a name where the pre-check rejects what the expression finds, or the two-step test differs from it. */
    private static void check(String name, List<String> disagreeing) {
        boolean expression = CreditAreas.BYLINE_NAME.matcher(name).find();
        if (expression && !CreditAreas.mayNameBylineArea(name) || CreditAreas.namesBylineArea(name) != expression) {
            disagreeing.add(name);
        }
    }
}
