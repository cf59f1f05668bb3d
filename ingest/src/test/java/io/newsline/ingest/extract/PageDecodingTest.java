package io.newsline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Charset detection, gzip, the size cap and undecodable input. */
class PageDecodingTest {

    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults(new ParagraphBodyExtractor());
    private static final String STORY = "<p>Le café de la gare a rouvert ses portes après des mois de travaux, "
            + "et les habitués sont revenus dès le premier matin pour goûter à nouveau les croissants.</p>"
            + "<p>Le propriétaire, qui a repris l'établissement l'an dernier, espère attirer une nouvelle clientèle "
            + "grâce à une terrasse agrandie et à des horaires élargis le week-end.</p>";

    private static ExtractionResult extract(byte[] body, String contentType, Map<String, String> headers) {
        return EXTRACTOR.extract(new PageInput("https://news.example/cafe", null, contentType, body, headers));
    }

    private static byte[] page(String metaCharset, Charset encoding) {
        String meta = metaCharset == null ? "" : "<meta charset=\"" + metaCharset + "\">";
        return ("<html><head>" + meta + "<title>Café rouvert</title></head><body>" + STORY + "</body></html>")
                .getBytes(encoding);
    }

    @Test
    void httpHeaderCharsetWinsOverMeta() {
        byte[] body = page("utf-8", Charset.forName("windows-1252"));
        ExtractedArticle a = GoldenPages.extracted(extract(body, "text/html; charset=windows-1252", Map.of()));
        assertThat(a.title()).isEqualTo("Café rouvert");
        assertThat(a.language()).isEqualTo("fr");
    }

    @Test
    void metaCharsetIsUsedWithoutHeader() {
        byte[] body = page("iso-8859-1", StandardCharsets.ISO_8859_1);
        ExtractedArticle a = GoldenPages.extracted(extract(body, null, Map.of()));
        assertThat(a.title()).isEqualTo("Café rouvert");
    }

    @Test
    void byteOrderMarkWinsOverHeaderAndMeta() {
        byte[] utf8 = page("windows-1252", StandardCharsets.UTF_8);
        byte[] body = new byte[utf8.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, body, 3, utf8.length);
        ExtractedArticle a = GoldenPages.extracted(extract(body, "text/html; charset=iso-8859-1", Map.of()));
        assertThat(a.title()).isEqualTo("Café rouvert");
    }

    @Test
    void undeclaredWindows1252IsSniffed() {
        byte[] body = page(null, Charset.forName("windows-1252"));
        ExtractedArticle a = GoldenPages.extracted(extract(body, "text/html", Map.of()));
        assertThat(a.title()).isEqualTo("Café rouvert");
        assertThat(a.text()).contains("goûter", "clientèle");
    }

    @Test
    void invalidUtf8BytesBecomeReplacementCharactersNotFailures() {
        byte[] good = page("utf-8", StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(good, good.length);
        int at = new String(good, StandardCharsets.ISO_8859_1).indexOf("rouvert ses");
        body[at] = (byte) 0xFF;
        ExtractedArticle a = GoldenPages.extracted(extract(body, "text/html; charset=utf-8", Map.of()));
        assertThat(a.text()).contains("\uFFFDouvert ses portes");
    }

    @Test
    void contentTypeFromHeadersMapIsUsedWhenTheFieldIsNull() {
        byte[] body = page(null, Charset.forName("windows-1252"));
        ExtractedArticle a = GoldenPages.extracted(extract(body, null, Map.of("content-type", "text/html; charset=windows-1252")));
        assertThat(a.title()).isEqualTo("Café rouvert");
    }

    @Test
    void gzipBodiesAreInflated() throws IOException {
        ExtractedArticle a = GoldenPages.extracted(extract(gzip(page("utf-8", StandardCharsets.UTF_8)), null, Map.of()));
        assertThat(a.title()).isEqualTo("Café rouvert");
        assertThat(a.pageType()).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void pagesAboveTheCapFailAsOversizeAlsoAfterGunzip() throws IOException {
        ArticleExtractor small = new ArticleExtractor(ExtractorSettings.defaults().withMaxBodyBytes(10_000),
                io.newsline.ingest.extract.site.SiteRegistry.empty(), new ParagraphBodyExtractor());
        byte[] big = ("<html><body>" + "<p>word word word word</p>".repeat(2000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        ExtractionResult raw = small.extract(PageInput.of("https://news.example/big", big));
        assertThat(raw).isInstanceOfSatisfying(ExtractionResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(FailureReason.OVERSIZE));
        byte[] compressed = gzip(big);
        assertThat(compressed.length).isLessThan(10_000);
        ExtractionResult inflated = small.extract(PageInput.of("https://news.example/big", compressed));
        assertThat(inflated).isInstanceOfSatisfying(ExtractionResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(FailureReason.OVERSIZE));
    }

    @Test
    void binaryAndCorruptGzipBodiesAreUndecodable() {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7);
        }
        assertThat(extract(binary, null, Map.of())).isInstanceOfSatisfying(ExtractionResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(FailureReason.UNDECODABLE));
        byte[] corrupt = {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8};
        assertThat(extract(corrupt, null, Map.of())).isInstanceOfSatisfying(ExtractionResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(FailureReason.UNDECODABLE));
    }

    @Test
    void htmlServedAsTextPlainIsStillParsedAsHtml() {
        ExtractedArticle a = GoldenPages.extracted(extract(("<!DOCTYPE html>" + new String(page("utf-8",
                StandardCharsets.UTF_8), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8), "text/plain", Map.of()));
        assertThat(a.title()).isEqualTo("Café rouvert");
        assertThat(a.text()).doesNotContain("<p>");
    }

    @Test
    void emptyBodyIsANotArticleNotAFailure() {
        ExtractedArticle a = GoldenPages.extracted(extract(new byte[0], "text/plain", Map.of()));
        assertThat(a.pageType()).isEqualTo(PageType.NOT_ARTICLE);
        assertThat(a.text()).isEmpty();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
