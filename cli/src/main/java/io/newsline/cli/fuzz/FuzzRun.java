package io.newsline.cli.fuzz;

import io.newsline.runtime.app.KafkaClients;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.json.AvroJson;
import io.newsline.runtime.topics.TopicCatalogue;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.PageType;
import io.newsline.schemas.Stage;
import io.newsline.schemas.ids.ArticleIds;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A fuzz run against apps already running on a cluster: sends generated records of every {@link FuzzKind} to the
 * raw topic, reads what ingest, and publish after it, made of each, and checks that every record ended exactly once
 * with its kind's outcome, that every clean article got exactly one decision, that the counters moved by exactly
 * what the topics hold, that no record was processed twice (no aborted transaction) and that the apps stayed ready.
 * Reports each kind's worst extraction time from the {@code newsline.ingest.micros} header. Not thread-safe.
 */
public final class FuzzRun {

    /**
     * One generated record. Its value is made when asked for (from its own seed, so always the same bytes), so
     * that ten thousand records of up to 8 MB never sit in memory together; null is a tombstone.
     */
    public record FuzzRecord(String key, String url, FuzzKind kind, long seed) {
        public byte[] value() {
            return kind.make(new Random(seed), url);
        }
    }

    /** What happened to the records of one kind. */
    public static final class KindResult {
        int records;
        int asExpected;
        long worstMicros;
        long worstCpuMicros;
        long worstEnrichCpuMicros;
        final List<String> unexpected = new ArrayList<>();
    }

    /** The outcome of a run: per kind, the counter checks, and every problem found (empty: the run passed). */
    public record Report(Map<FuzzKind, KindResult> kinds, List<String> problems, int notReadySamples,
                         Map<String, Double> maxSeconds) {
        public boolean passed() {
            return problems.isEmpty();
        }

        public void print(PrintStream out) {
            out.printf("%-26s %7s %9s %10s %10s %10s%n", "kind", "records", "expected", "ingest ms", "cpu ms",
                    "enrich cpu");
            kinds.forEach((kind, r) -> out.printf("%-26s %7d %9d %10.1f %10.1f %10.1f%n", kind.label(), r.records,
                    r.asExpected, r.worstMicros / 1000.0, r.worstCpuMicros / 1000.0, r.worstEnrichCpuMicros / 1000.0));
            out.println("(worst per page: ingest wall and stream-thread CPU time to decode and extract, enrich "
                    + "stream-thread CPU time; maxima below are Micrometer's, over its last two minutes)");
            maxSeconds.forEach((metric, seconds) -> out.printf("%s: %.3f s%n", metric, seconds));
            out.printf("not-ready samples: %d%n", notReadySamples);
            problems.stream().limit(50).forEach(p -> out.println("PROBLEM " + p));
            out.println(problems.isEmpty() ? "fuzz: every record ended exactly once as expected; counters equal topics"
                    : "fuzz: " + problems.size() + " problems");
        }
    }

    private FuzzRun() {}

