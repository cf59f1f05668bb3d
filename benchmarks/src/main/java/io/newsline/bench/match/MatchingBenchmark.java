package io.newsline.bench.match;

import io.newsline.publish.match.BandIndex;
import io.newsline.publish.match.Fingerprint;
import io.newsline.publish.match.Fingerprinter;
import io.newsline.publish.match.InMemoryByteStore;
import io.newsline.publish.match.MatchScheme;
import io.newsline.publish.match.Matcher;
import io.newsline.publish.match.WireSource;
import io.newsline.publish.match.text.Shingler;
import io.newsline.publish.story.CandidatePolicy;
import io.newsline.publish.story.InMemoryStoryState;
import io.newsline.publish.story.StoryAssigner;
import io.newsline.publish.story.StoryDecider;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.EnrichmentStatus;
import io.newsline.schemas.ExtractionLineage;
import io.newsline.schemas.PageType;
import io.newsline.schemas.codec.NewslineSchemas;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matching speed per article against an index of {@code indexSize} fingerprints: fingerprint + candidate search +
 * verification + the pick per story ({@link #fingerprintAndMatch}, the publish app's own {@link StoryDecider} over
 * in-memory stores instead of its state stores) beside only normalising and shingling the same texts
 * ({@link #normaliseAndShingleFloor}), in the same run. One operation is one article; the 181 real article bodies
 * of the extraction benchmark (copied into the publish module's test resources) are the queries, taken in turn.
 * The index holds synthetic fingerprints (random bins: unrelated articles) plus the real articles, decided into
 * stories as the app decides them, so queries also find and verify their own match. Setup prints the bytes of
 * matching state per indexed article (keys and values as a state store would hold them).
 *
 * <p>Run from the repository root: {@code benchmarks/run.sh MatchingBenchmark -f 1 -wi 2 -i 3}. On a machine
 * shared with other work, wall-clock throughput swings with the load; {@link #main} measures the same two
 * operations in thread CPU time, alternating rounds so both see the same conditions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class MatchingBenchmark {

    static final String ARTICLES =
            "publish/src/test/resources/io/newsline/publish/match/articles/scrapinghub-article-bodies.tsv.gz";

    @Param("1000000")
    int indexSize;

    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final Shingler shingler = fingerprinter.shingler();
    private StoryDecider decider;
    private String[] texts;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        texts = readArticles(Path.of(System.getProperty("newsline.bench.articles", ARTICLES)));
        NewslineSchemas.store(); // loading it lets Avro build the contract records (it trusts their package)
        InMemoryByteStore fingerprints = new InMemoryByteStore();
        InMemoryByteStore bands = new InMemoryByteStore();
        BandIndex index = new BandIndex(fingerprints, bands);
        decider = new StoryDecider(new StoryAssigner(WireSource.load()), new Matcher(), new InMemoryStoryState(), index);
        SplittableRandom random = new SplittableRandom(42);
        byte[] template = fingerprinter.fingerprint(texts[0]).toBytes();
        for (int i = 0; i < indexSize; i++) {
            index.add("synthetic-" + i, syntheticFingerprint(template, random), i, null);
        }
        for (int i = 0; i < texts.length; i++) {
            decider.apply(article("article-" + i, texts[i]), indexSize + i);
        }
        int indexed = indexSize + texts.length;
        long stored = fingerprints.storedBytes() + bands.storedBytes();
        System.out.printf("%nindex: %d fingerprints, %d bytes of keys and values stored = %.0f bytes per indexed "
                + "article (fingerprint in bytes: %d)%n", indexed, stored, (double) stored / indexed, template.length);
    }

    private static EnrichedArticle article(String id, String text) {
        CleanArticle clean = CleanArticle.newBuilder().setArticleId(id).setUrl("https://bench.example/" + id)
                .setPageType(PageType.ARTICLE).setText(text).setFetchedAt(Instant.EPOCH)
                .setLineage(new ExtractionLineage("bench", "text", null, null, java.util.List.of())).build();
        return EnrichedArticle.newBuilder().setArticle(clean).setStatus(EnrichmentStatus.ENRICHED).build();
    }

    /**
     * A fingerprint with the header of a real one, a plausible shingle count, random bins and random sentence prints
     * (as many as the real one has), so that every synthetic article is unrelated to every other and to the queries.
     */
    private static Fingerprint syntheticFingerprint(byte[] template, SplittableRandom random) {
        byte[] bytes = template.clone();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.putInt(5, 200 + random.nextInt(1200));
        int minHashEnd = 9 + 2 * (MatchScheme.V1.bins() + MatchScheme.V1.leadBins());
        for (int offset = 9; offset < minHashEnd; offset += 2) {
            buffer.putChar(offset, (char) random.nextInt(0xFFFF));
        }
        // The sentence section: a version and count byte, then per sentence its skeleton hash (4 bytes), figures
        // hash (2) and word count (1), kept.
        for (int offset = minHashEnd + 2; offset + 7 <= bytes.length; offset += 7) {
            buffer.putInt(offset, random.nextInt());
            buffer.putChar(offset + 4, (char) random.nextInt(0xFFFF));
        }
        return Fingerprint.fromBytes(bytes);
    }

    private String nextText() {
        String text = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        return text;
    }

    @Benchmark
    public long normaliseAndShingleFloor() {
        long[] sum = new long[1];
        shingler.shingles(nextText(), null, null, null, (hash, sentence) -> sum[0] ^= hash);
        return sum[0];
    }

    @Benchmark
    public CandidatePolicy.Matches fingerprintAndMatch() {
        return decider.matches("query", fingerprinter.fingerprint(nextText(), null, null, null));
    }

    /**
     * CPU-time comparison of the two benchmarks: {@code java -cp ... io.newsline.bench.match.MatchingBenchmark
     * [indexSize] [rounds]}. Alternates floor and full rounds over all query texts and prints per-article CPU
     * microseconds and the ratio of throughputs.
     */
    public static void main(String[] args) throws IOException {
        MatchingBenchmark benchmark = new MatchingBenchmark();
        benchmark.indexSize = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        benchmark.setUp();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long floorNanos = 0;
        long fullNanos = 0;
        long sink = 0;
        int articles = benchmark.texts.length;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < articles; i++) {
                sink += benchmark.normaliseAndShingleFloor();
            }
            long middle = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < articles; i++) {
                sink += benchmark.fingerprintAndMatch().copies().size();
            }
            long end = threads.getCurrentThreadCpuTime();
            if (round >= rounds / 4) { // the first quarter warms up the JIT
                floorNanos += middle - start;
                fullNanos += end - middle;
            }
        }
        int measured = (rounds - rounds / 4) * articles;
        double floorMicros = floorNanos / 1e3 / measured;
        double fullMicros = fullNanos / 1e3 / measured;
        System.out.printf("CPU time per article: normalise+shingle %.1f us (%.0f articles/s), fingerprint+lookup+verify"
                        + " %.1f us (%.0f articles/s); full/floor throughput = %.2f  [%d]%n", floorMicros,
                1e6 / floorMicros, fullMicros, 1e6 / fullMicros, floorMicros / fullMicros, sink % 10);
    }

    static String[] readArticles(Path path) throws IOException {
        List<String> texts = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String body = line.split("\t", 3)[2];
                texts.add(body.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\"));
            }
        }
        return texts.toArray(String[]::new);
    }
}
