package io.newsline.bench.extract;

import io.newsline.ingest.extract.ArticleExtractor;
import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.ExtractorSettings;
import io.newsline.ingest.extract.PageInput;
import io.newsline.ingest.extract.body.MainTextExtractor;
import io.newsline.ingest.extract.body.PageRoles;
import io.newsline.ingest.extract.body.TeaserStream;
import io.newsline.ingest.extract.charset.DecodeException;
import io.newsline.ingest.extract.charset.DecodedPage;
import io.newsline.ingest.extract.charset.PageDecoder;
import io.newsline.ingest.extract.html.HtmlParsing;
import io.newsline.ingest.extract.html.SlideGalleries;
import io.newsline.ingest.extract.lang.LanguageDetector;
import io.newsline.ingest.extract.meta.CreditAreas;
import io.newsline.ingest.extract.meta.HtmlMetadataExtractor;
import io.newsline.ingest.extract.meta.PageElements;
import io.newsline.ingest.extract.meta.PageMetadata;
import io.newsline.ingest.extract.site.SiteProfile;
import io.newsline.ingest.extract.site.SiteRegistry;
import io.newsline.ingest.extract.text.BlockCleaner;
import io.newsline.ingest.extract.text.Prose;
import io.newsline.ingest.extract.wire.Agencies;
import io.newsline.ingest.extract.wire.CreditFinder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Where the whole extraction of an HTML page spends its time after the parse: per page, in this thread's CPU time and
 * one after the other, jsoup's parse from the bytes (the baseline of {@link ExtractionCpuTime}), then the stages of
 * {@code ArticleExtractor}'s HTML path on their own objects (decoding, bounded parse, metadata, byline and copyright
 * lines, gallery removal, the body, the block cleaner, the teaser-stream check, credits, joining the text with the
 * prose check, language detection), then the whole extraction itself. Prints each stage's sum of per-page minima over
 * the rounds after three warm-up rounds, as a share of the whole extraction and as a multiple of the parse. A page
 * the decoder reads as plain text takes the flattened-text path in the whole extraction, which these stages do not
 * time: on such sets the stages sum to less than the whole.
 *
 * <p>Run: {@code java -cp <benchmarks classpath> io.newsline.bench.extract.ExtractionStages [ROUNDS]} from the project
 * root (pages as {@link ExtractionBenchmark} finds them).
 */
public final class ExtractionStages {

    private static final int WARM_UP_ROUNDS = 3;
    private static final String BASE_URI = "https://example.invalid/";
    private static final String[] STAGES = {"jsoup parse from the bytes (baseline)", "decoding", "bounded parse",
        "metadata", "byline and copyright lines", "galleries", "body", "block cleaner", "teaser-stream check",
        "credits", "text join and prose check", "language", "whole extraction"};

    private ExtractionStages() {}

