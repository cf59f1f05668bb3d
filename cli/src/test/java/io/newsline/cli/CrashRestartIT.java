package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.schemas.ids.ArticleIds;
import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.Stage;
import io.newsline.schemas.StoryEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Exactly-once end to end under crashes: the three apps run as separate OS processes ({@code java -jar
 * newsline-cli.jar run APP}) against an embedded broker with a data directory under {@code target/}; real pages
 * (the bundled samples and the extraction test set's HTML, multiplied with distinct URLs and small edits, a third of
 * them copies) and some garbage records trickle in while each app in turn is killed with SIGKILL and restarted, or
 * while the broker restarts. Then every page must have exactly one ingest result, one enrich result and one
 * decision, or one dead letter, and no story event may appear twice (read with {@code read_committed}).
 *
 * <p>Size: {@code -Dnewsline.crash.pages=N} (default 500), submitted at about ten pages a second; longer runs get more
 * kills and broker restarts.
 */
class CrashRestartIT {

    static final int PAGES = Integer.getInteger("newsline.crash.pages", 500);
    static final Path JAR = Path.of("target", "newsline-cli.jar").toAbsolutePath();
    static final Path HTML_PAGES = Path.of("..", "bench-data", "extraction", "scrapinghub", "html");
    static final List<String> APPS = List.of("ingest", "enrich", "publish");
    static final ObjectMapper JSON = new ObjectMapper();

