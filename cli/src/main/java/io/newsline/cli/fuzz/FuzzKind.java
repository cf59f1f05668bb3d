package io.newsline.cli.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * One kind of raw-page record, how to make one, and the outcome ingest must give it: {@code article:LANG},
 * {@code not-article}, {@code removed}, or {@code dead-letter:REASON} (the reason class as topics and metrics spell
 * it). Weights are per 1,000 records; valid kinds make up 20 %. All texts are written for this suite.
 */
public enum FuzzKind {
    VALID_ARTICLE(95, "article:en", (r, url) -> page(url, article(r), null)),
    VALID_GZIP_BASE64(20, "article:en", (r, url) -> base64Page(url, gzip(html(article(r)).getBytes(StandardCharsets.UTF_8)),
            "text/html; charset=utf-8")),
    VALID_TAKEDOWN(10, "removed", (r, url) -> json("{\"url\":" + quote(url) + ",\"takedown\":true}")),
    VALID_DEEP_NESTING(20, "article:en", (r, url) -> page(url, "<div>".repeat(2_000) + article(r), null)),
    VALID_NESTED_RULE_AREAS(20, "article:en", (r, url) -> json(pageJson(url, storyBesideNestedHub(r), null))),
    CHARSET_IBM037_ASCII(5, "article:en", (r, url) -> charsetPage(url, Texts.ENGLISH, StandardCharsets.US_ASCII, "IBM037")),
    CHARSET_UTF32_ASCII(5, "article:en", (r, url) -> charsetPage(url, Texts.ENGLISH, StandardCharsets.US_ASCII, "UTF-32")),
    CHARSET_1251_AS_UTF8(5, "article:ru", (r, url) -> charsetPage(url, Texts.RUSSIAN, Charset.forName("windows-1251"), "utf-8")),
    CHARSET_UTF16LE_AS_UTF8(5, "article:de", (r, url) -> charsetPage(url, Texts.GERMAN, StandardCharsets.UTF_16LE, "utf-8")),
    CHARSET_SJIS_AS_LATIN1(5, "article:ja", (r, url) -> charsetPage(url, Texts.JAPANESE, Charset.forName("Shift_JIS"), "iso-8859-1")),
    CHARSET_GREEK_BOGUS(5, "article:el", (r, url) -> charsetPage(url, Texts.GREEK, Charset.forName("ISO-8859-7"), "x-greek-bogus")),
    CHARSET_1252_UNKNOWN(5, "article:de", (r, url) -> charsetPage(url, Texts.GERMAN, Charset.forName("windows-1252"), "x-unknown")),
    TRAILING_TOKENS(60, "dead-letter:invalid-json", (r, url) -> json(pageJson(url, html(article(r)), null) + " xyz")),
    JSON_ARRAY(22, "dead-letter:invalid-json", (r, url) -> json("[" + pageJson(url, "<p>x</p>", null) + "]")),
    JSON_SCALAR(22, "dead-letter:invalid-json", (r, url) -> json(new String[] {"\"a string\"", "42", "true", "null"}[r.nextInt(4)])),
    TRUNCATED_JSON(22, "dead-letter:invalid-json", (r, url) -> {
        String whole = pageJson(url, html(article(r)), null);
        return json(whole.substring(0, whole.length() / 2));
    }),
    BAD_URL(93, "dead-letter:invalid-field", (r, url) -> json(pageJson(new String[] {"javascript:alert(1)",
            "www.example.com/no-scheme", "gopher://example.com/x", "https://example.com:99999/x", "http://[::1/x",
            "https://example.com/a%zzb", "https://example.com/" + "a".repeat(100_000)}[r.nextInt(7)],
            html(article(r)), null))),
    WRONG_FIELD_TYPES(60, "dead-letter:invalid-field", (r, url) -> json(new String[] {
        "{\"url\":" + quote(url) + ",\"body\":{\"html\":\"x\"}}",
        "{\"url\":" + quote(url) + ",\"body\":\"<p>x</p>\",\"httpStatus\":\"ok\"}",
        "{\"url\":" + quote(url) + ",\"body\":\"<p>x</p>\",\"headers\":[1,2]}",
        "{\"url\":" + quote(url) + ",\"body\":\"<p>x</p>\",\"takedown\":\"yes\"}",
        "{\"url\":" + quote(url) + ",\"body\":\"<p>x</p>\",\"fetchedAt\":\"yesterday\"}",
        "{\"url\":" + quote(url) + ",\"bodyBase64\":12345}"}[r.nextInt(6)])),
    BAD_BASE64(45, "dead-letter:invalid-field", (r, url) -> json("{\"url\":" + quote(url) + ",\"bodyBase64\":\"*** not base64 ***\"}")),
    MISSING_URL(22, "dead-letter:missing-field", (r, url) -> json("{\"body\":\"<p>no url</p>\"}")),
    TOMBSTONE(30, "dead-letter:undecodable", (r, url) -> null),
    EMPTY(22, "dead-letter:undecodable", (r, url) -> new byte[0]),
    WHITESPACE(22, "dead-letter:undecodable", (r, url) -> json(" \n\t  \r\n ")),
    RANDOM_BYTES(30, "dead-letter:undecodable", (r, url) -> randomBytes(r, 2_000, (byte) 0x17)),
    NOT_GZIP_DECLARED_GZIP(30, "dead-letter:undecodable", (r, url) -> {
        byte[] bytes = randomBytes(r, 4_000, (byte) 0x1F);
        bytes[1] = (byte) 0x8B;
        return base64Page(url, bytes, "text/html");
    }),
    GZIP_IN_GZIP(30, "dead-letter:undecodable", (r, url) -> base64Page(url,
            gzip(gzip(html(article(r)).getBytes(StandardCharsets.UTF_8))), "text/html")),
    GZIP_BOMB(7, "dead-letter:oversize", (r, url) -> base64Page(url, gzip(new byte[50 * 1024 * 1024]), "text/html")),
    OVERSIZE(4, "dead-letter:oversize", (r, url) -> base64Page(url, filler(6 * 1024 * 1024), "text/html")),
    BINARY_AS_HTML(37, "dead-letter:undecodable", (r, url) -> base64Page(url, randomBytes(r, 8_000, (byte) 0), "text/html")),
    HUGE_TOKEN(22, "not-article", (r, url) -> page(url, "<p>" + new String[] {"x", "ж", "0f"}[r.nextInt(3)]
            .repeat(500_000) + "</p>", null)),
    SYMBOL_SOUP(30, "not-article", (r, url) -> page(url, "<p>" + symbols(r, 20_000) + "</p>", null)),
    CONTROL_CHARS(37, "article:en", (r, url) -> page(url, withControlCharacters(r, article(r)), null)),
    TRUNCATED_HTML(60, "article:en", (r, url) -> {
        String html = html(article(r) + "<div class=\"footer\"><a href=\"/about\">About us</a></div>");
        return json(pageJson(url, html.substring(0, html.length() - 30), null));
    }),
    NESTED_TABLES_OPEN(12, "dead-letter:too-complex", (r, url) -> page(url, "<td><table><tr>".repeat(300_000)
            + article(r), null)),
    NESTED_TABLES_CLOSED(12, "dead-letter:too-complex", (r, url) -> page(url, "<table><tr><td>".repeat(75_000)
            + article(r) + "</td></tr></table>".repeat(75_000), null)),
    NESTED_INLINE(12, "dead-letter:too-complex", (r, url) -> page(url, "<b><i><a href=x>".repeat(250_000) + article(r), null)),
    MANY_LINKS(12, "dead-letter:too-complex", (r, url) -> page(url, "<a href=\"/l\">link</a> ".repeat(200_000), null)),
    NOT_ARTICLE_SHORT(45, "not-article", (r, url) -> page(url, "<p>Page not found.</p>", null));

