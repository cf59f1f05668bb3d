package io.newsline.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The offline parts of {@code newsline bench}: the page set it builds and its percentiles. */
class BenchCommandTest {

    @Test
    void percentilesAreNearestRank() {
        long[] sorted = LongStream.rangeClosed(1, 200).toArray();
        assertThat(Measures.pct(sorted, 50)).isEqualTo(100);
        assertThat(Measures.pct(sorted, 99)).isEqualTo(198);
        assertThat(Measures.pct(new long[] {7}, 99)).isEqualTo(7);
        assertThat(Measures.pct(new long[0], 50)).isEqualTo(-1);
    }

    @Test
    void steadyRateLeavesOutTheFillAndTheDrain() {
        // 100 pages: the first ten arrive late together (a pipeline filling), the middle ones one every 10 ms, the
        // last ten long after (a pipeline draining). Between the 10th and the 90th the rate is 100 pages/s.
        long[] arrivals = new long[100];
        for (int i = 0; i < 100; i++) {
            arrivals[i] = i < 10 ? 5_000_000_000L : i <= 90 ? 5_000_000_000L + (i - 10) * 10_000_000L : 60_000_000_000L;
        }
        // In any order: arrivals are sorted first.
        long[] reversed = LongStream.range(0, 100).map(i -> arrivals[99 - (int) i]).toArray();
        assertThat(LibraryStages.steadyRate(reversed)).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(LibraryStages.steadyRate(new long[] {1, 1, 1})).isNaN();
    }

    @Test
    void arrivalsWaitUntilEveryIdHasArrivedInAnyOrderOrTheTimeout() throws Exception {
        Arrivals arrivals = new Arrivals();
        List<String> ids = List.of("a", "b", "c");
        CompletableFuture<Boolean> all =
                CompletableFuture.supplyAsync(() -> awaitQuietly(arrivals, ids, Duration.ofMinutes(1)));
        arrivals.add("c");
        arrivals.add("a");
        arrivals.signal();
        // Two of three are in: the wait goes on.
        assertThat(awaitQuietly(arrivals, ids, Duration.ofMillis(50))).isFalse();
        assertThat(all).isNotDone();
        arrivals.add("b");
        arrivals.signal();
        assertThat(all.get(1, TimeUnit.MINUTES)).isTrue();
        // Ids that arrived before the wait began count too.
        assertThat(awaitQuietly(arrivals, List.of("b", "a"), Duration.ZERO)).isTrue();
    }

    private static boolean awaitQuietly(Arrivals arrivals, List<String> ids, Duration timeout) {
        try {
            return arrivals.await(ids, timeout);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anHtmlFolderAddsItsPagesGzippedOrNotToTheSamples(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String html = "<html><body><p>Page one of the folder.</p></body></html>";
        java.nio.file.Files.writeString(dir.resolve("a.html"), html);
        try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(dir.resolve("b.html.gz")))) {
            out.write(html.replace("one", "two").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        java.nio.file.Files.writeString(dir.resolve("notes.md"), "not a page");
        int bundled = new BenchPages(0, false, null).sources().size();

        List<Map<String, Object>> sources = new BenchPages(0, false, dir).sources();

        assertThat(sources).hasSize(bundled + 2);
        assertThat(sources.subList(bundled, bundled + 2)).extracting(p -> p.get("url"))
                .containsExactly("https://bench.example/a.html", "https://bench.example/b.html.gz");
        assertThat(new String(java.util.Base64.getDecoder().decode((String) sources.get(bundled + 1).get("bodyBase64")),
                java.nio.charset.StandardCharsets.UTF_8)).contains("Page two of the folder.");
    }

    @Test
    void multipliedPagesHaveDistinctUrlsAndTheAskedShareOfExactCopies() throws Exception {
        BenchPages bench = new BenchPages(1.0 / 3, false, null);
        List<Map<String, Object>> sources = bench.sources();
        List<byte[]> pages = bench.multiply(sources, 60, "x");
        ObjectMapper json = new ObjectMapper();
        Set<Object> urls = new HashSet<>();
        Set<Object> bodies = new HashSet<>();
        for (byte[] page : pages) {
            Map<?, ?> p = json.readValue(page, Map.class);
            urls.add(p.get("url"));
            bodies.add(p.containsKey("body") ? p.get("body") : p.get("bodyBase64"));
        }
        assertThat(urls).hasSize(60);
        assertThat(bodies).hasSize(40);

        assertThat(new BenchPages(0, false, null).multiply(sources, 30, "y").stream().map(String::new).distinct()).hasSize(30);
    }

    @Test
    void pagesMadeFromOneSourceAreArticlesOfTheirOwnUnlessNearCopiesAreAsked() throws Exception {
        List<Map<String, Object>> sources = new BenchPages(0, false, null).sources();
        assertThat(copiesAmongPagesOfOneSource(new BenchPages(0, false, null), sources)).isZero();
        assertThat(copiesAmongPagesOfOneSource(new BenchPages(0, true, null), sources)).isGreaterThanOrEqualTo(sources.size() / 2);
    }

    /** Of each source's first two pages, how many pairs publish's matcher finds to be copies. */
    static long copiesAmongPagesOfOneSource(BenchPages bench, List<Map<String, Object>> sources) throws Exception {
        List<byte[]> pages = bench.multiply(sources, 2 * sources.size(), "w");
        var cleaner = io.newsline.ingest.app.IngestApp.cleaner(io.newsline.runtime.config.NewslineConfig.defaults());
        var fingerprinter = new io.newsline.publish.match.Fingerprinter();
        var matcher = new io.newsline.publish.match.Matcher();
        java.time.Instant now = java.time.Instant.now();
        long copies = 0;
        for (int i = 0; i < sources.size(); i++) {
            var a = LibraryStages.clean(pages.get(i), cleaner, now);
            var b = LibraryStages.clean(pages.get(i + sources.size()), cleaner, now);
            if (a != null && b != null && matcher.verify(
                    fingerprinter.fingerprint(a.getText(), a.getTitle(), a.getDateline(), a.getCredit()),
                    fingerprinter.fingerprint(b.getText(), b.getTitle(), b.getDateline(), b.getCredit()))
                    .relation().isCopy()) {
                copies++;
            }
        }
        return copies;
    }
}