    /** {@code count} records, kinds drawn by weight, deterministic for a seed; keys and URLs carry {@code runId}. */
    public static List<FuzzRecord> generate(int count, long seed, String runId) {
        Random random = new Random(seed);
        int total = 0;
        for (FuzzKind k : FuzzKind.values()) {
            total += k.weight();
        }
        List<FuzzRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(total);
            FuzzKind kind = FuzzKind.values()[0];
            for (FuzzKind k : FuzzKind.values()) {
                if (pick < k.weight()) {
                    kind = k;
                    break;
                }
                pick -= k.weight();
            }
            String url = "https://fuzz.example/" + runId + "/" + kind.label() + "/" + i;
            records.add(new FuzzRecord("fuzz-" + runId + "-" + i, url, kind, random.nextLong()));
        }
        return records;
    }

    /**
     * @param metrics the apps' Prometheus text ({@code /metrics})
     * @param ready   whether every app is ready, sampled through the run
     */
    public static Report run(NewslineConfig config, List<FuzzRecord> records, Supplier<String> metrics,
                             BooleanSupplier ready, Duration timeout, PrintStream log) throws InterruptedException {
        TopicCatalogue topics = TopicCatalogue.of(config);
        String clean = topics.name(Topics.CLEAN_ARTICLES);
        String dlq = topics.name(Topics.DEAD_LETTERS);
        String decisions = topics.name(Topics.DECISIONS);
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, Integer> byArticleId = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            byKey.put(records.get(i).key(), i);
            byArticleId.put(ArticleIds.of(records.get(i).url()), i);
        }
        List<List<String>> outcomes = new ArrayList<>();
        records.forEach(r -> outcomes.add(new ArrayList<>()));
        long[] micros = new long[records.size()];
        long[] cpuMicros = new long[records.size()];
        long[] enrichCpuMicros = new long[records.size()];
        int[] decided = new int[records.size()];
        Map<String, Integer> deadLettersByReason = new TreeMap<>();
        Map<String, Integer> ingestOutcomes = new TreeMap<>();
        List<String> problems = new ArrayList<>();

        Map<String, Double> before = PrometheusText.parse(metrics.get());
        AtomicInteger notReady = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                if (!ready.getAsBoolean()) {
                    notReady.incrementAndGet();
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fuzz-ready-sampler");
        sampler.setDaemon(true);
        sampler.start();

        Map<String, Object> consumerProps = new HashMap<>(KafkaClients.consumer(config));
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(clean, dlq, decisions)) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.endOffsets(partitions).forEach(consumer::seek);
            send(config, topics, records, log);
            long deadline = System.nanoTime() + timeout.toNanos();
            long settledAt = 0;
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.topic().equals(dlq)) {
                        Integer i = byKey.get(r.key());
                        if (i == null) {
                            continue;
                        }
                        DeadLetter letter = Topics.DEAD_LETTERS.valueSerde().deserializer().deserialize(dlq, r.value());
                        String reason = AvroJson.symbol(letter.getReason());
                        if (letter.getStage() != Stage.INGEST) {
                            problems.add(records.get(i).kind().label() + " " + r.key() + ": dead letter in "
                                    + letter.getStage() + ": " + letter.getMessage());
                            continue;
                        }
                        outcomes.get(i).add("dead-letter:" + reason);
                        deadLettersByReason.merge(reason, 1, Integer::sum);
                        ingestOutcomes.merge("dead-letter", 1, Integer::sum);
                        micros[i] = Math.max(micros[i], headerLong(r, "newsline.ingest.micros"));
                        cpuMicros[i] = Math.max(cpuMicros[i], headerLong(r, "newsline.ingest.cpu.micros"));
                    } else if (r.topic().equals(clean)) {
                        Integer i = byArticleId.get(r.key());
                        if (i == null) {
                            continue;
                        }
                        CleanArticle a = Topics.CLEAN_ARTICLES.valueSerde().deserializer().deserialize(clean, r.value());
                        String outcome = a.getRemoved() ? "removed" : a.getPageType() == PageType.ARTICLE
                                ? "article:" + a.getLanguage() : "not-article";
                        outcomes.get(i).add(outcome);
                        ingestOutcomes.merge(outcome.startsWith("article") ? "article" : outcome, 1, Integer::sum);
                        micros[i] = Math.max(micros[i], headerLong(r, "newsline.ingest.micros"));
                        cpuMicros[i] = Math.max(cpuMicros[i], headerLong(r, "newsline.ingest.cpu.micros"));
                    } else {
                        Integer i = byArticleId.get(r.key());
                        if (i != null) {
                            decided[i]++;
                            enrichCpuMicros[i] = Math.max(enrichCpuMicros[i], headerLong(r, "newsline.enrich.cpu.micros"));
                        }
                    }
                }
                boolean complete = true;
                for (int i = 0; i < records.size() && complete; i++) {
                    List<String> o = outcomes.get(i);
                    complete = !o.isEmpty() && (o.get(0).startsWith("dead-letter") || decided[i] > 0);
                }
                if (complete && settledAt == 0) {
                    settledAt = System.nanoTime();
                    log.println("fuzz: every record has its outcome; reading 10 s more for duplicates");
                }
                if (settledAt != 0 && System.nanoTime() - settledAt > 10_000_000_000L) {
                    break;
                }
            }
        } finally {
            running.set(false);
            sampler.interrupt();
        }
        Map<String, Double> after = PrometheusText.parse(metrics.get());

        Map<FuzzKind, KindResult> kinds = new EnumMap<>(FuzzKind.class);
        int cleanArticles = 0;
        int decisionsSeen = 0;
        for (int i = 0; i < records.size(); i++) {
            FuzzRecord record = records.get(i);
            KindResult k = kinds.computeIfAbsent(record.kind(), x -> new KindResult());
            k.records++;
            k.worstMicros = Math.max(k.worstMicros, micros[i]);
            k.worstCpuMicros = Math.max(k.worstCpuMicros, cpuMicros[i]);
            k.worstEnrichCpuMicros = Math.max(k.worstEnrichCpuMicros, enrichCpuMicros[i]);
            List<String> o = outcomes.get(i);
            boolean cleanOutcome = o.size() == 1 && !o.get(0).startsWith("dead-letter");
            cleanArticles += o.stream().filter(x -> !x.startsWith("dead-letter")).count();
            decisionsSeen += decided[i];
            if (o.size() == 1 && o.get(0).equals(record.kind().expected()) && (!cleanOutcome || decided[i] == 1)) {
                k.asExpected++;
            } else {
                String what = record.kind().label() + " " + record.key() + ": expected " + record.kind().expected()
                        + ", got " + (o.isEmpty() ? "nothing" : String.join(" and ", o))
                        + (cleanOutcome ? ", " + decided[i] + " decisions" : "");
                k.unexpected.add(what);
                problems.add(what);
            }
        }
        checkDelta(problems, before, after, "newsline_records_total{app=\"ingest\"}", records.size());
        ingestOutcomes.forEach((outcome, n) -> checkDelta(problems, before, after,
                "newsline_records_total{app=\"ingest\",outcome=\"" + outcome + "\"}", n));
        deadLettersByReason.forEach((reason, n) -> checkDelta(problems, before, after,
                "newsline_dead_letters_total{reason=\"" + reason + "\",stage=\"ingest\"}", n));
        checkDelta(problems, before, after, "newsline_dead_letters_total{stage=\"ingest\"}",
                deadLettersByReason.values().stream().mapToInt(Integer::intValue).sum());
        checkDelta(problems, before, after, "newsline_records_total{app=\"enrich\"}", cleanArticles);
        checkDelta(problems, before, after, "newsline_records_total{app=\"publish\"}", decisionsSeen);
        checkDelta(problems, before, after, "newsline_records_reprocessed_total", 0);
        if (notReady.get() > 0) {
            problems.add("an app was not ready in " + notReady.get() + " samples (every 0.5 s)");
        }
        Map<String, Double> max = new TreeMap<>();
        for (String m : List.of("newsline_extraction_seconds_max", "newsline_enrichment_seconds_max",
                "newsline_matching_seconds_max")) {
            max.put(m, PrometheusText.sum(after, m));
        }
        return new Report(kinds, problems, notReady.get(), max);
    }

    private static void send(NewslineConfig config, TopicCatalogue topics, List<FuzzRecord> records, PrintStream log)
            throws InterruptedException {
        Map<String, Object> props = new HashMap<>(KafkaClients.producer(config));
        props.put("acks", "all");
        props.put("linger.ms", 20);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            for (FuzzRecord r : records) {
                byte[] value = r.value();
                try {
                    // one at a time: the producer's buffer would otherwise hold hundreds of megabytes of pages
                    producer.send(new ProducerRecord<>(topics.name(Topics.RAW_PAGES), r.key(), value)).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("cannot send " + r.key() + ": " + e.getCause(), e.getCause());
                }
            }
            producer.flush();
        }
        log.println("fuzz: sent " + records.size() + " records");
    }

    private static void checkDelta(List<String> problems, Map<String, Double> before, Map<String, Double> after,
                                   String selector, long expected) {
        double delta = PrometheusText.sum(after, selector) - PrometheusText.sum(before, selector);
        if (Math.round(delta) != expected) {
            problems.add("counter " + selector + " moved by " + Math.round(delta) + ", the topics hold " + expected);
        }
    }

    private static long headerLong(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        try {
            return h == null ? 0 : Long.parseLong(new String(h.value(), StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