    /** Makes one record's value for a page at {@code url} (null: a tombstone). */
    @FunctionalInterface
    interface Maker {
        byte[] make(Random random, String url);
    }

    private final int weight;
    private final String expected;
    private final Maker maker;

    FuzzKind(int weight, String expected, Maker maker) {
        this.weight = weight;
        this.expected = expected;
        this.maker = maker;
    }

    /** Records of this kind per 1,000. */
    public int weight() {
        return weight;
    }

    /** The outcome ingest must give: article:LANG, not-article, removed or dead-letter:REASON. */
    public String expected() {
        return expected;
    }

    public boolean valid() {
        return name().startsWith("VALID_") || name().startsWith("CHARSET_");
    }

    /** The kind's name as printed: lower case with hyphens. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    byte[] make(Random random, String url) {
        return maker.make(random, url);
    }

    static String article(Random r) {
        return Texts.article(r);
    }

    static String html(String body) {
        return "<!doctype html><html><head><title>" + Texts.TITLE + "</title></head><body><article>" + body
                + "</article></body></html>";
    }

    /**
     * A story beside a hub of 2,000 linked items nested 500 elements deep in one kind of element whose text a rule
     * of the extractor reads (byline and author areas, date holders, standfirsts, headings, copyright lines): a rule
     * that read each such element's whole text would read the hub's once per level.
     */
    static String storyBesideNestedHub(Random r) {
        String[][] areas = {{"<div class=\"byline\">", "</div>", "1"}, {"<span class=\"author\">", "</span>", "1"},
            {"<div itemprop=\"author\">", "</div>", "1"}, {"<div class=\"date\">", "</div>", "1"},
            {"<div class=\"standfirst\">", "</div>", "1"}, {"<h1><div>", "</div></h1>", "2"},
            {"<h2><div>", "</div></h2>", "2"}, {"<div>\u00A9 2024 Example News<div>", "</div></div>", "2"}};
        String[] area = areas[r.nextInt(areas.length)];
        int levels = 500 / Integer.parseInt(area[2]);
        StringBuilder hub = new StringBuilder("<ul>");
        for (int i = 0; i < 2_000; i++) {
            hub.append("<li><a href=\"/section/story-").append(i).append(".html\">Story number ").append(i)
                    .append(" about the day's events</a></li>");
        }
        return "<!doctype html><html><head><title>" + Texts.TITLE + "</title></head><body><article>" + article(r)
                + "</article><div>" + area[0].repeat(levels) + hub.append("</ul>") + area[1].repeat(levels)
                + "</div></body></html>";
    }

