package io.newsline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.enrich.app.EnrichApp;
import io.newsline.enrich.app.EnrichedArticles;
import io.newsline.ingest.app.ArticleCleaner;
import io.newsline.ingest.app.IngestApp;
import io.newsline.ingest.raw.RawPageDecoder;
import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import io.newsline.publish.story.BodyNormalizer;
import io.newsline.publish.story.StoryAssigner;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.dlq.Outcome;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.RawPage;
import io.newsline.schemas.Story;
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
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
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
 * {@code newsline bench}: the end-to-end benchmark. On an embedded broker, in this JVM, it measures in one run: each
 * stage's library alone (ArticleCleaner, EnrichedArticles, StoryAssigner, one thread each, as the apps run them),
 * a raw Kafka baseline (produce and consume the same page bytes, no processing), the three apps with exactly-once on
 * pushing N pages as fast as they go (sustained pages/s), and page-to-decision latency percentiles at a fixed offered
 * rate (half the sustained rate unless given), with the process CPU time and heap. Not a test: it asserts nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "End-to-end benchmark on an embedded broker: library, raw Kafka and pipeline throughput, latency, CPU, heap.")
final class BenchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--pages", description = "Pages pushed through the pipeline for the throughput run (default ${DEFAULT-VALUE}).")
    int pages = 1000;
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
    @Option(names = "--html", paramLabel = "DIR", description = "A folder of .html/.html.gz pages to add to the bundled samples.")
    Path html;

    @Override
    public Integer call() throws Exception {
        List<Map<String, Object>> sources = sources();
        System.out.printf("newsline bench: %d source pages, %d pages, %.0f%% copies, %d warm-up pages, %d cores, "
                        + "heap max %d MiB%s%n", sources.size(), pages, copies * 100, warmupPages, cores(),
                Runtime.getRuntime().maxMemory() >> 20, settings.isEmpty() ? "" : ", settings " + settings);
        List<byte[]> throughputPages = multiply(sources, pages, "t");
        List<byte[]> latencyRun = multiply(sources, latencyPages, "l");
        List<byte[]> warmup = multiply(sources, warmupPages, "warm");

        NewslineConfig libConfig = NewslineConfig.defaults();
        ArticleCleaner cleaner = IngestApp.cleaner(libConfig);
        EnrichedArticles enricher = EnrichApp.enricher(libConfig);
        StoryAssigner assigner = new StoryAssigner(io.newsline.publish.match.WireSource.load());
        // Warm up each library on other pages (the run's copies are copies of the run's own pages, so the warm-up
        // gives the enricher's reuse cache no hits later), then time a pass over the run's pages.
        libraryRun(warmup, cleaner, enricher, assigner);
        Library library = libraryRun(throughputPages, cleaner, enricher, assigner);
        System.out.printf("library, 1 thread:  ingest (ArticleCleaner) %.1f pages/s, enrich (EnrichedArticles) %.1f pages/s, "
                        + "publish (StoryAssigner) %.1f pages/s%n",
                library.pagesPerSecond[0], library.pagesPerSecond[1], library.pagesPerSecond[2]);
        System.out.printf("library CPU per page: ingest %.2f ms, enrich %.2f ms, publish %.2f ms; sum %.2f ms%n",
                library.cpuMsPerPage[0], library.cpuMsPerPage[1], library.cpuMsPerPage[2], library.cpuMsPerPageSum());
        double slowest = library.slowest();

        Path dir = Files.createTempDirectory("newsline-bench-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.persistent(dir.resolve("kafka"), 0, 0, Map.of()).start()) {
            NewslineConfig config = NewslineConfig.defaults().with(settings).with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "topic.replication.factor", "1", "topic.min.insync.replicas", "1", "topic.partitions", "1",
                    "app.state.dir", dir.resolve("state").toString(), "http.port", "-1"));
            TopicAdmin.createAll(config);
            double kafka = rawKafkaBaseline(broker, throughputPages);
            System.out.printf("raw Kafka baseline: %.1f pages/s (produce + consume the same bytes, no processing)%n", kafka);

            try (Pipeline pipeline = new Pipeline(Pipeline.definitions("all"), config).start();
                 KafkaProducer<String, byte[]> producer = producer(broker);
                 DecisionWatcher decisions = new DecisionWatcher(config)) {
                pipeline.awaitRunning(Duration.ofMinutes(3));
                // Warm the apps (the JIT compiles the broker's, the clients' and Streams' paths) on as many pages as
                // the libraries were warmed on, with the same pages: the enricher's cache sees what the library's saw.
                decisions.await(send(producer, addressed(warmup), 0), Duration.ofMinutes(30));
                List<Addressed> timed = addressed(throughputPages);
                List<Addressed> paced = addressed(latencyRun);
                long commits0 = commits(pipeline);

                CpuAccount cpu = new CpuAccount();
                long t0 = System.nanoTime();
                List<String> ids = send(producer, timed, 0);
                boolean done = decisions.await(ids, Duration.ofMinutes(30));
                double seconds = (System.nanoTime() - t0) / 1e9;
                Map<String, Long> cpuByGroup = cpu.since();
                long commits = commits(pipeline) - commits0;
                long gcMillis = cpu.gcMillisSince();
                double sustained = pages / seconds;
                double processMsPerPage = cpuByGroup.get("process") / 1e6 / pages;
                System.out.printf("pipeline, exactly-once, 3 apps x 1 thread: %d pages in %.1f s = %.1f pages/s%s; "
                                + "%.0f%% of the slowest library stage; CPU %.0f%% of one core; heap used %d MiB (peak %d MiB)%n",
                        pages, seconds, sustained, done ? "" : " (timed out)", 100 * sustained / slowest,
                        100.0 * cpuByGroup.get("process") / (seconds * 1e9), heapUsedMiB(), heapPeakMiB());
                StringBuilder groups = new StringBuilder();
                cpuByGroup.forEach((group, nanos) -> {
                    if (!group.equals("process")) {
                        groups.append(String.format("%s%s %.2f", groups.isEmpty() ? "" : ", ", group, nanos / 1e6 / pages));
                    }
                });
                System.out.printf("pipeline CPU per page: %.2f ms = %s (ms); collectors reported %d ms; "
                                + "%d transactions committed by the 3 apps (%.2f per page)%n",
                        processMsPerPage, groups, gcMillis, commits, (double) commits / pages);
                // The bench's own sender and decision reader stand in for the crawler and a reader: not pipeline work.
                double pipelineMsPerPage = processMsPerPage - cpuByGroup.get(CpuAccount.BENCH) / 1e6 / pages;
                double ceiling = Math.min(slowest, cores() * 1000 / library.cpuMsPerPageSum());
                System.out.printf("CPU accounting: the pipeline spends %.1f x the libraries' CPU per page (%.2f ms without the "
                                + "bench's own threads vs %.2f ms); at the libraries' CPU per page %d cores could carry %.1f pages/s "
                                + "(capped at the slowest stage); the pipeline reached %.0f%% of that%n",
                        pipelineMsPerPage / library.cpuMsPerPageSum(), pipelineMsPerPage, library.cpuMsPerPageSum(),
                        cores(), ceiling, 100 * sustained / ceiling);

                double offered = rate != null ? rate : sustained / 2;
                decisions.latencies.clear();
                List<String> latencyIds = send(producer, paced, offered);
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

    // ---- library alone

    /**
     * Each stage's library on one thread, in the order {ingest, enrich, publish}: pages/s by the wall clock, and the
     * thread's CPU milliseconds per page, which a loaded machine does not inflate.
     */
    record Library(double[] pagesPerSecond, double[] cpuMsPerPage) {
        double slowest() {
            return Math.min(pagesPerSecond[0], Math.min(pagesPerSecond[1], pagesPerSecond[2]));
        }

        /** CPU per page of all three stages, per page entering ingest (enrich and publish see fewer). */
        double cpuMsPerPageSum() {
            return cpuMsPerPage[0] + cpuMsPerPage[1] + cpuMsPerPage[2];
        }
    }

    static Library libraryRun(List<byte[]> pages, ArticleCleaner cleaner, EnrichedArticles enricher, StoryAssigner assigner) {
        Instant now = Instant.now();
        List<CleanArticle> clean = new ArrayList<>();
        long[] cpu = new long[4];
        cpu[0] = threadCpuNanos();
        long t0 = System.nanoTime();
        for (byte[] page : pages) {
            if (RawPageDecoder.decode(page) instanceof Outcome.Ok<RawPage> raw
                    && cleaner.clean(raw.value(), now) instanceof Outcome.Ok<CleanArticle> ok) {
                clean.add(ok.value());
            }
        }
        long t1 = System.nanoTime();
        cpu[1] = threadCpuNanos();
        List<EnrichedArticle> enriched = new ArrayList<>();
        for (CleanArticle a : clean) {
            enriched.add(enricher.enrich(a));
        }
        long t2 = System.nanoTime();
        cpu[2] = threadCpuNanos();
        // The publish app's per-article work without its stores: fingerprint, candidate lookup, verification, assignment.
        io.newsline.publish.match.Fingerprinter fingerprinter = new io.newsline.publish.match.Fingerprinter();
        io.newsline.publish.match.Matcher matcher = new io.newsline.publish.match.Matcher();
        io.newsline.publish.match.FingerprintIndex index = new io.newsline.publish.match.FingerprintIndex(
                fingerprinter.scheme(), matcher, enriched.size());
        List<Story> storyOfOrdinal = new ArrayList<>();
        Map<String, Story> stories = new HashMap<>();
        for (EnrichedArticle e : enriched) {
            CleanArticle article = e.getArticle();
            String hash = BodyNormalizer.contentHash(article.getText());
            io.newsline.publish.match.Fingerprint fp = fingerprinter.fingerprint(article.getText(), article.getTitle(),
                    article.getDateline(), article.getCredit());
            List<StoryAssigner.Candidate> copies = new ArrayList<>();
            index.bestMatch(fp).filter(m -> m.verdict().relation().isCopy()).ifPresent(m -> {
                Story story = stories.get(storyOfOrdinal.get(m.ordinal()).getStoryId());
                copies.add(new StoryAssigner.Candidate(story, m.verdict(), story.getCanonicalArticleId()));
            });
            StoryAssigner.Assignment a = assigner.assign(e, hash, new StoryAssigner.Known(null, null, copies, null), now);
            for (Story s : a.stories()) {
                stories.put(s.getStoryId(), s);
            }
            if (a.decision().getStoryId() != null) {
                index.add(fp);
                storyOfOrdinal.add(stories.get(a.decision().getStoryId()));
            }
        }
        long t3 = System.nanoTime();
        cpu[3] = threadCpuNanos();
        return new Library(new double[] {pages.size() / ((t1 - t0) / 1e9), clean.size() / ((t2 - t1) / 1e9),
                enriched.size() / ((t3 - t2) / 1e9)},
                new double[] {(cpu[1] - cpu[0]) / 1e6 / pages.size(), (cpu[2] - cpu[1]) / 1e6 / pages.size(),
                        (cpu[3] - cpu[2]) / 1e6 / pages.size()});
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

    /** Reads decisions (read_committed) on its own thread and notes each page's send-to-decision time. */
    static final class DecisionWatcher implements AutoCloseable {
        final Map<String, Long> latencies = new ConcurrentHashMap<>();
        private final Map<String, Boolean> seen = new ConcurrentHashMap<>();
        private final Thread thread;
        private volatile boolean running = true;

        DecisionWatcher(NewslineConfig config) {
            thread = new Thread(() -> {
                try (TopicReader reader = new TopicReader(config, List.of(Topics.DECISIONS.name()), true)) {
                    while (running) {
                        reader.poll(Duration.ofMillis(20), this::record);
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
                seen.put(d.getArticleId(), true);
            }
        }

        boolean await(List<String> ids, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!ids.stream().allMatch(seen::containsKey)) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(10);
            }
            return true;
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
                // The sentence goes inside the first long paragraph, where extraction keeps it, so the page stays
                // distinct after extraction (a paragraph of its own could be dropped as page furniture).
                if (page.get("body") instanceof String body) {
                    page.put("body", insideLongParagraph(body, LONG_LINE, marker));
                } else if (page.get("bodyBase64") instanceof String b64) {
                    String text = new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
                    page.put("bodyBase64", Base64.getEncoder().encodeToString(
                            insideLongParagraph(text, LONG_HTML_PARAGRAPH, marker).getBytes(StandardCharsets.UTF_8)));
                }
                made.add(page);
            }
            page.put("url", "https://bench.example/" + run + "/" + i + "/" + UUID.randomUUID());
            out.add(JSON.writeValueAsBytes(page));
        }
        return out;
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

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static long heapUsedMiB() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

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
