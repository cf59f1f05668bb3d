package io.newsline.cli;

import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicCatalogue;
import io.newsline.runtime.topics.TopicSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsline tail TOPIC}: a topic's records as JSON lines (read_committed), decoded or {@code --raw}, from the
 * end, the beginning, an offset or a time, in all partitions or chosen ones, optionally only one key, until
 * {@code --count} records or {@code --idle-exit} seconds without one. Reads without a consumer group: nothing is
 * committed, and printing starts at once.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print a topic's records as JSON lines (read_committed).")
final class TailCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;
    @Parameters(index = "0", paramLabel = "TOPIC", description = "A catalogue topic, by name or short name (raw, "
            + "clean, enriched, decisions, stories, events, events.json, dlq); with --shadow, the shadow deployment's.")
    String topic;
    @ArgGroup(exclusive = true)
    From from = new From();
    @Option(names = {"-p", "--partition"}, paramLabel = "N", split = ",",
            description = "Only these partitions (default: all).")
    List<Integer> partitions = new ArrayList<>();
    @Option(names = {"-k", "--key"}, paramLabel = "KEY", description = "Only records with this key.")
    String key;
    @Option(names = {"-c", "--count", "--limit"}, paramLabel = "N", description = "Exit after this many records.")
    Long count;
    @Option(names = "--idle-exit", paramLabel = "SECONDS", description = "Exit after this many seconds without a record.")
    Long idleExit;
    @Option(names = "--raw", description = "Print records as they are on the topic, undecoded: one JSON line each "
            + "with topic, partition, offset, timestamp, key and the value in base64 (what examples/python reads).")
    boolean raw;

    @Override
    public Integer call() {
        NewslineConfig cfg = config.load();
        TopicSpec<?, ?> spec;
        try {
            spec = TopicCatalogue.of(cfg).byName(topic);
        } catch (IllegalArgumentException e) {
            throw config.mistake(e.getMessage());
        }
        if (count != null && count < 1) {
            throw config.mistake("--count must be 1 or more");
        }
        String name = spec.name();
        String logicalName = spec.logicalName(); // a deployment's own names (shadow, topic.raw.name) decode as theirs
        TopicReader.Start start = from.start(config);
        cfg = config.connect();
        long printed = 0;
        try (TopicReader reader = TopicReader.of(cfg, name, Set.copyOf(partitions), start, config.timeout())) {
            long lastRecord = System.nanoTime();
            long[] matched = {0};
            while (count == null || printed < count) {
                matched[0] = 0;
                long before = printed;
                long room = count == null ? Long.MAX_VALUE : count - printed;
                int polled = reader.poll(Duration.ofMillis(200), r -> {
                    if (matched[0] < room && (key == null || key.equals(r.key()))) {
                        System.out.println(raw ? TopicReader.toRawJsonLine(r) : TopicReader.toJsonLine(r, logicalName));
                        matched[0]++;
                    }
                });
                printed = before + matched[0];
                if (polled > 0) {
                    lastRecord = System.nanoTime();
                    System.out.flush();
                } else if (idleExit != null && System.nanoTime() - lastRecord > Duration.ofSeconds(idleExit).toNanos()) {
                    break;
                }
            }
        }
        return 0;
    }

    /** Where to start reading: at most one of these; from the end when none is given. */
    static final class From {
        @Option(names = "--from-beginning", description = "Start at the earliest record.")
        boolean beginning;
        @Option(names = {"-o", "--offset"}, paramLabel = "N",
                description = "Start at this offset in each partition; negative: this many records before the end.")
        Long offset;
        @Option(names = "--from-time", paramLabel = "TS",
                description = "Start at the first record at or after this time (ISO instant, or a date: UTC midnight).")
        String time;

        TopicReader.Start start(ConfigOptions config) {
            if (beginning) {
                return new TopicReader.Start.Earliest();
            }
            if (offset != null) {
                return new TopicReader.Start.AtOffset(offset);
            }
            return time == null ? new TopicReader.Start.Latest()
                    : new TopicReader.Start.AtTime(config.time("--from-time", time));
        }
    }
}