    static byte[] page(String url, String body, String contentType) {
        return json(pageJson(url, html(body), contentType));
    }

    static String pageJson(String url, String html, String contentType) {
        return "{\"url\":" + quote(url) + (contentType == null ? "" : ",\"contentType\":" + quote(contentType))
                + ",\"source\":\"fuzz\",\"body\":" + quote(html) + "}";
    }

    static byte[] base64Page(String url, byte[] body, String contentType) {
        return json("{\"url\":" + quote(url) + ",\"contentType\":" + quote(contentType) + ",\"source\":\"fuzz\","
                + "\"bodyBase64\":\"" + Base64.getEncoder().encodeToString(body) + "\"}");
    }

    static byte[] charsetPage(String url, String text, Charset encoding, String label) {
        String html = "<html><head><title>" + Texts.TITLE + "</title></head><body><article><p>" + text + "</p><p>"
                + text + "</p></article></body></html>";
        return base64Page(url, html.getBytes(encoding), "text/html; charset=" + label);
    }

    static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] randomBytes(Random r, int n, byte first) {
        byte[] bytes = new byte[n];
        r.nextBytes(bytes);
        bytes[0] = first;
        return bytes;
    }

    static byte[] filler(int n) {
        byte[] bytes = "<p>filler text </p>".repeat(n / 19 + 1).getBytes(StandardCharsets.US_ASCII);
        return java.util.Arrays.copyOf(bytes, n);
    }

    static String symbols(Random r, int n) {
        String pool = "#$%&*+=@^|~{}[]/\\";
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(pool.charAt(r.nextInt(pool.length())));
            if (r.nextInt(6) == 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    static String withControlCharacters(Random r, String html) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        for (int i = 0; i < html.length(); i++) {
            out.append(html.charAt(i));
            if (html.charAt(i) == ' ' && r.nextInt(40) == 0) {
                out.append((char) (1 + r.nextInt(8)));
            }
        }
        return out.toString();
    }
}
