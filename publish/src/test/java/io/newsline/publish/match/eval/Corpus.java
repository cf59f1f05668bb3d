package io.newsline.publish.match.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;

/** Loads the evaluation texts from the test resources (see SOURCES.md there) and the shared dev set at run time. */
public final class Corpus {

    static final String ROOT = "/io/newsline/publish/match/";

    /** Lines after which a flattened page is navigation, not article: the simple cleanup used for the dev set. */
    private static final List<String> END_OF_ARTICLE = List.of("Recent Stories", "More Stories From");

    private Corpus() {
    }

    /** One page of the syndication dev set. */
    public record DevPage(String file, String group, String kind, String url, String text) {
    }

    /** One real article body of the extraction benchmark. */
    public record Article(String id, String url, String body) {

        List<String> paragraphs() {
            List<String> out = new ArrayList<>();
            for (String p : body.split("\n")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
            return out;
        }
    }

    /**
     * The pages of {@code pages/CLUSTERS.tsv}: the seed page, copies of it and a next-day story made from it, and pages
     * written for the project (an agency story as three outlets print it, an independent report of the seed's meeting,
     * a navigation-only capture).
     */
    public static List<DevPage> ownPages() {
        List<DevPage> pages = new ArrayList<>();
        List<String> rows = lines(ROOT + "pages/CLUSTERS.tsv", false);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t");
            pages.add(new DevPage(f[0], f[1], f[2], f[3], devText(f[0])));
        }
        return pages;
    }

    /**
     * The syndication dev set, real page text read from {@code ../shared/fixtures/syndication-dev} at run time (never
     * copied into the repository; see {@link SharedSets#fixtures()}); empty when it is absent. Each page is named by
     * its file name (the seed's row names the page in {@code ../pages/}). Read once.
     */
    public static List<DevPage> devPages() {
        return SharedDevSet.PAGES;
    }

    /** Holds the dev set, read on first use. */
    private static final class SharedDevSet {
        static final List<DevPage> PAGES = readDevPages();
    }

    private static List<DevPage> readDevPages() {
        Optional<Path> dir = SharedSets.fixtures().map(p -> p.resolve("syndication-dev"))
                .filter(d -> Files.isRegularFile(d.resolve("CLUSTERS.tsv")));
        if (dir.isEmpty()) {
            return List.of();
        }
        try {
            List<String> rows = Files.readAllLines(dir.get().resolve("CLUSTERS.tsv"), StandardCharsets.UTF_8);
            List<DevPage> pages = new ArrayList<>();
            for (String row : rows.subList(1, rows.size())) {
                String[] f = row.split("\t");
                Path file = dir.get().resolve(f[0]);
                pages.add(new DevPage(file.getFileName().toString(), f[1], f[2], f[3],
                        cleaned(Files.readAllLines(file, StandardCharsets.UTF_8))));
            }
            return List.copyOf(pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #ownPages()}, then the pages of {@link #devPages()} not among them (the real dev set, when it is there). */
    public static List<DevPage> ownAndDevPages() {
        List<DevPage> pages = new ArrayList<>(ownPages());
        for (DevPage dev : devPages()) {
            if (pages.stream().noneMatch(p -> p.file().equals(dev.file()))) {
                pages.add(dev);
            }
        }
        return pages;
    }

    /** One page of {@link #devPages()} by file name; the calling test is skipped when the dev set is absent. */
    public static String sharedDevText(String file) {
        List<DevPage> pages = devPages();
        Assumptions.assumeFalse(pages.isEmpty(), "../shared/fixtures/syndication-dev is absent (set NEWSLINE_SHARED or "
                + "-Dnewsline.shared): the real dev set is read from there at run time, never copied into the repository");
        return pages.stream().filter(p -> p.file().equals(file)).findFirst().orElseThrow().text();
    }

    /** A page of {@code pages/} without its url/label header lines, cut at the first end-of-article marker. */
    public static String devText(String file) {
        return cleaned(lines(ROOT + "pages/" + file, false));
    }

    private static String cleaned(List<String> lines) {
        if (!lines.isEmpty() && lines.get(0).startsWith("url: ")) {
            lines = lines.subList(2, lines.size());
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (END_OF_ARTICLE.stream().anyMatch(line::startsWith)) {
                break;
            }
            text.append(line).append('\n');
        }
        return text.toString();
    }

    public static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (String row : lines(ROOT + "articles/scrapinghub-article-bodies.tsv.gz", true)) {
            String[] f = row.split("\t", 3);
            articles.add(new Article(f[0], f[1], unescape(f[2])));
        }
        return articles;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> lines(String resource, boolean gzip) {
        InputStream in = Corpus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try (in; BufferedReader reader = new BufferedReader(new InputStreamReader(
                gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
