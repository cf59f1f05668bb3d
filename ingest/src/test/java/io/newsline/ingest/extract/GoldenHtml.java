package io.newsline.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The gzipped golden HTML pages under {@code src/test/resources/golden/html}, for tests in any package. */
public final class GoldenHtml {
    private static final Path ROOT = Path.of("src/test/resources/golden/html");

    private GoldenHtml() {
    }

    /** The {@code .html.gz} pages directly in the folder ({@code subfolders} false) or in it and below, sorted. */
    public static List<Path> pages(boolean subfolders) {
        try (Stream<Path> files = subfolders ? Files.walk(ROOT) : Files.list(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's HTML, its bytes read as UTF-8 (as every golden page is). */
    public static String html(Path page) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
