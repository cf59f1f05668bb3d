package io.newsline.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * A small WARC in the shape of Common Crawl's CC-NEWS, written with jwarc: a warcinfo record, then a 200 HTML article,
 * its request record, a 404, an image and a 200 page in windows-1252 whose charset is only in the HTTP header.
 */
final class WarcFixtures {

    static final Instant ARTICLE_CAPTURED = Instant.parse("2026-10-03T08:15:30Z");
    static final Instant LATIN_CAPTURED = Instant.parse("2026-10-03T08:16:02Z");
    /** Text of the windows-1252 page: characters whose bytes differ from UTF-8's. */
    static final String LATIN_TEXT = "Zürich café owners said the tariff on crème brûlée imports — raised in "
            + "September — would cost them “thousands” of francs a year.";

    private WarcFixtures() {}

    static String articleUrl(String run) {
        return "https://news.example.org/2026/10/03/" + run + "/council-budget.html";
    }

    static String latinUrl(String run) {
        return "https://zeitung.example.ch/2026/10/03/" + run + "/cafe-tariff.html";
    }

    /** Writes the WARC; gzip: one gzip member per record, as CC-NEWS's {@code .warc.gz}. */
    static Path write(Path file, String run, String articleHtml, boolean gzip) throws IOException {
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(new Warcinfo.Builder().date(ARTICLE_CAPTURED)
                    .fields(java.util.Map.of("software", java.util.List.of("newsline-test"))).build());
            String article = articleUrl(run);
            writer.write(new WarcRequest.Builder(article).date(ARTICLE_CAPTURED)
                    .body(new HttpRequest.Builder("GET", "/2026/10/03/" + run + "/council-budget.html")
                            .addHeader("Host", "news.example.org").build()).build());
            writer.write(response(article, ARTICLE_CAPTURED, 200, "text/html; charset=utf-8",
                    articleHtml.getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://news.example.org/" + run + "/gone.html", ARTICLE_CAPTURED, 404,
                    "text/html", "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://news.example.org/" + run + "/photo.jpg", ARTICLE_CAPTURED, 200,
                    "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}));
            writer.write(response(latinUrl(run), LATIN_CAPTURED, 200, "text/html; charset=windows-1252",
                    latinHtml().getBytes(Charset.forName("windows-1252"))));
        }
        return file;
    }

    /** The windows-1252 page; no meta charset, so only the HTTP header tells how to read it. */
    static String latinHtml() {
        StringBuilder html = new StringBuilder("<html><head><title>Zürich cafés and the crème brûlée tariff</title>"
                + "</head><body><article><h1>Zürich cafés and the crème brûlée tariff</h1>");
        for (int i = 0; i < 6; i++) {
            html.append("<p>").append(LATIN_TEXT).append(" Paragraph ").append(i + 1).append(" of the report.</p>");
        }
        return html.append("</article></body></html>").toString();
    }

    private static WarcResponse response(String url, Instant captured, int status, String contentType, byte[] body)
            throws IOException {
        // body() sets the Content-Type header, as jwarc writes it (no space after ';').
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .addHeader("Server", "test")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(url).date(captured).body(http).build();
    }
}
