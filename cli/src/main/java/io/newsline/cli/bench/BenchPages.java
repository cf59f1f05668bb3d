package io.newsline.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.cli.PageFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The bench's pages: the bundled sample pages (plus any {@code --html} folder) as raw-page JSON records, multiplied
 * into as many distinct pages as a run needs, with the asked share of exact copies. Not thread-safe.
 */
final class BenchPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final double copies;
    private final boolean nearCopies;
    private final Path html;

    /**
     * @param copies     share of pages that are exact copies of an earlier page
     * @param nearCopies make the other pages near-copies of their source instead of articles of their own
     * @param html       a folder of .html/.html.gz pages to add to the bundled samples, or null
     */
    BenchPages(double copies, boolean nearCopies, Path html) {
        this.copies = copies;
        this.nearCopies = nearCopies;
        this.html = html;
    }

    List<Map<String, Object>> sources() throws IOException {
        List<Map<String, Object>> sources = new ArrayList<>();
        try (InputStream in = BenchPages.class.getResourceAsStream("/io/newsline/cli/samples/pages.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> page = JSON.readValue(line, Map.class);
                    sources.add(page);
                }
            }
        }
        if (html != null) {
            try (Stream<Path> files = Files.list(html)) {
                for (Path f : files.filter(f -> f.toString().matches(".*\\.html?(\\.gz)?$")).sorted().toList()) {
                    byte[] bytes = PageFiles.bytes(f);
                    Map<String, Object> page = new LinkedHashMap<>();
                    page.put("url", "https://bench.example/" + f.getFileName());
                    page.put("contentType", "text/html");
                    page.put("bodyBase64", Base64.getEncoder().encodeToString(bytes));
                    sources.add(page);
                }
            }
        }
        return sources;
    }

    /**
     * {@code n} raw-page JSON records with distinct URLs: the sources in turn, each made distinct by a line naming its
     * number, except the share {@link #copies} that repeat an earlier record's body exactly.
     */
    List<byte[]> multiply(List<Map<String, Object>> sources, int n, String run) throws IOException {
        List<byte[]> out = new ArrayList<>();
        List<Map<String, Object>> made = new ArrayList<>();
        double copyDebt = 0;
        for (int i = 0; i < n; i++) {
            Map<String, Object> page;
            copyDebt += copies;
            if (copyDebt >= 1 && !made.isEmpty()) {
                copyDebt -= 1;
                page = new LinkedHashMap<>(made.get(made.size() - 1 - (i % Math.min(made.size(), 5))));
            } else {
                page = new LinkedHashMap<>(sources.get(i % sources.size()));
                String marker = " Bench edition " + run + i + ".";
                boolean html = !(page.get("body") instanceof String);
                if (!html || page.get("bodyBase64") instanceof String) {
                    // The sentence goes inside the first long paragraph, where extraction keeps it, so the page stays
                    // distinct after extraction (a paragraph of its own could be dropped as page furniture).
                    String text = insideLongParagraph(pageText(page), html ? LONG_HTML_PARAGRAPH : LONG_LINE, marker);
                    if (!nearCopies) {
                        text = reword(text, html, vocabulary(sources), new Random((run + i).hashCode()));
                    }
                    page.put(html ? "bodyBase64" : "body", html
                            ? Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) : text);
                }
                made.add(page);
            }
            page.put("url", "https://bench.example/" + run + "/" + i + "/" + UUID.randomUUID());
            out.add(JSON.writeValueAsBytes(page));
        }
        return out;
    }

    /** Lower-case words of four letters or more: what {@link #reword} replaces, and what it replaces them with. */
    private static final java.util.regex.Pattern PLAIN_WORD = java.util.regex.Pattern.compile("\\b[a-z]{4,}\\b");
    /** A script or style element (left alone: its JSON-LD keys must stay), or a text node between two tags. */
    private static final java.util.regex.Pattern TEXT_NODE = java.util.regex.Pattern.compile(
            "(?is)<(script|style)\\b.*?</\\1\\s*>|(?<=>)[^<]+(?=<)");
    private List<String> vocabulary;

    private List<String> vocabulary(List<Map<String, Object>> sources) {
        if (vocabulary == null) {
            java.util.Set<String> words = new java.util.TreeSet<>();
            for (Map<String, Object> page : sources) {
                java.util.regex.Matcher m = PLAIN_WORD.matcher(pageText(page));
                while (m.find()) {
                    words.add(m.group());
                }
            }
            vocabulary = new ArrayList<>(words);
        }
        return vocabulary;
    }

    private static String pageText(Map<String, Object> page) {
        return page.get("body") instanceof String body ? body : page.get("bodyBase64") instanceof String b64
                ? new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8) : "";
    }

    /**
     * Replaces about a third of the lower-case words of the page's text (for HTML, of its text nodes) with words
     * drawn from the sources, so that two pages made from one source share too few word sequences to be copies of
     * each other: each is an article of its own, of the same length and markup, with the same names in it.
     */
    static String reword(String text, boolean html, List<String> vocabulary, Random random) {
        java.util.function.Function<String, String> words = plain -> PLAIN_WORD.matcher(plain).replaceAll(m ->
                random.nextInt(3) == 0 ? vocabulary.get(random.nextInt(vocabulary.size())) : m.group());
        return !html ? words.apply(text) : TEXT_NODE.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) != null ? m.group() : words.apply(m.group())));
    }

    private static final java.util.regex.Pattern LONG_LINE = java.util.regex.Pattern.compile("(?m)^([^\n]{200,})$");
    private static final java.util.regex.Pattern LONG_HTML_PARAGRAPH = java.util.regex.Pattern.compile("(?i)(<p[^>]*>[^<]{200,})(?=</p>)");

    /** The text with the sentence appended to the first match of {@code paragraph}, or at the end when none. */
    static String insideLongParagraph(String text, java.util.regex.Pattern paragraph, String sentence) {
        java.util.regex.Matcher m = paragraph.matcher(text);
        if (m.find()) {
            return text.substring(0, m.end(1)) + sentence + text.substring(m.end(1));
        }
        return text + "\n" + sentence;
    }
}
