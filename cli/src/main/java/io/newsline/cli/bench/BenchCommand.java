package io.newsline.cli.bench;

import io.newsline.cli.Pipeline;
import io.newsline.enrich.app.EnrichApp;
import io.newsline.enrich.app.EnrichedArticles;
import io.newsline.ingest.app.ArticleCleaner;
import io.newsline.ingest.app.IngestApp;
import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import io.newsline.publish.story.StoryAssigner;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicAdmin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsline bench}: the end-to-end benchmark. On an embedded broker, in this JVM, after warming everything up,
 * it measures a raw Kafka baseline (produce and consume the same page bytes, no processing) and then, in rounds on
 * fresh pages of the same mix: each stage's library alone (ArticleCleaner, EnrichedArticles, StoryAssigner, one
 * thread each, as the apps run them), the three libraries as a pipeline without Kafka (one thread per stage, in-memory
 * queues), and the three apps with exactly-once on draining the round's pages from the raw topic (sustained pages/s
 * once full, and over the whole window), with CPU time by thread group and where the stream threads' time went.
 * Then page-to-decision latency percentiles at a fixed offered rate (half the sustained rate unless given). Rounds
 * keep each ratio's two sides seconds apart on a machine whose speed drifts. Not a test: it asserts nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "End-to-end benchmark on an embedded broker: library, raw Kafka and pipeline throughput, latency, CPU, heap.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--pages", description = "Pages timed through the pipeline, split into the rounds (default ${DEFAULT-VALUE}).")
    int pages = 2000;
    @Option(names = "--latency-pages", description = "Pages offered at a fixed rate for the latency run (default ${DEFAULT-VALUE}).")
    int latencyPages = 300;
    @Option(names = "--rate", description = "Offered rate in pages/s for the latency run (default: half the sustained rate).")
    Double rate;
    @Option(names = "--copies", description = "Share of pages that are exact copies of an earlier page (default ${DEFAULT-VALUE}).")
    double copies = 1.0 / 3;
    @Option(names = "--warmup-pages", description = "Pages each library and then the running apps process before "
            + "anything is timed, so that both are measured compiled (default ${DEFAULT-VALUE}).")
    int warmupPages = 200;
    @Option(names = "-D", paramLabel = "KEY=VALUE", description = "A setting for the apps, e.g. -D commit.interval.ms=500.")
    Map<String, String> settings = new LinkedHashMap<>();
    @Option(names = "--rounds", description = "Rounds the timed pages are split into, each timing the libraries and "
            + "then the apps on fresh pages (default ${DEFAULT-VALUE}).")
    int rounds = 4;
    @Option(names = "--live-send", description = "Send the throughput run's pages while the clock runs, instead of "
            + "onto the raw topic before it starts with the apps paused (the sender then shares the cores).")
    boolean liveSend;
    @Option(names = "--near-copies", description = "Make the pages that are not exact copies differ from the other "
            + "pages of their source by one sentence only, so that they join its story as near-copies (the bench before "
            + "2026-11-28), instead of rewording them into articles of their own.")
    boolean nearCopies;
    @Option(names = "--pin-enrich", description = "Give the enrich stage a core of its own and every other thread the "
            + "other cores, as a deployment on a small machine would with a cpuset: the apps' enrich stream thread, "
            + "the libraries' pipeline's enrich thread and the thread running the libraries alone (Linux, needs taskset).")
    boolean pinEnrich;
    @Option(names = "--html", paramLabel = "DIR", description = "A folder of .html/.html.gz pages to add to the bundled samples.")
    Path html;

    @Override
    public Integer call() throws Exception {
        BenchPages generator = new BenchPages(copies, nearCopies, html);
        List<Map<String, Object>> sources = generator.sources();
        int perRound = Math.max(1, pages / rounds);
        System.out.printf("newsline bench: %d source pages, %d pages in %d rounds, %.0f%% copies, %d warm-up pages, %d cores, "
                        + "heap max %d MiB%s%n", sources.size(), perRound * rounds, rounds, copies * 100, warmupPages, Measures.cores(),
                Runtime.getRuntime().maxMemory() >> 20, settings.isEmpty() ? "" : ", settings " + settings);
        // The libraries alone run on this thread: pinned, it gets the enrich stage's core, so that the stage alone and
        // the apps' enrich thread have the same core and share the collector's threads alike.
        Predicate<String> enrichThreads = enrichThreads(NewslineConfig.defaults().with(settings));
        try (CorePinning pinning = pinEnrich ? new CorePinning(enrichThreads, true) : null) {
            if (pinning != null) {
                System.out.println("enrich pinned: the enrich stage's threads (and the thread that runs the libraries "
                        + "alone) on a core of their own, every other thread on the other cores");
            }
            return measure(generator, sources, perRound);
        }
    }

    /** The OS name of the stream threads of the pipeline's app of that name. */
    private static String streamThread(Pipeline pipeline, String app) {
        return ThreadTimes.comm(pipeline.apps().stream().filter(a -> a.name().equals(app)).findFirst().orElseThrow()
                .applicationId());
    }

    /**
     * The enrich stage's threads by OS name: the apps' enrich stream thread (named after the application id the
     * settings give) and the libraries' pipeline's.
     */
    static Predicate<String> enrichThreads(NewslineConfig config) {
        String app = ThreadTimes.comm(new EnrichApp().applicationId(config));
        String library = LibraryStages.ENRICH_THREAD.substring(0, ThreadTimes.COMM_LENGTH);
        return name -> name.equals(app) || name.equals(library);
    }

    private int measure(BenchPages generator, List<Map<String, Object>> sources, int perRound) throws Exception {
        List<byte[]> warmup = generator.multiply(sources, warmupPages, "warm");

        NewslineConfig libConfig = NewslineConfig.defaults();
        ArticleCleaner cleaner = IngestApp.cleaner(libConfig);
        EnrichedArticles enricher = EnrichApp.enricher(libConfig);
        StoryAssigner assigner = new StoryAssigner(io.newsline.publish.match.WireSource.load());
        // Warm up each library on other pages (a round's copies are copies of that round's own pages, so the warm-up
        // gives the enricher's reuse cache no hits later).
        Library warm = LibraryStages.libraryRun(warmup, cleaner, enricher, assigner);
        System.out.printf("the mix: the publish library made %d stories of %d warm-up pages, the largest of %d members%n",
                warm.stories(), warmup.size(), warm.largestStory());

        Path dir = Files.createTempDirectory("newsline-bench-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.persistent(dir.resolve("kafka"), 0, 0, Map.of()).start()) {
            NewslineConfig config = NewslineConfig.defaults().with(settings).with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "topic.replication.factor", "1", "topic.min.insync.replicas", "1", "topic.partitions", "1",
                    "app.state.dir", dir.resolve("state").toString(), "http.port", "-1"));
            TopicAdmin.createAll(config);
            double kafka = KafkaBaseline.rawKafkaBaseline(broker, generator.multiply(sources, perRound, "k"));
            System.out.printf("raw Kafka baseline: %.1f pages/s (produce + consume the same bytes, no processing)%n", kafka);

            try (Pipeline pipeline = new Pipeline(Pipeline.definitions("all"), config).start();
                 PageSender sender = new PageSender(KafkaBaseline.producer(broker));
                 DecisionWatcher decisions = new DecisionWatcher(config, sender)) {
                pipeline.awaitRunning(Duration.ofMinutes(3));
                // Warm the apps (the JIT compiles the broker's, the clients' and Streams' paths) on as many pages as
                // the libraries were warmed on, with the same pages: the enricher's cache sees what the library's saw.
                decisions.await(sender.send(PageSender.addressed(warmup), 0), Duration.ofMinutes(30));

                // Rounds, each timing the libraries and then the pipeline on fresh pages of the same mix: this
                // machine's speed drifts by tens of percent over minutes, so each ratio compares measures taken
                // seconds apart, and the median of the rounds' ratios is the figure to quote.
                Rounds totals = new Rounds();
                for (int round = 1; round <= rounds; round++) {
                    pipeline.apps().forEach(app -> app.streams().pause());
                    Library library = LibraryStages.libraryRun(generator.multiply(sources, perRound, "a" + round), cleaner, enricher, assigner);
                    LibraryStages.LibraryPipeline threaded = LibraryStages.libraryPipeline(generator.multiply(sources, perRound, "b" + round), cleaner, enricher,
                            assigner);
                    double libraryPipeline = LibraryStages.steadyRate(threaded.completions());
                    List<PageSender.Addressed> timed = PageSender.addressed(generator.multiply(sources, perRound, "t" + round));
                    long commits0 = commits(pipeline);
                    // A backlog, as in a backfill: the pages wait on the raw topic while the apps are paused, and the
                    // clock runs from resuming them to the last decision. The crawler's stand-in then does not share
                    // the pipeline's cores (--live-send measures it sending inside the window).
                    List<String> ids = liveSend ? null : sender.send(timed, 0);
                    CpuAccount cpu = new CpuAccount();
                    ThreadTimes threadTimes = new ThreadTimes(pipeline.apps());
                    PhaseSampler phases = new PhaseSampler(streamThread(pipeline, "ingest"), streamThread(pipeline, "enrich"));
                    long t0 = System.nanoTime();
                    pipeline.apps().forEach(app -> app.streams().resume());
                    if (liveSend) {
                        ids = sender.send(timed, 0);
                    }
                    boolean done = decisions.await(ids, Duration.ofMinutes(30));
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    Map<String, Long> windowCpu = cpu.since();
                    long windowGc = cpu.gcMillisSince();
                    Map<String, ThreadTimes.Times> windowWaits = threadTimes.since();
                    phases.close();
                    long committed = commits(pipeline) - commits0;
                    // The stage alone once more, right after: the apps are compared with the mean of the two
                    // measures that bracket them, so a drift of the machine's speed over the round cancels out.
                    pipeline.apps().forEach(app -> app.streams().pause());
                    Library after = LibraryStages.libraryRun(generator.multiply(sources, perRound, "c" + round), cleaner, enricher, assigner);
                    Library bracketing = Library.mean(library, after);
                    pipeline.apps().forEach(app -> app.streams().resume());
                    double whole = perRound / seconds;
                    double sustained = LibraryStages.steadyRate(ids.stream().mapToLong(id -> decisions.arrivals.getOrDefault(id, t0))
                            .toArray());
                    totals.add(bracketing, libraryPipeline, threaded.enrichCpuMsPerPage(), sustained, seconds, windowCpu, windowGc,
                            windowWaits, phases.phases(), committed);
                    System.out.printf("round %d: enrich library alone %.1f pages/s (slowest stage; %.1f before the apps, "
                                    + "%.1f after), libraries as a pipeline (3 threads, no Kafka) %.1f, apps %.1f (%.1f over "
                                    + "the whole window)%s = %.0f%% of the slowest stage alone, %.0f%% of the libraries as a "
                                    + "pipeline%n", round, bracketing.slowest(), library.slowest(), after.slowest(),
                            libraryPipeline, sustained, whole, done ? "" : " (timed out)", 100 * sustained / bracketing.slowest(),
                            100 * sustained / libraryPipeline);
                }
                totals.report(perRound * rounds, liveSend);

                double offered = rate != null ? rate : totals.medianSustained() / 2;
                decisions.latencies.clear();
                List<String> latencyIds = sender.send(PageSender.addressed(generator.multiply(sources, latencyPages, "l")), offered);
                decisions.await(latencyIds, Duration.ofMinutes(30));
                long[] ms = latencyIds.stream().mapToLong(id -> decisions.latencies.getOrDefault(id, -1L)).filter(v -> v >= 0)
                        .sorted().toArray();
                System.out.printf("latency, page sent -> decision committed, at %.1f pages/s offered (%d pages): "
                                + "p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                        offered, ms.length, Measures.pct(ms, 50), Measures.pct(ms, 95), Measures.pct(ms, 99), ms.length == 0 ? -1 : ms[ms.length - 1]);
            }
        } finally {
            deleteRecursively(dir);
        }
        return 0;
    }

    /** Transactions the apps' stream threads have committed so far (Streams' commit-total, summed). */
    static long commits(Pipeline pipeline) {
        long total = 0;
        for (io.newsline.runtime.app.StreamsApp app : pipeline.apps()) {
            for (var metric : app.streams().metrics().entrySet()) {
                if (metric.getKey().name().equals("commit-total") && metric.getKey().group().equals("stream-thread-metrics")
                        && metric.getValue().metricValue() instanceof Number n) {
                    total += n.longValue();
                }
            }
        }
        return total;
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