    final long seed = Long.getLong("newsline.crash.seed", System.nanoTime());
    final Random random = new Random(seed);
    final Path work = Path.of("target", "crash-it", UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
    final Map<String, Process> apps = new LinkedHashMap<>();
    final Map<String, Integer> starts = new HashMap<>();
    EmbeddedKafkaBroker broker;

    @AfterEach
    void stopEverything() {
        apps.values().forEach(Process::destroyForcibly);
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void killingEachAppInTurnLosesAndDuplicatesNothing() throws Exception {
        Run run = startRun();
        Duration over = run.over;
        // At least three kills, one a minute of submission beyond that; each at a random moment of its own slice of
        // the run, so kills land early, late and in between, and each app is killed in turn.
        int kills = Math.max(3, (int) over.toMinutes());
        for (int k = 0; k < kills; k++) {
            String app = APPS.get(k % APPS.size());
            for (String other : APPS) {
                awaitStarted(other);
            }
            sleepUntil(run.startNanos, over.multipliedBy(k).plus(over.multipliedBy(random.nextInt(1000)).dividedBy(1000))
                    .dividedBy(kills));
            kill(app);
            Thread.sleep(random.nextInt(1500));
            startApp(app);
        }
        assertThat(kills).isGreaterThanOrEqualTo(3);
        assertThat(run.awaitSubmitted()).as("all pages submitted").isTrue();
        checkEveryPageHasExactlyOneOutcome(run.config, run.pages);
    }

    @Test
    void aBrokerRestartInTheMiddleOfARunLosesAndDuplicatesNothing() throws Exception {
        Run run = startRun();
        Duration over = run.over;
        for (String app : APPS) {
            awaitStarted(app);
        }
        // One restart per five minutes of submission, at least one, each somewhere in the middle of its slice.
        int restarts = Math.max(1, (int) over.toMinutes() / 5);
        for (int r = 0; r < restarts; r++) {
            sleepUntil(run.startNanos, over.multipliedBy(r).plus(over.multipliedBy(250 + random.nextInt(500)).dividedBy(1000))
                    .dividedBy(restarts));
            System.out.println("CrashRestartIT: broker restart");
            broker.stop();
            Thread.sleep(1000 + random.nextInt(2000));
            broker.start();
        }
        assertThat(run.awaitSubmitted()).as("all pages submitted").isTrue();
        checkEveryPageHasExactlyOneOutcome(run.config, run.pages);
    }

    /** A run under way: broker and apps started, pages being submitted since {@code startNanos}. */
    record Run(NewslineConfig config, PageSet pages, Duration over, long startNanos, CountDownLatch submitted) {

        /** Waits until every page was sent, up to five minutes past the submission's planned end. */
        boolean awaitSubmitted() throws InterruptedException {
            long left = startNanos + over.plusMinutes(5).toNanos() - System.nanoTime();
            return submitted.await(Math.max(0, left), TimeUnit.NANOSECONDS);
        }
    }

    Run startRun() throws IOException {
        System.out.println("CrashRestartIT seed " + seed + ", " + PAGES + " pages, work dir " + work);
        NewslineConfig config = startBroker();
        PageSet pages = pages(PAGES);
        APPS.forEach(this::startApp);
        Duration over = submissionTime();
        long start = System.nanoTime();
        return new Run(config, pages, over, start, submitInBackground(config, pages, over));
    }

    /** Pages trickle in at about ten a second, over at least 20 s. */
    static Duration submissionTime() {
        return Duration.ofSeconds(Math.max(20, PAGES / 10));
    }

    static void sleepUntil(long startNanos, Duration offset) throws InterruptedException {
        long wait = TimeUnit.NANOSECONDS.toMillis(startNanos + offset.toNanos() - System.nanoTime());
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    // ---- the checks

    void checkEveryPageHasExactlyOneOutcome(NewslineConfig config, PageSet run) {
        List<Page> pages = run.pages();
        Map<String, Integer> ingested = new ConcurrentHashMap<>();
        Map<String, Integer> enriched = new ConcurrentHashMap<>();
        Map<String, Integer> decided = new ConcurrentHashMap<>();
        Map<String, Integer> ingestLetters = new ConcurrentHashMap<>();
        Map<String, Integer> enrichLetters = new ConcurrentHashMap<>();
        Map<String, Integer> publishLetters = new ConcurrentHashMap<>();
        Map<String, Integer> eventIds = new ConcurrentHashMap<>();
        Map<String, String> storyOf = new ConcurrentHashMap<>();
        Map<String, String> idOfKey = new HashMap<>();
        pages.forEach(p -> idOfKey.put(p.key, p.articleId));
        try (TopicReader reader = new TopicReader(config, List.of(Topics.CLEAN_ARTICLES.name(),
                Topics.ENRICHED_ARTICLES.name(), Topics.DECISIONS.name(), Topics.EVENTS.name(),
                Topics.DEAD_LETTERS.name()), true)) {
            java.util.function.Consumer<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> count = r -> {
                Object v = TopicReader.decode(r.topic(), r.value());
                if (v instanceof CleanArticle a) {
                    ingested.merge(a.getArticleId(), 1, Integer::sum);
                } else if (v instanceof EnrichedArticle e) {
                    enriched.merge(e.getArticle().getArticleId(), 1, Integer::sum);
                } else if (v instanceof ArticleDecision d) {
                    decided.merge(d.getArticleId(), 1, Integer::sum);
                    storyOf.put(d.getArticleId(), String.valueOf(d.getStoryId()));
                } else if (v instanceof StoryEvent e) {
                    eventIds.merge(e.getEventId(), 1, Integer::sum);
                } else if (v instanceof DeadLetter l) {
                    String id = l.getArticleId() != null ? l.getArticleId() : idOfKey.getOrDefault(r.key(), r.key());
                    (l.getStage() == Stage.INGEST ? ingestLetters : l.getStage() == Stage.ENRICH ? enrichLetters
                            : publishLetters).merge(id, 1, Integer::sum);
                }
            };
            boolean drained = reader.pollUntil(Duration.ofMinutes(6), count, () -> pages.stream().allMatch(p ->
                    p.garbage ? ingestLetters.containsKey(p.articleId)
                            : ingestLetters.containsKey(p.articleId) || enrichLetters.containsKey(p.articleId)
                                    || publishLetters.containsKey(p.articleId) || decided.containsKey(p.articleId)));
            logs();
            assertThat(drained).as("every page reached its last stage (seed %s)", seed).isTrue();
            // Anything duplicated by a replay would arrive after the first copy: read on a little.
            reader.pollUntil(Duration.ofSeconds(5), count, () -> false);
        }
        for (Page p : pages) {
            String what = p.key + " (" + p.articleId + ", seed " + seed + ")";
            int atIngest = ingested.getOrDefault(p.articleId, 0) + ingestLetters.getOrDefault(p.articleId, 0);
            assertThat(atIngest).as("ingest results of %s", what).isEqualTo(1);
            if (p.garbage) {
                assertThat(ingestLetters).as("garbage %s", what).containsKey(p.articleId);
                continue;
            }
            if (ingested.containsKey(p.articleId)) {
                int atEnrich = enriched.getOrDefault(p.articleId, 0) + enrichLetters.getOrDefault(p.articleId, 0);
                assertThat(atEnrich).as("enrich results of %s", what).isEqualTo(1);
                if (enriched.containsKey(p.articleId)) {
                    assertThat(decided.getOrDefault(p.articleId, 0) + publishLetters.getOrDefault(p.articleId, 0))
                            .as("decisions of %s", what).isEqualTo(1);
                }
            }
        }
        // Pages with the same body (one source, no added sentence) are one story however the kills fell: publish
        // matched each against the pages before it, also after a restart that rebuilt its band index.
        Map<Integer, java.util.Set<String>> storiesOfSource = new HashMap<>();
        for (Page p : pages) {
            if (!p.garbage && p.index % 7 != 3 && storyOf.containsKey(p.articleId)) {
                storiesOfSource.computeIfAbsent(run.sourceIndex(p.index), k -> new java.util.TreeSet<>())
                        .add(storyOf.get(p.articleId));
            }
        }
        assertThat(storiesOfSource.entrySet().stream().filter(e -> e.getValue().size() > 1).toList())
                .as("sources whose identical pages were decided into different stories (seed %s)", seed).isEmpty();
        assertThat(eventIds).isNotEmpty();
        assertThat(eventIds.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("story events seen more than once (seed %s)", seed).isEmpty();
        assertThat(decided.values().stream().mapToInt(Integer::intValue).sum())
                .as("decisions").isEqualTo(decided.size());
        System.out.printf("CrashRestartIT: %d pages, %d clean, %d enriched, %d decisions, %d story events, %d+%d dead letters%n",
                pages.size(), ingested.size(), enriched.size(), decided.size(), eventIds.size(), ingestLetters.size(),
                enrichLetters.size() + publishLetters.size());
    }

    // ---- broker and app processes

    NewslineConfig startBroker() throws IOException {
        Files.createDirectories(work);
        broker = EmbeddedKafkaBroker.persistent(work.resolve("kafka"), 0, 0, Map.of()).start();
        NewslineConfig config = NewslineConfig.defaults().with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "topic.replication.factor", "1", "topic.min.insync.replicas", "1", "topic.partitions", "2"));
        TopicAdmin.createAll(config);
        return config;
    }

    void startApp(String app) {
        int n = starts.merge(app, 1, Integer::sum);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsline.schemas",
                "-jar", JAR.toString(), "run", app, "--bootstrap-servers", broker.bootstrapServers(), "--http-port", "0",
                "-D", "app.state.dir=" + work.resolve("state-" + app),
                "-D", "topic.replication.factor=1", "-D", "topic.min.insync.replicas=1", "-D", "topic.partitions=2",
                // Each process runs in 384 MB: enough for English's entity model, not for all four languages' (enrich
                // refuses to start with them); what is tested here is that no record is lost or duplicated.
                "-D", "enrich.ner.languages=en",
                // A killed member is noticed, and its open transaction aborted, within seconds.
                "-D", "session.timeout.ms=6000", "-D", "heartbeat.interval.ms=1000",
                "-D", "producer.transaction.timeout.ms=10000");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve(app + "-" + n + ".log").toFile()).start();
            apps.put(app, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void awaitStarted(String app) throws Exception {
        Path log = work.resolve(app + "-" + starts.get(app) + ".log");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            assertThat(apps.get(app).isAlive()).as("%s is running (see %s)", app, log).isTrue();
            if (Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains("running against")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(app + " did not start; see " + log);
    }

    void kill(String app) throws InterruptedException {
        Process process = apps.get(app);
        System.out.println("CrashRestartIT: kill -9 " + app + " (pid " + process.pid() + ")");
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no transaction commit or abort
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(137);
    }

    void logs() {
        try (Stream<Path> files = Files.list(work)) {
            files.filter(f -> f.toString().endsWith(".log")).sorted().forEach(f -> {
                try {
                    List<String> errors = Files.readAllLines(f, StandardCharsets.ISO_8859_1).stream()
                            .filter(l -> l.contains("ERROR")).limit(5).toList();
                    if (!errors.isEmpty()) {
                        System.out.println("CrashRestartIT: " + f.getFileName() + ": " + String.join("\n  ", errors));
                    }
                } catch (IOException ignored) {
                    // diagnostics only
                }
            });
        } catch (IOException ignored) {
            // diagnostics only
        }
    }

    // ---- pages

    /** One submitted record: a page (key = its URL) or a garbage record (key made up); its value is made on demand. */
    record Page(int index, String key, String articleId, boolean garbage) {}

    /**
     * Sends every page, spread evenly over {@code over}; values are built one at a time, so a 10,000-page run does not
     * hold a gigabyte of HTML.
     */
    CountDownLatch submitInBackground(NewslineConfig config, PageSet pages, Duration over) {
        CountDownLatch done = new CountDownLatch(1);
        Thread submitter = new Thread(() -> {
            Map<String, Object> props = new HashMap<>(Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "enable.idempotence", true, "acks", "all", "max.request.size", 16 * 1024 * 1024,
                    "delivery.timeout.ms", 300_000));
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                    new ByteArraySerializer())) {
                // Paced against the clock, not by a fixed pause, so building values and a send blocked by a broker
                // restart do not stretch the run.
                long start = System.nanoTime();
                long pause = over.toNanos() / Math.max(1, pages.size());
                List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
                for (Page p : pages.pages()) {
                    sent.add(producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), p.key, pages.value(p))));
                    sleepUntil(start, Duration.ofNanos(pause * (p.index + 1)));
                }
                for (var f : sent) {
                    f.get();
                }
                done.countDown();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "crash-it-submitter");
        submitter.setDaemon(true);
        submitter.start();
        return done;
    }

    /**
     * {@code n} records: the bundled sample pages and the extraction set's HTML pages under distinct URLs, one in three
     * a copy of the page before it, one in seven with an added sentence, one in thirty garbage.
     */
    PageSet pages(int n) throws IOException {
        List<Map<String, Object>> sources = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/io/newsline/cli/samples/pages.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> page = JSON.readValue(line, Map.class);
                    sources.add(page);
                }
            }
        }
        try (Stream<Path> files = Files.list(HTML_PAGES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList()) {
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("url", "https://bench.example/" + f.getFileName());
                page.put("contentType", "text/html");
                page.put("bodyBase64", Base64.getEncoder().encodeToString(gunzip(Files.readAllBytes(f))));
                sources.add(page);
            }
        }
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % 30 == 29) {
                pages.add(new Page(i, "garbage-" + i, "garbage-" + i, true));
            } else {
                String url = "https://crash.example/p" + i + "/" + Math.abs(PageSet.source(sources, i).get("url").hashCode());
                pages.add(new Page(i, url, ArticleIds.of(url), false));
            }
        }
        return new PageSet(pages, sources, seed);
    }

    /** The pages of a run and how to make each one's value. */
    record PageSet(List<Page> pages, List<Map<String, Object>> sources, long seed) {

        int size() {
            return pages.size();
        }

        /** Page i is a copy of page i-1's source when i % 3 == 1 (i-1 is never garbage then). */
        static Map<String, Object> source(List<Map<String, Object>> sources, int i) {
            return sources.get(sourceIndex(sources, i));
        }

        static int sourceIndex(List<Map<String, Object>> sources, int i) {
            int from = i % 3 == 1 ? i - 1 : i;
            return (from * 7) % sources.size();
        }

        int sourceIndex(int i) {
            return sourceIndex(sources, i);
        }

        byte[] value(Page p) throws IOException {
            if (p.garbage) {
                Random random = new Random(seed * 31 + p.index);
                byte[] garbage = new byte[50 + random.nextInt(500)];
                random.nextBytes(garbage);
                garbage[0] = 0x07;
                return garbage;
            }
            Map<String, Object> page = new LinkedHashMap<>(source(sources, p.index));
            page.put("url", p.key);
            if (p.index % 7 == 3 && page.get("body") instanceof String body) {
                page.put("body", body + "\n\nThis story was updated at " + p.index + " o'clock.");
            }
            return JSON.writeValueAsBytes(page);
        }
    }

    static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
