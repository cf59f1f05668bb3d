package io.newsline.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads test pages from {@code src/test/resources/golden}. */
final class GoldenPages {
    private GoldenPages() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = GoldenPages.class.getResourceAsStream("/golden/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource golden/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /** A syndication-dev file: its {@code url:} header line, and the page text after both header lines. */
    static PageInput syndicationPage(String file) {
        String all = text("text/" + file);
        String[] lines = all.split("\n", 3);
        String url = lines[0].replaceFirst("^url:\\s*", "").trim();
        return new PageInput(url, null, "text/plain; charset=utf-8", lines[2].getBytes(StandardCharsets.UTF_8),
                java.util.Map.of());
    }

    static ExtractedArticle extracted(ExtractionResult result) {
        if (result instanceof ExtractionResult.Extracted e) {
            return e.article();
        }
        throw new AssertionError("expected an article, got " + result);
    }
}
