package io.newsline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.enrich.app.EnrichApp;
import io.newsline.enrich.app.EnrichedArticles;
import io.newsline.ingest.app.ArticleCleaner;
import io.newsline.ingest.app.IngestApp;
import io.newsline.ingest.raw.RawPageDecoder;
import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import io.newsline.publish.match.BandIndex;
import io.newsline.publish.match.InMemoryByteStore;
import io.newsline.publish.match.Matcher;
import io.newsline.publish.story.InMemoryStoryState;
import io.newsline.publish.story.StoryAssigner;
import io.newsline.publish.story.StoryDecider;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.dlq.Outcome;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.RawPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
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
final class BenchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The libraries' pipeline's enrich thread. */
    private static final String LIBRARY_ENRICH_THREAD = "bench-library-enrich";

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
        List<Map<String, Object>> sources = sources();
        int perRound = Math.max(1, pages / rounds);
        System.out.printf("newsline bench: %d source pages, %d pages in %d rounds, %.0f%% copies, %d warm-up pages, %d cores, "
                        + "heap max %d MiB%s%n", sources.size(), perRound * rounds, rounds, copies * 100, warmupPages, cores(),
                Runtime.getRuntime().maxMemory() >> 20, settings.isEmpty() ? "" : ", settings " + settings);
        // The libraries alone run on this thread: pinned, it gets the enrich stage's core, so that the stage alone and
        // the apps' enrich thread have the same core and share the collector's threads alike.
        Predicate<String> enrichThreads = enrichThreads(NewslineConfig.defaults().with(settings));
        try (CorePinning pinning = pinEnrich ? new CorePinning(enrichThreads, true) : null) {
            if (pinning != null) {
                System.out.println("enrich pinned: the enrich stage's threads (and the thread that runs the libraries "
                        + "alone) on a core of their own, every other thread on the other cores");
            }
            return measure(sources, perRound);
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
        String library = LIBRARY_ENRICH_THREAD.substring(0, ThreadTimes.COMM_LENGTH);
        return name -> name.equals(app) || name.equals(library);
    }

    private int measure(List<Map<String, Object>> sources, int perRound) throws Exception {
        List<byte[]> warmup = multiply(sources, warmupPages, "warm");

        NewslineConfig libConfig = NewslineConfig.defaults();
        ArticleCleaner cleaner = IngestApp.cleaner(libConfig);
        EnrichedArticles enricher = EnrichApp.enricher(libConfig);
        StoryAssigner assigner = new StoryAssigner(io.newsline.publish.match.WireSource.load());
        // Warm up each library on other pages (a round's copies are copies of that round's own pages, so the warm-up
        // gives the enricher's reuse cache no hits later).
        Library warm = libraryRun(warmup, cleaner, enricher, assigner);
        System.out.printf("the mix: the publish library made %d stories of %d warm-up pages, the largest of %d members%n",
                warm.stories(), warmup.size(), warm.largestStory());

        Path dir = Files.createTempDirectory("newsline-bench-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.persistent(dir.resolve("kafka"), 0, 0, Map.of()).start()) {
            NewslineConfig config = NewslineConfig.defaults().with(settings).with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "topic.replication.factor", "1", "topic.min.insync.replicas", "1", "topic.partitions", "1",
                    "app.state.dir", dir.resolve("state").toString(), "http.port", "-1"));
            TopicAdmin.createAll(config);
            double kafka = rawKafkaBaseline(broker, multiply(sources, perRound, "k"));
            System.out.printf("raw Kafka baseline: %.1f pages/s (produce + consume the same bytes, no processing)%n", kafka);

            try (Pipeline pipeline = new Pipeline(Pipeline.definitions("all"), config).start();
                 KafkaProducer<String, byte[]> producer = producer(broker);
                 DecisionWatcher decisions = new DecisionWatcher(config)) {
                pipeline.awaitRunning(Duration.ofMinutes(3));
                // Warm the apps (the JIT compiles the broker's, the clients' and Streams' paths) on as many pages as
                // the libraries were warmed on, with the same pages: the enricher's cache sees what the library's saw.
                decisions.await(send(producer, addressed(warmup), 0), Duration.ofMinutes(30));

                // Rounds, each timing the libraries and then the pipeline on fresh pages of the same mix: this
                // machine's speed drifts by tens of percent over minutes, so each ratio compares measures taken
                // seconds apart, and the median of the rounds' ratios is the figure to quote.
                Rounds totals = new Rounds();
                for (int round = 1; round <= rounds; round++) {
                    pipeline.apps().forEach(app -> app.streams().pause());
                    Library library = libraryRun(multiply(sources, perRound, "a" + round), cleaner, enricher, assigner);
                    LibraryPipeline threaded = libraryPipeline(multiply(sources, perRound, "b" + round), cleaner, enricher,
                            assigner);
                    double libraryPipeline = steadyRate(threaded.completions());
                    List<Addressed> timed = addressed(multiply(sources, perRound, "t" + round));
                    long commits0 = commits(pipeline);
                    // A backlog, as in a backfill: the pages wait on the raw topic while the apps are paused, and the
                    // clock runs from resuming them to the last decision. The crawler's stand-in then does not share
                    // the pipeline's cores (--live-send measures it sending inside the window).
                    List<String> ids = liveSend ? null : send(producer, timed, 0);
                    CpuAccount cpu = new CpuAccount();
                    ThreadTimes threadTimes = new ThreadTimes(pipeline.apps());
                    PhaseSampler phases = new PhaseSampler(streamThread(pipeline, "ingest"), streamThread(pipeline, "enrich"));
                    long t0 = System.nanoTime();
                    pipeline.apps().forEach(app -> app.streams().resume());
                    if (liveSend) {
                        ids = send(producer, timed, 0);
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
                    Library after = libraryRun(multiply(sources, perRound, "c" + round), cleaner, enricher, assigner);
                    Library bracketing = Library.mean(library, after);
                    pipeline.apps().forEach(app -> app.streams().resume());
                    double whole = perRound / seconds;
                    double sustained = steadyRate(ids.stream().mapToLong(id -> decisions.arrivals.getOrDefault(id, t0))
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
                List<String> latencyIds = send(producer, addressed(multiply(sources, latencyPages, "l")), offered);
                decisions.await(latencyIds, Duration.ofMinutes(30));
                long[] ms = latencyIds.stream().mapToLong(id -> decisions.latencies.getOrDefault(id, -1L)).filter(v -> v >= 0)
                        .sorted().toArray();
                System.out.printf("latency, page sent -> decision committed, at %.1f pages/s offered (%d pages): "
                                + "p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                        offered, ms.length, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms.length == 0 ? -1 : ms[ms.length - 1]);
            }
        } finally {
            deleteRecursively(dir);
        }
        return 0;
    }

    /** The rounds' measures, added up for the report. */
    static final class Rounds {
        private final List<Double> slowest = new ArrayList<>();
        private final List<Double> libraryPipelines = new ArrayList<>();
        private final List<Double> sustained = new ArrayList<>();
        private final List<Double> ofSlowest = new ArrayList<>();
        private final List<Double> ofLibraryPipeline = new ArrayList<>();
        private final double[] libraryCpu = new double[3];
        private double pipelinedEnrichCpu;
        private final Map<String, Long> cpu = new LinkedHashMap<>();
        private final Map<String, double[]> threadTimes = new LinkedHashMap<>();
        private double seconds;
        private long gcMillis;
        private long commits;
        private PhaseSampler.Phases phases = PhaseSampler.Phases.NONE;
        private int rounds;

        void add(Library library, double libraryPipeline, double pipelinedEnrichCpu, double pagesPerSecond, double windowSeconds,
                 Map<String, Long> cpuByGroup, long gc, Map<String, ThreadTimes.Times> waits, PhaseSampler.Phases phases,
                 long committed) {
            rounds++;
            this.phases = this.phases.plus(phases);
            slowest.add(library.slowest());
            libraryPipelines.add(libraryPipeline);
            this.pipelinedEnrichCpu += pipelinedEnrichCpu;
            sustained.add(pagesPerSecond);
            ofSlowest.add(pagesPerSecond / library.slowest());
            ofLibraryPipeline.add(pagesPerSecond / libraryPipeline);
            for (int i = 0; i < 3; i++) {
                libraryCpu[i] += library.cpuMsPerPage()[i];
            }
            cpuByGroup.forEach((group, nanos) -> cpu.merge(group, nanos, Long::sum));
            waits.forEach((app, t) -> {
                double[] sum = threadTimes.computeIfAbsent(app, a -> new double[3]);
                sum[0] += t.blocked();
                sum[1] += t.committing();
                sum[2] += t.waitingForCore();
            });
            seconds += windowSeconds;
            gcMillis += gc;
            commits += committed;
        }

        double medianSustained() {
            return median(sustained);
        }

        void report(int pages, boolean liveSend) {
            double libraryCpuSum = (libraryCpu[0] + libraryCpu[1] + libraryCpu[2]) / rounds;
            System.out.printf("library, 1 thread, median of the rounds: enrich %.1f pages/s; CPU per page (mean): ingest %.2f ms, "
                            + "enrich %.2f ms, publish %.2f ms; sum %.2f ms%n", median(slowest), libraryCpu[0] / rounds,
                    libraryCpu[1] / rounds, libraryCpu[2] / rounds, libraryCpuSum);
            System.out.printf("libraries as a pipeline, 3 threads, no Kafka, steady state, median: %.1f pages/s; its enrich "
                            + "thread's CPU per page (mean) %.2f ms, against %.2f ms alone%n", median(libraryPipelines),
                    pipelinedEnrichCpu / rounds, libraryCpu[1] / rounds);
            System.out.printf("pipeline, exactly-once, 3 apps x 1 thread, %s: %d pages in %.1f s = %.1f pages/s over the "
                            + "whole windows; steady state (10%%-90%% of each round's decisions), median of the rounds: %.1f "
                            + "pages/s, median ratio %.0f%% of the slowest stage alone (rounds %s), %.0f%% of the libraries "
                            + "as a pipeline (rounds %s); CPU %.0f%% of one core; heap used %d MiB (heap pools' peaks since start, summed: %d MiB)%n",
                    liveSend ? "pages sent in the window" : "pages waiting on the raw topic", pages, seconds, pages / seconds,
                    median(sustained), 100 * median(ofSlowest), percents(ofSlowest), 100 * median(ofLibraryPipeline),
                    percents(ofLibraryPipeline), 100.0 * cpu.get("process") / (seconds * 1e9), heapUsedMiB(), heapPeakMiB());
            double processMsPerPage = cpu.get("process") / 1e6 / pages;
            StringBuilder groups = new StringBuilder();
            cpu.forEach((group, nanos) -> {
                if (!group.equals("process")) {
                    groups.append(String.format("%s%s %.2f", groups.isEmpty() ? "" : ", ", group, nanos / 1e6 / pages));
                }
            });
            System.out.printf("pipeline CPU per page: %.2f ms = %s (ms); collectors reported %d ms; "
                            + "%d transactions committed by the 3 apps (%.2f per page)%n",
                    processMsPerPage, groups, gcMillis, commits, (double) commits / pages);
            StringBuilder threadLine = new StringBuilder();
            threadTimes.forEach((app, t) -> {
                double running = cpu.getOrDefault(app + " app", 0L) / (seconds * 1e9);
                double queued = t[2] / (seconds * 1e9);
                double blocked = t[0] / (seconds * 1e9);
                threadLine.append(String.format("%s%s %.0f%% running, %.0f%% waiting for a core, %.0f%% blocked on Kafka "
                                + "(%.0f%% committing), %.0f%% neither", threadLine.isEmpty() ? "" : "; ", app, 100 * running,
                        100 * queued, 100 * blocked, 100 * t[1] / (seconds * 1e9), 100 * (1 - running - queued - blocked)));
            });
            // "neither": off the run queue outside Kafka's calls, e.g. stopped for a collector's or the JIT's safepoint.
            System.out.printf("stream threads' wall time: %s%n", threadLine);
            PhaseSampler.Phases p = phases;
            if (p.busySeconds() + p.restSeconds() > 0) {
                System.out.printf("enrich stream thread while ingest's is busy (running over %.0f%% of a %d ms interval; "
                                + "%.0f%% of the windows): %.0f%% running, %.0f%% waiting for a core; the rest of the "
                                + "windows: %.0f%% running, %.0f%% waiting for a core%n", 100 * PhaseSampler.BUSY_SHARE,
                        PhaseSampler.PERIOD_MILLIS, 100 * p.busySeconds() / (p.busySeconds() + p.restSeconds()),
                        percent(p.busyRunning(), p.busySeconds()), percent(p.busyWaiting(), p.busySeconds()),
                        percent(p.restRunning(), p.restSeconds()), percent(p.restWaiting(), p.restSeconds()));
            }
            // The bench's own sender and decision reader stand in for the crawler and a reader: not pipeline work.
            double pipelineMsPerPage = processMsPerPage - cpu.get(CpuAccount.BENCH) / 1e6 / pages;
            System.out.printf("CPU accounting: the pipeline spends %.1f x the libraries' CPU per page (%.2f ms without the "
                            + "bench's own threads vs %.2f ms)%n", pipelineMsPerPage / libraryCpuSum, pipelineMsPerPage,
                    libraryCpuSum);
            // What the cores allow at that CPU per page, however well the work were spread over them.
            double bound = cores() * 1000 / pipelineMsPerPage;
            System.out.printf("CPU bound: %d cores / %.2f ms per page = %.1f pages/s, %.0f%% of the slowest stage alone "
                    + "(median)%n", cores(), pipelineMsPerPage, bound, 100 * bound / median(slowest));
        }

        private static double percent(double part, double whole) {
            return whole > 0 ? 100 * part / whole : 0;
        }

        private static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        private static String percents(List<Double> ratios) {
            return ratios.stream().map(r -> String.format("%.0f", 100 * r)).collect(java.util.stream.Collectors.joining(" "));
        }
    }

    // ---- library alone

    /**
     * Each stage's library on one thread, in the order {ingest, enrich, publish}: pages/s by the wall clock, and the
     * thread's CPU milliseconds per page, which a loaded machine does not inflate.
     */
    record Library(double[] pagesPerSecond, double[] cpuMsPerPage, int stories, int largestStory) {
        double slowest() {
            return Math.min(pagesPerSecond[0], Math.min(pagesPerSecond[1], pagesPerSecond[2]));
        }

        /** Each stage's mean rate and CPU per page over two runs. */
        static Library mean(Library a, Library b) {
            double[] rate = new double[3];
            double[] cpu = new double[3];
            for (int i = 0; i < 3; i++) {
                rate[i] = (a.pagesPerSecond[i] + b.pagesPerSecond[i]) / 2;
                cpu[i] = (a.cpuMsPerPage[i] + b.cpuMsPerPage[i]) / 2;
            }
            return new Library(rate, cpu, a.stories + b.stories, Math.max(a.largestStory, b.largestStory));
        }
    }

    static Library libraryRun(List<byte[]> pages, ArticleCleaner cleaner, EnrichedArticles enricher, StoryAssigner assigner) {
        Instant now = Instant.now();
        List<CleanArticle> cleaned = new ArrayList<>();
        long[] cpu = new long[4];
        cpu[0] = threadCpuNanos();
        long t0 = System.nanoTime();
        for (byte[] page : pages) {
            CleanArticle article = clean(page, cleaner, now);
            if (article != null) {
                cleaned.add(article);
            }
        }
        long t1 = System.nanoTime();
        cpu[1] = threadCpuNanos();
        List<EnrichedArticle> enriched = new ArrayList<>();
        for (CleanArticle a : cleaned) {
            enriched.add(enricher.enrich(a));
        }
        long t2 = System.nanoTime();
        cpu[2] = threadCpuNanos();
        PublishStage publish = new PublishStage(assigner, now);
        enriched.forEach(publish::accept);
        long t3 = System.nanoTime();
        cpu[3] = threadCpuNanos();
        return new Library(new double[] {pages.size() / ((t1 - t0) / 1e9), cleaned.size() / ((t2 - t1) / 1e9),
                enriched.size() / ((t3 - t2) / 1e9)},
                new double[] {(cpu[1] - cpu[0]) / 1e6 / pages.size(), (cpu[2] - cpu[1]) / 1e6 / pages.size(),
                        (cpu[3] - cpu[2]) / 1e6 / pages.size()},
                publish.storyCount(), publish.largestStory());
    }

    /**
     * The publish app's per-article algorithm ({@link StoryDecider}: ledger, fingerprint, candidate search, verification,
     * assignment and the writes) over in-memory state instead of its state stores. One per run; one thread.
     */
    static final class PublishStage {
        private final InMemoryStoryState state = new InMemoryStoryState();
        private final StoryDecider decider;
        private final long eventTime;

        PublishStage(StoryAssigner assigner, Instant now) {
            this.decider = new StoryDecider(assigner, new Matcher(), state,
                    new BandIndex(new InMemoryByteStore(), new InMemoryByteStore()));
            this.eventTime = now.toEpochMilli();
        }

        int storyCount() {
            return state.activeStories();
        }

        int largestStory() {
            return state.largestStory();
        }

        void accept(EnrichedArticle e) {
            decider.apply(e, eventTime);
        }
    }

    /**
     * The three libraries as a pipeline without Kafka: one thread per stage, as the apps run them, handing records
     * over through in-memory queues. Its pages/s by the wall clock is what the apps would reach if Kafka, Streams and
     * serialisation cost nothing: the stages compete for the same cores, the collector and the JIT as the apps do.
     */
    static LibraryPipeline libraryPipeline(List<byte[]> pages, ArticleCleaner cleaner, EnrichedArticles enricher,
                                  StoryAssigner assigner) throws InterruptedException {
        Instant now = Instant.now();
        Object end = new Object();
        java.util.concurrent.BlockingQueue<Object> cleaned = new java.util.concurrent.ArrayBlockingQueue<>(1000);
        java.util.concurrent.BlockingQueue<Object> enriched = new java.util.concurrent.ArrayBlockingQueue<>(1000);
        PublishStage publish = new PublishStage(assigner, now);
        long[] done = new long[pages.size()];
        int[] published = new int[1];
        long[] enrichCpu = new long[1];
        Thread ingest = stageThread("bench-library-ingest", () -> {
            for (byte[] page : pages) {
                CleanArticle article = clean(page, cleaner, now);
                if (article != null) {
                    cleaned.put(article);
                }
            }
            cleaned.put(end);
        });
        Thread enrich = stageThread(LIBRARY_ENRICH_THREAD, () -> {
            long cpu0 = threadCpuNanos();
            for (Object a = cleaned.take(); a != end; a = cleaned.take()) {
                enriched.put(enricher.enrich((CleanArticle) a));
            }
            enrichCpu[0] = threadCpuNanos() - cpu0;
            enriched.put(end);
        });
        Thread assign = stageThread("bench-library-publish", () -> {
            for (Object e = enriched.take(); e != end; e = enriched.take()) {
                publish.accept((EnrichedArticle) e);
                done[published[0]++] = System.nanoTime();
            }
        });
        ingest.start();
        enrich.start();
        assign.start();
        ingest.join();
        enrich.join();
        assign.join();
        return new LibraryPipeline(java.util.Arrays.copyOf(done, published[0]), enrichCpu[0] / 1e6 / published[0]);
    }

    /** A stage's loop, which may be interrupted while it waits on a queue. */
    private interface StageLoop {
        void run() throws InterruptedException;
    }

    private static Thread stageThread(String name, StageLoop loop) {
        return new Thread(() -> {
            try {
                loop.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
    }

    /** The clean article ingest makes of a raw page, or null when ingest would dead-letter it. */
    static CleanArticle clean(byte[] page, ArticleCleaner cleaner, Instant now) {
        return RawPageDecoder.decode(page) instanceof Outcome.Ok<RawPage> raw
                && cleaner.clean(raw.value(), now) instanceof Outcome.Ok<CleanArticle> ok ? ok.value() : null;
    }

    /** When each page left the libraries' pipeline (System.nanoTime()), and its enrich thread's CPU per page. */
    record LibraryPipeline(long[] completions, double enrichCpuMsPerPage) {}

    /**
     * Pages per second between the completion of the first and the ninth tenth of the pages: the rate once a
     * pipeline is full, without the seconds it takes to fill (each stage waits for the one before to commit) and to
     * drain, which a long-running deployment pays once.
     */
    static double steadyRate(long[] completions) {
        long[] t = completions.clone();
        java.util.Arrays.sort(t);
        int from = t.length / 10;
        int to = t.length * 9 / 10;
        return to <= from || t[to] == t[from] ? Double.NaN : (to - from) / ((t[to] - t[from]) / 1e9);
    }

    // ---- raw Kafka

    static double rawKafkaBaseline(EmbeddedKafkaBroker broker, List<byte[]> pages) throws Exception {
        String topic = "bench.baseline." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                    .configs(Map.of("max.message.bytes", Integer.toString(16 * 1024 * 1024))))).all().get();
        }
        Map<String, Object> props = Map.of("bootstrap.servers", broker.bootstrapServers(), "group.id", "bench-" + topic,
                "auto.offset.reset", "earliest", "isolation.level", "read_committed",
                "max.partition.fetch.bytes", 16 * 1024 * 1024);
        int read = 0;
        long t0;
        long t1;
        // Clients connected and the consumer assigned before the clock starts: the baseline is the bytes' way only.
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<String, byte[]> producer = producer(broker)) {
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            producer.partitionsFor(topic);
            t0 = System.nanoTime();
            for (int i = 0; i < pages.size(); i++) {
                producer.send(new ProducerRecord<>(topic, Integer.toString(i), pages.get(i)));
            }
            producer.flush();
            while (read < pages.size()) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            t1 = System.nanoTime();
        }
        return pages.size() / ((t1 - t0) / 1e9);
    }

    static KafkaProducer<String, byte[]> producer(EmbeddedKafkaBroker broker) {
        return new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers(), "enable.idempotence", true,
                "acks", "all", "max.request.size", 16 * 1024 * 1024, "compression.type", "zstd", "linger.ms", 5),
                new StringSerializer(), new ByteArraySerializer());
    }

    // ---- the pipeline

    /** A raw page with its URL and article id worked out before any clock starts. */
    record Addressed(String url, String articleId, byte[] json) {}

    static List<Addressed> addressed(List<byte[]> pages) throws IOException {
        List<Addressed> out = new ArrayList<>();
        for (byte[] page : pages) {
            String url = (String) JSON.readValue(page, Map.class).get("url");
            out.add(new Addressed(url, io.newsline.schemas.ids.ArticleIds.of(url), page));
        }
        return out;
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

    /** Sends the pages (at {@code perSecond}, or as fast as possible when 0), noting each one's send time. */
    private List<String> send(KafkaProducer<String, byte[]> producer, List<Addressed> pages, double perSecond) throws Exception {
        List<String> ids = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            if (perSecond > 0) {
                long due = start + (long) (i * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            Addressed page = pages.get(i);
            SENT.put(page.articleId(), System.nanoTime());
            ids.add(page.articleId());
            producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), page.url(), page.json()));
            if (perSecond > 0) {
                producer.flush();
            }
        }
        producer.flush();
        return ids;
    }

    private static final Map<String, Long> SENT = new ConcurrentHashMap<>();

    /**
     * Ids as they arrive, and a wait for a list of them that sleeps until more arrive. Pinned, the bench's main thread
     * shares the enrich stage's core, so it must not poll while the apps run: a 10 ms polling loop took 2-3 % of that
     * core.
     */
    static final class Arrivals {
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        private final Object lock = new Object();

        void add(String id) {
            seen.add(id);
        }

        /** Wakes the waiters; call after a batch of {@link #add}s. */
        void signal() {
            synchronized (lock) {
                lock.notifyAll();
            }
        }

        /** Whether every one of the ids arrived before the timeout. */
        boolean await(List<String> ids, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            int next = 0;
            synchronized (lock) {
                while (true) {
                    while (next < ids.size() && seen.contains(ids.get(next))) {
                        next++;
                    }
                    long left = deadline - System.nanoTime();
                    if (next == ids.size() || left <= 0) {
                        return next == ids.size();
                    }
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                }
            }
        }
    }

    /** Reads decisions (read_committed) on its own thread and notes each page's send-to-decision time. */
    static final class DecisionWatcher implements AutoCloseable {
        final Map<String, Long> latencies = new ConcurrentHashMap<>();
        /** When each article's decision arrived, System.nanoTime(). */
        final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        private final Arrivals seen = new Arrivals();
        private final Thread thread;
        private volatile boolean running = true;

        DecisionWatcher(NewslineConfig config) {
            thread = new Thread(() -> {
                try (TopicReader reader = new TopicReader(config, List.of(Topics.DECISIONS.name()), true)) {
                    while (running) {
                        if (reader.poll(Duration.ofMillis(20), this::record) > 0) {
                            seen.signal();
                        }
                    }
                }
            }, "bench-decisions");
            thread.setDaemon(true);
            thread.start();
        }

        private void record(ConsumerRecord<String, byte[]> r) {
            long now = System.nanoTime();
            if (TopicReader.decode(r.topic(), r.value()) instanceof ArticleDecision d) {
                Long sent = SENT.get(d.getArticleId());
                if (sent != null) {
                    latencies.putIfAbsent(d.getArticleId(), (now - sent) / 1_000_000);
                }
                arrivals.putIfAbsent(d.getArticleId(), now);
                seen.add(d.getArticleId());
            }
        }

        boolean await(List<String> ids, Duration timeout) throws InterruptedException {
            return seen.await(ids, timeout);
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(5000);
        }
    }

    // ---- pages

    List<Map<String, Object>> sources() throws IOException {
        List<Map<String, Object>> sources = new ArrayList<>();
        try (InputStream in = BenchCommand.class.getResourceAsStream("samples/pages.jsonl")) {
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
                    byte[] bytes = Files.readAllBytes(f);
                    if (f.toString().endsWith(".gz")) {
                        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            in.transferTo(out);
                            bytes = out.toByteArray();
                        }
                    }
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

    // ---- measures

    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static long cpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The machine's cores, counted before {@code --pin-enrich} narrows the main thread to one of them. */
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    static int cores() {
        return CORES;
    }

    static long heapUsedMiB() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    /** The heap pools' peak usages since the JVM started, summed: an upper bound, since the pools peak at different times. */
    static long heapPeakMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
