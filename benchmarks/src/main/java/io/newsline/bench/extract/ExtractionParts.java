package io.newsline.bench.extract;

import io.newsline.ingest.extract.ArticleExtractor;
import io.newsline.ingest.extract.ExtractorSettings;
import io.newsline.ingest.extract.PageInput;
import io.newsline.ingest.extract.body.MainTextExtractor;
import io.newsline.ingest.extract.charset.DecodeException;
import io.newsline.ingest.extract.charset.DecodedPage;
import io.newsline.ingest.extract.charset.PageDecoder;
import io.newsline.ingest.extract.html.HtmlParsing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Where the parse-only baseline of {@link ExtractionCpuTime} and the whole extraction part ways: per page, in this
 * thread's CPU time and one after the other, jsoup's parse from the bytes (the baseline), the extractor's decoding of
 * the bytes to text ({@code PageDecoder}: charset, validity, plausibility), the JDK's plain UTF-8 decoding of the
 * same bytes, jsoup's parse of the decoded text, the extractor's bounded parse of it ({@code HtmlParsing}) and the
 * whole extraction. Prints each part's sum of per-page minima over the rounds after three warm-up rounds, and its
 * share of the whole extraction's: a profiler's attribution of the parse can be checked against it.
 *
 * <p>Run: {@code java -cp <benchmarks classpath> io.newsline.bench.extract.ExtractionParts [ROUNDS]} from the project
 * root (pages as {@link ExtractionBenchmark} finds them).
 */
public final class ExtractionParts {

    private static final int WARM_UP_ROUNDS = 3;
    private static final String BASE_URI = "https://example.invalid/";

    private interface Part {
        Object run(byte[] page, String text);
    }

    private ExtractionParts() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ExtractionBenchmark pages = new ExtractionBenchmark();
        pages.loadPages();
        ExtractorSettings settings = ExtractorSettings.defaults();
        PageDecoder decoder = new PageDecoder(settings.maxBodyBytes());
        HtmlParsing bounded = new HtmlParsing(settings.budget().maxElements(), settings.budget().maxTextChars());
        ArticleExtractor whole = ArticleExtractor.withDefaults(new MainTextExtractor());
        String[] texts = new String[pages.pageCount()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = decode(decoder, pages.page(i));
        }
        String[] names = {"jsoup parse from bytes (baseline)", "extractor's decoding (PageDecoder)",
            "JDK UTF-8 decoding alone", "jsoup parse from the decoded text", "bounded parse from the decoded text",
            "whole extraction"};
        Part[] parts = {
            (page, text) -> parseBytes(page),
            // as the extraction decodes: its text becomes a string only where asked for, which the parse is not
            (page, text) -> decodePage(decoder, page),
            (page, text) -> new String(page, StandardCharsets.UTF_8),
            (page, text) -> Jsoup.parse(text, BASE_URI),
            (page, text) -> bounded.parse(text, BASE_URI),
            (page, text) -> whole.extract(PageInput.of(BASE_URI, page)),
        };
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[][] fastest = new long[parts.length][texts.length];
        for (long[] perPage : fastest) {
            Arrays.fill(perPage, Long.MAX_VALUE);
        }
        for (int round = 1; round <= rounds; round++) {
            for (int i = 0; i < texts.length; i++) {
                for (int p = 0; p < parts.length; p++) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    parts[p].run(pages.page(i), texts[i]);
                    long t = cpu.getCurrentThreadCpuTime() - t0;
                    if (round > WARM_UP_ROUNDS) {
                        fastest[p][i] = Math.min(fastest[p][i], t);
                    }
                }
            }
        }
        double wholeMs = Arrays.stream(fastest[parts.length - 1]).sum() / 1e6;
        System.out.printf(Locale.ROOT, "%d pages, per-page minima over rounds %d to %d:%n", texts.length,
                WARM_UP_ROUNDS + 1, rounds);
        for (int p = 0; p < parts.length; p++) {
            double ms = Arrays.stream(fastest[p]).sum() / 1e6;
            System.out.printf(Locale.ROOT, "  %-38s %7.0f ms  %5.1f %% of the whole extraction%n", names[p], ms,
                    100 * ms / wholeMs);
        }
    }

    private static Object parseBytes(byte[] page) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(page), null, BASE_URI);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(PageDecoder decoder, byte[] page) {
        return decodePage(decoder, page).text();
    }

    private static DecodedPage decodePage(PageDecoder decoder, byte[] page) {
        try {
            return decoder.decode(page, null);
        } catch (DecodeException e) {
            throw new IllegalStateException("a benchmark page does not decode: " + e.getMessage(), e);
        }
    }
}
