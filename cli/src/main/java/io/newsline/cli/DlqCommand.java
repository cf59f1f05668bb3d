package io.newsline.cli;

import io.newsline.runtime.app.KafkaClients;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.json.AvroJson;
import io.newsline.runtime.topics.TopicCatalogue;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.DeadLetterHeader;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsline dlq list|show|redrive}: inspect the dead-letter topic by stage and reason, print one dead letter
 * whole, and re-submit selected ones (their original key, headers and value) to the topic they came from after a
 * fix. A dead letter is named by its position in {@code news.dlq.v1}, {@code PARTITION:OFFSET}.
 */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "Inspect dead letters (news.dlq.v1) and redrive them to their source topic.",
        subcommands = {DlqCommand.ListLetters.class, DlqCommand.Show.class, DlqCommand.Redrive.class})
final class DlqCommand {

    /** Header a redriven record carries: the dead letter it came from, as {@code PARTITION:OFFSET}. */
    static final String HEADER_REDRIVEN_FROM = "newsline.redriven.from";

    /** Which dead letters a command works on. */
    static final class Selection {
        @Option(names = "--stage", description = "Only this stage (ingest, enrich, publish, submit).")
        String stage;
        @Option(names = "--reason", description = "Only this reason, as `dlq list` prints it (e.g. undecodable, missing-field, oversize).")
        String reason;
        @Option(names = "--id", paramLabel = "PARTITION:OFFSET", split = ",",
                description = "Only these dead letters (as `dlq list` prints them).")
        List<String> ids = new ArrayList<>();

        boolean matches(String id, DeadLetter letter) {
            return (stage == null || AvroJson.symbol(letter.getStage()).equals(AvroJson.symbol(stage.toUpperCase(java.util.Locale.ROOT))))
                    && (reason == null || AvroJson.symbol(letter.getReason()).equals(AvroJson.symbol(reason.toUpperCase(java.util.Locale.ROOT))))
                    && (ids.isEmpty() || ids.contains(id));
        }
    }

    /** Reads the whole dead-letter topic as it is now, handing each decodable letter with its id. */
    static void readAll(NewslineConfig config, Duration timeout, BiConsumer<String, DeadLetter> handler) {
        try (TopicReader reader = TopicReader.of(config, TopicCatalogue.of(config).name(Topics.DEAD_LETTERS), Set.of(),
                new TopicReader.Start.Earliest(), timeout)) {
            reader.readToEnd(Duration.ofSeconds(60).plus(timeout), r -> {
                if (TopicReader.decode(r.topic(), r.value()) instanceof DeadLetter letter) {
                    handler.accept(r.partition() + ":" + r.offset(), letter);
                }
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "One line per dead letter (id, stage, reason, source, key, message); counts by stage and reason on stderr.")
    static final class ListLetters implements Callable<Integer> {
        @Mixin
        ConfigOptions config;
        @Mixin
        Selection selection;

        @Override
        public Integer call() {
            Map<String, Integer> counts = new TreeMap<>();
            readAll(config.connect(), config.timeout(), (id, l) -> {
                if (!selection.matches(id, l)) {
                    return;
                }
                String stage = AvroJson.symbol(l.getStage());
                String reason = AvroJson.symbol(l.getReason());
                counts.merge(stage + " " + reason, 1, Integer::sum);
                System.out.printf("%s\t%s\t%s\t%s\t%s\t%s%n", id, stage, reason,
                        l.getSourceTopic() == null ? "-" : l.getSourceTopic() + ":" + l.getSourcePartition() + ":" + l.getSourceOffset(),
                        key(l), oneLine(l.getMessage()));
            });
            counts.forEach((k, n) -> System.err.println(n + "\t" + k));
            System.err.println(counts.values().stream().mapToInt(Integer::intValue).sum() + " dead letters");
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print dead letters whole, as JSON lines.")
    static final class Show implements Callable<Integer> {
        @Mixin
        ConfigOptions config;
        @Parameters(paramLabel = "PARTITION:OFFSET", arity = "1..*")
        List<String> ids;

        @Override
        public Integer call() {
            Set<String> wanted = Set.copyOf(ids);
            int[] found = {0};
            readAll(config.connect(), config.timeout(), (id, l) -> {
                if (wanted.contains(id)) {
                    System.out.println(AvroJson.toJsonLine(l));
                    found[0]++;
                }
            });
            if (found[0] < wanted.size()) {
                System.err.println("found " + found[0] + " of " + wanted.size() + " dead letters");
                return 1;
            }
            return 0;
        }
    }

    @Command(name = "redrive", mixinStandardHelpOptions = true,
            description = "Re-submit the selected dead letters' original records to their source topic (after a fix).")
    static final class Redrive implements Callable<Integer> {
        @Mixin
        ConfigOptions config;
        @Mixin
        Selection selection;
        @Option(names = "--dry-run", description = "Print what would be redriven; send nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            if (selection.stage == null && selection.reason == null && selection.ids.isEmpty()) {
                System.err.println("select what to redrive with --stage, --reason or --id");
                return 2;
            }
            NewslineConfig cfg = config.connect();
            List<String> selectedIds = new ArrayList<>();
            List<DeadLetter> selected = new ArrayList<>();
            readAll(cfg, config.timeout(), (id, l) -> {
                if (selection.matches(id, l)) {
                    selectedIds.add(id);
                    selected.add(l);
                }
            });
            int sent = 0;
            int skipped = 0;
            Map<String, Object> props = new HashMap<>(KafkaClients.producer(cfg));
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            try (KafkaProducer<byte[], byte[]> producer = dryRun ? null
                    : new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < selected.size(); i++) {
                    DeadLetter l = selected.get(i);
                    String id = selectedIds.get(i);
                    if (l.getSourceTopic() == null || l.getOriginalValue() == null || l.getValueTruncated()) {
                        System.err.println("skip " + id + ": " + (l.getValueTruncated() ? "value truncated"
                                : "no source topic or value kept"));
                        skipped++;
                        continue;
                    }
                    System.out.println((dryRun ? "would redrive " : "redrive ") + id + " -> " + l.getSourceTopic()
                            + " key " + key(l));
                    if (!dryRun) {
                        RecordHeaders headers = new RecordHeaders();
                        for (DeadLetterHeader h : l.getOriginalHeaders()) {
                            headers.add(h.getKey(), h.getValue() == null ? null : bytes(h.getValue()));
                        }
                        headers.add(HEADER_REDRIVEN_FROM, id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        producer.send(new ProducerRecord<>(l.getSourceTopic(), null,
                                l.getOriginalKey() == null ? null : bytes(l.getOriginalKey()),
                                bytes(l.getOriginalValue()), headers));
                    }
                    sent++;
                }
                if (producer != null) {
                    producer.flush();
                }
            }
            System.err.println((dryRun ? "would redrive " : "redrove ") + sent + ", skipped " + skipped);
            List<String> unknown = selection.ids.stream().filter(id -> !selectedIds.contains(id)).distinct().toList();
            if (!unknown.isEmpty()) {
                System.err.println("no dead letter " + String.join(", ", unknown) + " (ids as `dlq list` prints them)");
                return 1;
            }
            return skipped == 0 ? 0 : 3;
        }
    }

    static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    private static String key(DeadLetter l) {
        return l.getOriginalKey() == null ? "-" : oneLine(new String(bytes(l.getOriginalKey()),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String oneLine(CharSequence s) {
        String t = s == null ? "" : s.toString().replaceAll("\\s+", " ");
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }
}
