package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The teaser check's host pre-check passes every absolute address whose parsed host, lower-cased and without
 * "www.", is one of the site's hosts: what the check's full reading of the address accepts.
 */
class SiteHostPreCheckTest {

    /** The definition: the host as the teaser check parses it, or null when it does not parse. */
    private static String bareHost(String href) {
        try {
            String host = URI.create(href.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            String h = host.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void assertPassesEverySiteAddress(List<String> hrefs, Set<String> siteHosts) {
        for (String href : hrefs) {
            String host = bareHost(href);
            if (host != null && siteHosts.contains(host)) {
                assertThat(TeaserStream.mayNameSiteHost(href, siteHosts)).as(href).isTrue();
            }
        }
    }

    @Test
    void passesEveryLinkOfTheGoldenPagesToTheirSites() throws IOException {
        int checked = 0;
        try (Stream<Path> pages = Files.list(Path.of("src/test/resources/golden/html"))) {
            for (Path page : pages.filter(p -> p.toString().matches(".*\\.html?(\\.gz)?")).toList()) {
                byte[] bytes = Files.readAllBytes(page);
                if (page.toString().endsWith(".gz")) {
                    bytes = new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
                }
                List<String> hrefs = new ArrayList<>();
                for (Element link : Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).select("a[href]")) {
                    hrefs.add(link.attr("href"));
                }
                // the page's own hosts: those its links name most (the first three found)
                Set<String> siteHosts = new LinkedHashSet<>();
                hrefs.stream().map(SiteHostPreCheckTest::bareHost).filter(h -> h != null).distinct().limit(3)
                        .forEach(siteHosts::add);
                assertPassesEverySiteAddress(hrefs, siteHosts);
                checked += hrefs.size();
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    /** The pre-check's own definition: one of the hosts occurs in the address, ignoring case, anywhere. */
    private static boolean occursIgnoringCase(String href, Set<String> hosts) {
        for (String host : hosts) {
            for (int at = 0; at + host.length() <= href.length(); at++) {
                if (href.regionMatches(true, at, host, 0, host.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void comparesTheHostOnlyWhereItCouldOccurAndFindsItWhereverItDoes() {
        // characters that fold to the hosts' letters ignoring case (the Kelvin sign, the dotless i, the long s)
        String pool = "kKsSiI.:/-x\u212A\u0131\u0130\u017F\u00e9";
        List<Set<String>> hostSets = List.of(Set.of("kiosk.is"), Set.of("sik.ks", "is.ki"), Set.of("\u00e9ki.is"),
                Set.of(""), Set.of());
        java.util.Random random = new java.util.Random(17);
        int found = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder href = new StringBuilder();
            for (int length = random.nextInt(14); length > 0; length--) {
                href.append(pool.charAt(random.nextInt(pool.length())));
            }
            Set<String> hosts = hostSets.get(n % hostSets.size());
            boolean expected = occursIgnoringCase(href.toString(), hosts);
            assertThat(TeaserStream.mayNameSiteHost(href.toString(), hosts)).as(href + " " + hosts).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).isGreaterThan(1000);
        assertThat(TeaserStream.mayNameSiteHost("https://\u212Aiosk.is/a", Set.of("kiosk.is"))).isTrue();
    }

    @Test
    void passesOddlyWrittenAddressesOfTheSiteAndRejectsOtherSites() {
        List<String> hrefs = List.of("HTTP://WWW.Example.COM/news/a", "//example.com/news/b",
                "http://user@example.com:8080/c", " https://www.example.com/d?x=1#y ", "http://example.com",
                "https://example.com./e");
        assertPassesEverySiteAddress(hrefs, Set.of("example.com"));
        for (String href : hrefs.subList(0, 5)) {
            assertThat(bareHost(href)).as(href).isEqualTo("example.com");
        }
        assertThat(TeaserStream.mayNameSiteHost("https://other.org/example/a", Set.of("example.com"))).isFalse();
        assertThat(TeaserStream.mayNameSiteHost("https://example.org/a", Set.of("example.com"))).isFalse();
        assertThat(TeaserStream.mayNameSiteHost("https://example.com/a", Set.of())).isFalse();
    }
}
