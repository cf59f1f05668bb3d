package io.newsline.bench.extract;

import io.newsline.ingest.extract.ExtractionResult;
import io.newsline.ingest.extract.body.MainTextExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.jsoup.nodes.Document;

/**
 * Companion to {@link ExtractionBenchmark} for a busy machine: the whole extraction of a page from its bytes
 * ({@code extractArticle}) against jsoup's parse of the same bytes ({@code parseOnly}), timed in pairs, page by page,
 * in this thread's CPU time, so both see the same load and the same drift. Prints the running ratio (parse time /
 * extraction time, i.e. extraction speed as a share of parse-only speed) after each round over the pages; the first
 * three rounds are warm-up. Beside the sums it prints the ratio of the per-page minima over the rounds so far: on a
 * machine that other jobs load, a page's fastest round is the one least disturbed, and that ratio moves least.
 *
 * <p>Between the parse and the whole extraction it also times the main-text extractor alone
 * ({@code MainTextExtractor.extractBody}) on the document just parsed, and prints the ratio for parse plus that
 * extractor ({@code parseAndExtractMainText}: parse time / (parse time + body time), per page the fastest round of
 * the two together) in the same way, so both readings of "parse plus extraction" come from the same run.
 *
 * <p>Run: {@code java -cp <benchmarks classpath> io.newsline.bench.extract.ExtractionCpuTime [ROUNDS]} from the
 * project root (pages as {@link ExtractionBenchmark} finds them).
 */
public final class ExtractionCpuTime {

    private static final int WARM_UP_ROUNDS = 3;

    private ExtractionCpuTime() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ExtractionBenchmark parse = new ExtractionBenchmark();
        ExtractionBenchmark whole = new ExtractionBenchmark();
        parse.loadPages();
        whole.loadPages();
        MainTextExtractor mainText = new MainTextExtractor();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long parseNanos = 0;
        long mainTextNanos = 0;
        long wholeNanos = 0;
        long articles = 0;
        long blocks = 0;
        long[] parseMin = new long[parse.pageCount()];
        long[] parseAndMainTextMin = new long[parse.pageCount()];
        long[] wholeMin = new long[parse.pageCount()];
        Arrays.fill(parseMin, Long.MAX_VALUE);
        Arrays.fill(parseAndMainTextMin, Long.MAX_VALUE);
        Arrays.fill(wholeMin, Long.MAX_VALUE);
        for (int round = 1; round <= rounds; round++) {
            for (int page = 0; page < parse.pageCount(); page++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                Document document = parse.parseOnly();
                long t1 = cpu.getCurrentThreadCpuTime();
                int bodyBlocks = mainText.extractBody(document).size();
                long t2 = cpu.getCurrentThreadCpuTime();
                ExtractionResult result = whole.extractArticle();
                long t3 = cpu.getCurrentThreadCpuTime();
                if (round > WARM_UP_ROUNDS) {
                    parseNanos += t1 - t0;
                    mainTextNanos += t2 - t1;
                    wholeNanos += t3 - t2;
                    articles += result instanceof ExtractionResult.Extracted ? 1 : 0;
                    blocks += bodyBlocks;
                    parseMin[page] = Math.min(parseMin[page], t1 - t0);
                    parseAndMainTextMin[page] = Math.min(parseAndMainTextMin[page], t2 - t0);
                    wholeMin[page] = Math.min(wholeMin[page], t3 - t2);
                }
            }
            if (round > WARM_UP_ROUNDS) {
                long parseFastest = Arrays.stream(parseMin).sum();
                long parseAndMainTextFastest = Arrays.stream(parseAndMainTextMin).sum();
                long wholeFastest = Arrays.stream(wholeMin).sum();
                System.out.printf(Locale.ROOT, "round %d: parse %.0f ms, whole extraction %.0f ms, ratio %.3f (%d pages"
                        + " extracted); per-page minima: parse %.0f ms, whole extraction %.0f ms, ratio %.3f%n",
                        round, parseNanos / 1e6, wholeNanos / 1e6, (double) parseNanos / wholeNanos, articles,
                        parseFastest / 1e6, wholeFastest / 1e6, (double) parseFastest / wholeFastest);
                System.out.printf(Locale.ROOT, "round %d: parse + main text %.0f ms, ratio %.3f (%d blocks); per-page"
                        + " minima: parse + main text %.0f ms, ratio %.3f%n",
                        round, (parseNanos + mainTextNanos) / 1e6, (double) parseNanos / (parseNanos + mainTextNanos),
                        blocks, parseAndMainTextFastest / 1e6, (double) parseFastest / parseAndMainTextFastest);
            }
        }
    }
}
