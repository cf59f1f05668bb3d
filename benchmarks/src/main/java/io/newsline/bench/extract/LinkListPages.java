package io.newsline.bench.extract;

import io.newsline.ingest.extract.ArticleExtractor;
import io.newsline.ingest.extract.PageInput;
import io.newsline.ingest.extract.body.MainTextExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The whole extraction of hub pages made of nothing but linked list items, at 2,490, 4,980 and 9,960 items (a page
 * of 5,000 elements, twice and four times that), flat under the body and under 500 levels of {@code div}s: the
 * shape on which every block of the page is scored (the rules find no story), so a step that grows faster than the
 * page shows as time per page that more than doubles with the items. Prints the CPU time of the very first page
 * (a fresh JVM: classes, models and tables loading) and, per page, the fastest of the rounds after the first two.
 *
 * <p>Run: {@code java -cp <benchmarks classpath> io.newsline.bench.extract.LinkListPages [ROUNDS]}.
 */
public final class LinkListPages {

    private static final int[] ITEMS = {2_490, 4_980, 9_960};
    private static final int DEEP_LEVELS = 500;
    private static final int WARM_UP_ROUNDS = 2;

    private LinkListPages() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        ArticleExtractor extractor = ArticleExtractor.withDefaults(new MainTextExtractor());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        byte[][] pages = new byte[2 * ITEMS.length][];
        String[] names = new String[pages.length];
        for (int k = 0; k < ITEMS.length; k++) {
            pages[k] = page(0, ITEMS[k]);
            names[k] = String.format(Locale.ROOT, "flat, %,d items", ITEMS[k]);
            pages[ITEMS.length + k] = page(DEEP_LEVELS, ITEMS[k]);
            names[ITEMS.length + k] = String.format(Locale.ROOT, "under %d levels, %,d items", DEEP_LEVELS, ITEMS[k]);
        }
        long[] fastest = new long[pages.length];
        Arrays.fill(fastest, Long.MAX_VALUE);
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < pages.length; k++) {
                long start = cpu.getCurrentThreadCpuTime();
                extractor.extract(PageInput.of("https://news.example/links", pages[k]));
                long nanos = cpu.getCurrentThreadCpuTime() - start;
                if (r == 0 && k == 0) {
                    System.out.printf(Locale.ROOT, "first page of this JVM (%s): %.0f ms CPU%n", names[k], nanos / 1e6);
                }
                if (r >= WARM_UP_ROUNDS) {
                    fastest[k] = Math.min(fastest[k], nanos);
                }
            }
        }
        for (int k = 0; k < pages.length; k++) {
            System.out.printf(Locale.ROOT, "%s: %.0f ms CPU%n", names[k], fastest[k] / 1e6);
        }
    }

    private static byte[] page(int levels, int items) {
        StringBuilder html = new StringBuilder("<html><head><title>Latest stories</title></head><body>")
                .append("<div>".repeat(levels)).append("<ul>");
        for (int i = 0; i < items; i++) {
            html.append("<li><a href=\"/section/story-").append(i).append(".html\">Story number ").append(i)
                    .append(" about the day's events</a></li>\n");
        }
        return html.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
