package io.newsline.ingest.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Loads test pages from {@code src/test/resources/golden}, and the syndication development sets (third-party page
 * text, never copied into the repository) from {@code ../shared/fixtures} at run time.
 */
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

    /** A flattened page under {@code golden/text/}: its {@code url:} header line, and the page text after both header lines. */
    static PageInput syndicationPage(String file) {
        return flatPage(text("text/" + file));
    }

    /**
     * A page of a development set in {@code ../shared/fixtures} (or the folder {@code NEWSLINE_SHARED} names), in the
     * layout of {@link #syndicationPage}; the calling test is skipped when the set is absent.
     */
    static PageInput sharedPage(String set, String file) {
        Path fixtures = sharedFixtures(set);
        assumeTrue(fixtures != null, "../shared/fixtures/" + set + " is absent (set NEWSLINE_SHARED): the development "
                + "sets are read from there at run time, never copied into the repository");
        try {
            return flatPage(Files.readString(fixtures.resolve(set).resolve(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared fixtures folder holding {@code set}: {@code NEWSLINE_SHARED}, else ../shared beside the repository; null if absent. */
    static Path sharedFixtures(String set) {
        String configured = System.getenv("NEWSLINE_SHARED");
        for (Path p : configured != null ? List.of(Path.of(configured)) : List.of(Path.of("../../shared"),
                Path.of("../shared"))) {
            if (Files.isDirectory(p.resolve("fixtures").resolve(set))) {
                return p.resolve("fixtures");
            }
        }
        return null;
    }

    private static PageInput flatPage(String all) {
        String[] lines = all.split("\n", 3);
        String url = lines[0].replaceFirst("^url:\\s*", "").trim();
        return new PageInput(url, null, "text/plain; charset=utf-8", lines[2].getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static ExtractedArticle extracted(ExtractionResult result) {
        if (result instanceof ExtractionResult.Extracted e) {
            return e.article();
        }
        throw new AssertionError("expected an article, got " + result);
    }
}
