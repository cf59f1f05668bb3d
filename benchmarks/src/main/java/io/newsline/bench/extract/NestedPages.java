package io.newsline.bench.extract;

import io.newsline.ingest.extract.ArticleExtractor;
import io.newsline.ingest.extract.PageInput;
import io.newsline.ingest.extract.body.MainTextExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The whole extraction of a hub page of 9,960 linked list items (800 KB) nested about 500 elements deep in each kind
 * of element a rule of the extractor reads (byline and author areas, date holders, standfirsts, headings, copyright
 * lines) and in plain ones ({@code div}, tables, lists), beside flat pages of 10,000 sibling links and of one
 * paragraph of 50,000 words. A rule that reads the whole text of every element it looks at costs the page's text
 * once per level on these pages, seconds where the plain page takes a tenth of one. Prints, per page, the fastest
 * CPU time of the rounds after the first two.
 *
 * <p>Run: {@code java -cp <benchmarks classpath> io.newsline.bench.extract.NestedPages [ROUNDS]}.
 */
public final class NestedPages {

    private static final int ITEMS = 9_960;
    private static final int DEPTH = 500;
    private static final int WARM_UP_ROUNDS = 2;
    /** Name, opening tags and closing tags of one level, and how many elements deep one level is. */
    private static final String[][] LEVELS = {
        {"div", "<div>", "</div>", "1"},
        {"table cell", "<table><tr><td>", "</td></tr></table>", "4"},
        {"list item", "<ul><li>", "</li></ul>", "2"},
        {"byline div", "<div class=\"byline\">", "</div>", "1"},
        {"author span", "<span class=\"author\">", "</span>", "1"},
        {"itemprop author", "<div itemprop=\"author\">", "</div>", "1"},
        {"date holder", "<div class=\"date\">", "</div>", "1"},
        {"standfirst", "<div class=\"standfirst\">", "</div>", "1"},
        {"h1", "<h1><div>", "</div></h1>", "2"},
        {"h2", "<h2><div>", "</div></h2>", "2"},
        {"copyright line", "<div>© 2024 Example News<div>", "</div></div>", "2"}};

    private NestedPages() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        StringBuilder items = new StringBuilder("<ul>");
        for (int i = 0; i < ITEMS; i++) {
            items.append("<li><a href=\"/section/story-").append(i).append(".html\">Story number ").append(i)
                    .append(" about the day's events</a></li>\n");
        }
        items.append("</ul>");
        StringBuilder links = new StringBuilder();
        StringBuilder words = new StringBuilder("<p>");
        for (int i = 0; i < 50_000; i++) {
            if (i < 10_000) {
                links.append("<a href=\"/s/").append(i).append("\">link ").append(i).append("</a> ");
            }
            words.append("word").append(i % 97).append(i % 13 == 0 ? ". " : " ");
        }
        String[] names = new String[LEVELS.length + 2];
        byte[][] pages = new byte[names.length][];
        for (int k = 0; k < LEVELS.length; k++) {
            int levels = DEPTH / Integer.parseInt(LEVELS[k][3]);
            names[k] = String.format(Locale.ROOT, "%,d items under %d levels of %s", ITEMS, levels, LEVELS[k][0]);
            pages[k] = page(LEVELS[k][1].repeat(levels) + items + LEVELS[k][2].repeat(levels));
        }
        names[LEVELS.length] = "10,000 sibling links";
        pages[LEVELS.length] = page(links.toString());
        names[LEVELS.length + 1] = "one paragraph of 50,000 words";
        pages[LEVELS.length + 1] = page(words.append("</p>").toString());
        ArticleExtractor extractor = ArticleExtractor.withDefaults(new MainTextExtractor());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] fastest = new long[pages.length];
        java.util.Arrays.fill(fastest, Long.MAX_VALUE);
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < pages.length; k++) {
                long start = cpu.getCurrentThreadCpuTime();
                extractor.extract(PageInput.of("https://news.example/section/", pages[k]));
                long nanos = cpu.getCurrentThreadCpuTime() - start;
                if (r >= WARM_UP_ROUNDS) {
                    fastest[k] = Math.min(fastest[k], nanos);
                }
            }
        }
        for (int k = 0; k < pages.length; k++) {
            System.out.printf(Locale.ROOT, "%s: %.0f ms CPU%n", names[k], fastest[k] / 1e6);
        }
    }

    private static byte[] page(String body) {
        return ("<html><head><title>Latest stories</title></head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