    public static void main(String[] args) throws IOException, DecodeException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ExtractionBenchmark pages = new ExtractionBenchmark();
        pages.loadPages();
        ExtractorSettings settings = ExtractorSettings.defaults();
        PageDecoder decoder = new PageDecoder(settings.maxBodyBytes());
        HtmlParsing parsing = new HtmlParsing(settings.budget().maxElements(), settings.budget().maxTextChars());
        HtmlMetadataExtractor metadata = new HtmlMetadataExtractor();
        MainTextExtractor body = new MainTextExtractor();
        BlockCleaner cleaner = new BlockCleaner(Agencies.bundled());
        CreditFinder credits = new CreditFinder(Agencies.bundled());
        LanguageDetector languages = LanguageDetector.bundled();
        ArticleExtractor whole = ArticleExtractor.withDefaults(new MainTextExtractor());
        SiteProfile site = SiteRegistry.bundled().forUrl(BASE_URI);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[][] fastest = new long[STAGES.length][pages.pageCount()];
        for (long[] stage : fastest) {
            Arrays.fill(stage, Long.MAX_VALUE);
        }
        long[] at = new long[STAGES.length + 1];
        for (int round = 1; round <= rounds; round++) {
            for (int page = 0; page < pages.pageCount(); page++) {
                byte[] bytes = pages.page(page);
                int s = 0;
                at[s++] = cpu.getCurrentThreadCpuTime();
                Jsoup.parse(new ByteArrayInputStream(bytes), null, BASE_URI);
                at[s++] = cpu.getCurrentThreadCpuTime();
                DecodedPage decoded = decoder.decode(bytes, null);
                at[s++] = cpu.getCurrentThreadCpuTime();
                Document doc = parsing.parse(decoded.chars(), decoded.length(), BASE_URI).document();
                at[s++] = cpu.getCurrentThreadCpuTime();
                // as the whole extraction does: one pass collects what the metadata and the credit areas read
                PageElements elements = new PageElements(doc);
                PageMetadata meta = metadata.extract(elements, site);
                at[s++] = cpu.getCurrentThreadCpuTime();
                CreditAreas.Lines areas = CreditAreas.find(elements);
                at[s++] = cpu.getCurrentThreadCpuTime();
                SlideGalleries.remove(doc, elements.mayBeCounters());
                at[s++] = cpu.getCurrentThreadCpuTime();
                // as the whole extraction does: the body's passes find the elements' roles and the teaser check's
                // measures, the check reads them
                PageRoles roles = PageRoles.withTeaserCheck(doc.location(), meta.canonicalUrl());
                List<Block> raw = body.extractBody(doc, roles);
                at[s++] = cpu.getCurrentThreadCpuTime();
                BlockCleaner.Cleaned cleaned = cleaner.clean(raw, meta.title(), site.rules());
                at[s++] = cpu.getCurrentThreadCpuTime();
                TeaserStream.measure(doc, meta.canonicalUrl(), cleaned.blocks(), roles);
                at[s++] = cpu.getCurrentThreadCpuTime();
                List<String> lines = new ArrayList<>(List.of(String.join(", ", meta.authors()),
                        meta.leadImageCaption() == null ? "" : meta.leadImageCaption()));
                lines.addAll(areas.byline());
                raw.forEach(b -> lines.add(b.text()));
                lines.addAll(areas.copyrights());
                credits.find(lines, 2 + areas.byline().size(), Set.of(1));
                at[s++] = cpu.getCurrentThreadCpuTime();
                String joined = cleaned.blocks().stream().map(Block::text).collect(Collectors.joining("\n\n"));
                Prose.whyNot(joined);
                at[s++] = cpu.getCurrentThreadCpuTime();
                languages.detect(joined);
                at[s++] = cpu.getCurrentThreadCpuTime();
                whole.extract(PageInput.of(BASE_URI, bytes));
                at[s++] = cpu.getCurrentThreadCpuTime();
                if (round > WARM_UP_ROUNDS) {
                    for (int stage = 0; stage < STAGES.length; stage++) {
                        fastest[stage][page] = Math.min(fastest[stage][page], at[stage + 1] - at[stage]);
                    }
                }
            }
        }
        double parse = Arrays.stream(fastest[0]).sum() / 1e6;
        double all = Arrays.stream(fastest[STAGES.length - 1]).sum() / 1e6;
        System.out.printf(Locale.ROOT, "%d pages, per-page minima of rounds %d to %d%n", pages.pageCount(),
                WARM_UP_ROUNDS + 1, rounds);
        for (int stage = 0; stage < STAGES.length; stage++) {
            double ms = Arrays.stream(fastest[stage]).sum() / 1e6;
            System.out.printf(Locale.ROOT, "%-40s %8.1f ms %6.1f %% of the whole %6.2f x the parse%n", STAGES[stage],
                    ms, 100 * ms / all, ms / parse);
        }
        System.out.printf(Locale.ROOT, "parse / whole extraction %.3f%n", parse / all);
    }
}
