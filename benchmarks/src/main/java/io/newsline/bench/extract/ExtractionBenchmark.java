package io.newsline.bench.extract;

import io.newsline.ingest.extract.ArticleExtractor;
import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.ExtractionResult;
import io.newsline.ingest.extract.PageInput;
import io.newsline.ingest.extract.body.MainTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Main-text extraction speed against jsoup's parse-only speed on the same pages, single-threaded, in one run.
 * Each operation handles one page, cycling through the 181 scrapinghub benchmark pages, so scores are pages per
 * second. The parsing benchmarks parse from bytes with jsoup's charset detection, as the ingest path does;
 * {@code extractMainTextOnly} runs the extractor on pages parsed once in setup; {@code extractArticle} is the whole
 * extraction the ingest app runs on a page's bytes (charset, parse within the page budget, metadata, page kind,
 * body, credits, language).
 *
 * <p>Pages: {@code bench-data/extraction/scrapinghub/html} (run from the project root, as {@code benchmarks/run.sh}
 * does), or the folder in system property {@code newsline.bench.extraction.pages}
 * (pass {@code -jvmArgsAppend -Dnewsline.bench.extraction.pages=DIR}).
 *
 * <p>Run: {@code benchmarks/run.sh ExtractionBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class ExtractionBenchmark {

    static final String PAGES_PROPERTY = "newsline.bench.extraction.pages";
    static final String DEFAULT_PAGES = "bench-data/extraction/scrapinghub/html";

    private final MainTextExtractor extractor = new MainTextExtractor();
    private final ArticleExtractor articles = ArticleExtractor.withDefaults(new MainTextExtractor());
    private List<byte[]> pages;
    private List<Document> parsed;
    private int next;

    @Setup(Level.Trial)
    public void loadPages() throws IOException {
        Path dir = Path.of(System.getProperty(PAGES_PROPERTY, DEFAULT_PAGES));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no page folder " + dir.toAbsolutePath() + "; set -D" + PAGES_PROPERTY);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().matches(".*\\.html?(\\.gz)?$")).sorted().toList();
        }
        pages = new ArrayList<>(files.size());
        for (Path file : files) {
            pages.add(read(file));
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no .html or .html.gz pages in " + dir.toAbsolutePath());
        }
        parsed = new ArrayList<>(pages.size());
        for (byte[] page : pages) {
            parsed.add(parse(page));
        }
    }

    private static byte[] read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pageCount() {
        return pages.size();
    }

    /** The bytes of page {@code i}, as loaded. */
    byte[] page(int i) {
        return pages.get(i);
    }

    private byte[] nextPage() {
        byte[] page = pages.get(next);
        next = next + 1 == pages.size() ? 0 : next + 1;
        return page;
    }

    private Document nextParsed() {
        Document document = parsed.get(next);
        next = next + 1 == parsed.size() ? 0 : next + 1;
        return document;
    }

    private static Document parse(byte[] page) throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(page), null, "https://example.invalid/");
    }

    /** Baseline: jsoup parse alone. */
    @Benchmark
    public Document parseOnly() throws IOException {
        return parse(nextPage());
    }

    /**
     * Main-text extraction alone on documents parsed in setup (the extractor does not modify them): isolates the
     * extractor's own cost, which load on a shared machine blurs in the difference of the other two.
     */
    @Benchmark
    public List<Block> extractMainTextOnly() {
        return extractor.extractBody(nextParsed());
    }

    /** jsoup parse followed by main-text extraction. */
    @Benchmark
    public List<Block> parseAndExtractMainText() throws IOException {
        return extractor.extractBody(parse(nextPage()));
    }

    /** The ingest app's whole extraction of one page from its bytes: what "parse plus extraction" costs a page. */
    @Benchmark
    public ExtractionResult extractArticle() {
        return articles.extract(PageInput.of("https://example.invalid/", nextPage()));
    }
}
