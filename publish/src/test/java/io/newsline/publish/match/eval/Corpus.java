package io.newsline.publish.match.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Loads the evaluation texts from the test resources (see SOURCES.md there). */
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

    public static List<DevPage> devPages() {
        List<DevPage> pages = new ArrayList<>();
        List<String> rows = lines(ROOT + "syndication-dev/CLUSTERS.tsv", false);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t");
            pages.add(new DevPage(f[0], f[1], f[2], f[3], devText(f[0])));
        }
        return pages;
    }

    /** The page text without its url/label header lines, cut at the first end-of-article marker. */
    public static String devText(String file) {
        List<String> lines = lines(ROOT + "syndication-dev/" + file, false);
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
