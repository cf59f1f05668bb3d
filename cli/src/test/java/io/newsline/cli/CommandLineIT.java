package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.kafka.embedded.KafkaBroker;
import io.newsline.kafka.embedded.KafkaBrokerExtension;
import io.newsline.runtime.config.NewslineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a real single broker: {@code topics create} and {@code list} with the replication a
 * single broker takes, {@code submit --warc} of a damaged archive, {@code tail}'s start, key and count options,
 * {@code status}, and {@code reset} refusing while the app runs. Each test works on topics of its own
 * ({@code --shadow}, {@code topic.raw.name}).
 */
@ExtendWith(KafkaBrokerExtension.class)
class CommandLineIT {

    static final ObjectMapper JSON = new ObjectMapper();

    static String[] args(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }

    /** Options naming a deployment of its own on the broker: shadow topics, its own raw topic and app ids. */
    static List<String> deployment(KafkaBroker broker, String run) {
        return List.of("--bootstrap-servers", broker.bootstrapServers(), "--shadow", run,
                "-D", "topic.raw.name=raw-" + run, "-D", "topic.partitions=2");
    }

    @Test
    void topicsCreateOnOneBrokerTakesReplication1OnlyWhenAskedAndListShowsWhatTheBrokerHas(KafkaBroker broker) {
        String run = "rf" + UUID.randomUUID().toString().substring(0, 8);
        List<String> own = deployment(broker, run);
        CommandOutput refused = CommandOutput.run(args(List.of("topics", "create"), own.toArray(String[]::new)));
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().strip().lines()).hasSize(1).first().asString()
                .contains("has 1 broker, fewer than the replicas of")
                .contains("for local work with one broker: newsline topics create " + String.join(" ", own)
                        + " --replication-factor 1"); // the same deployment's topics, one replica each

        CommandOutput before = CommandOutput.run(args(List.of("topics", "list"), own.toArray(String[]::new)));
        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).contains("news.events.v1." + run + " ").contains("has nothing (missing)");

        CommandOutput created = CommandOutput.run(args(List.of("topics", "create", "--replication-factor", "1"),
                own.toArray(String[]::new)));
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.err()).contains("created").contains("raw-" + run).contains("news.events.v1." + run);

        CommandOutput after = CommandOutput.run(args(List.of("topics", "list"), own.toArray(String[]::new)));
        assertThat(after.out().lines().filter(l -> l.startsWith("news.events.v1." + run + " ")).findFirst().orElseThrow())
                .contains("wants partitions=2 rf=3").contains("has partitions=2 rf=1 differs: min.insync.replicas=1");
    }

    @Test
    void submitOfADamagedWarcSendsEveryReadableRecordNamesTheBadOnesAndEndsInOneLine(KafkaBroker broker,
            @TempDir Path dir) throws Exception {
        String run = "warc" + UUID.randomUUID().toString().substring(0, 8);
        List<String> own = deployment(broker, run);
        assertThat(CommandOutput.run(args(List.of("topics", "create", "--replication-factor", "1"),
                own.toArray(String[]::new))).exitCode()).isZero();
        DamagedWarcTest pages = new DamagedWarcTest();
        pages.dir = dir;
        Path whole = pages.write("whole.warc.gz", true, -1, null);
        List<Long> boundaries = DamagedWarcTest.boundaries(whole);
        byte[] bytes = Files.readAllBytes(whole);
        long corrupt = boundaries.get(2); // page 1
        for (long i = corrupt + 30; i < corrupt + 60; i++) {
            bytes[(int) i] ^= 0x5a;
        }
        long cut = boundaries.get(5) + 40; // inside page 4
        Path damaged = dir.resolve("damaged.warc.gz");
        Files.write(damaged, Arrays.copyOf(bytes, (int) cut));

        CommandOutput submit = CommandOutput.run(args(List.of("submit", "--warc", damaged.toString()),
                own.toArray(String[]::new)));
        assertThat(submit.exitCode()).isEqualTo(2);
        // Refusals go to stderr as they come, beside the progress bar's redrawn line.
        assertThat(submit.err()).contains("damaged.warc.gz at offset " + corrupt
                + ": refused, unreadable record: bad gzip member");
        assertThat(submit.err()).contains("damaged.warc.gz at offset " + boundaries.get(5)
                + ": refused, unreadable record: the file ends inside a gzip member");
        List<String> lines = submit.err().strip().lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("submitted 3 pages, refused 2; WARC records skipped: "
                + "1 warcinfo; unreadable: 2; cut short: damaged.warc.gz ends inside the record at offset "
                + boundaries.get(5));
        assertThat(submit.err()).doesNotContain("Exception");

        CommandOutput tail = CommandOutput.run(args(List.of("tail", "raw", "--from-beginning", "--idle-exit", "3"),
                own.toArray(String[]::new)));
        List<String> urls = tail.out().lines().map(CommandLineIT::url).toList();
        assertThat(urls).containsExactlyInAnyOrder(DamagedWarcTest.url(0), DamagedWarcTest.url(2),
                DamagedWarcTest.url(3));
    }

    static String url(String line) {
        try {
            return JSON.readTree(line).get("url").asText();
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }

    @Test
    void tailStartsAtTheBeginningAnOffsetOrATimeFiltersByKeyAndStopsAtTheCount(KafkaBroker broker, @TempDir Path dir)
            throws Exception {
        String run = "tail" + UUID.randomUUID().toString().substring(0, 8);
        List<String> own = deployment(broker, run);
        String[] ownArgs = own.toArray(String[]::new);
        assertThat(CommandOutput.run(args(List.of("topics", "create", "--replication-factor", "1"), ownArgs))
                .exitCode()).isZero();
        Path pages = dir.resolve("pages.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add(JSON.writeValueAsString(Map.of("url", "https://tail.example/" + run + "/" + i,
                    "body", "<p>page " + i + "</p>")));
        }
        Files.write(pages, lines);
        CommandOutput submitted = CommandOutput.run(args(List.of("submit", pages.toString()), ownArgs));
        assertThat(submitted.exitCode()).as("submit right after topics create: %s", submitted.err()).isZero();

        CommandOutput all = CommandOutput.run(args(List.of("tail", "raw", "--from-beginning", "--idle-exit", "2"), ownArgs));
        assertThat(all.out().lines()).hasSize(6);
        CommandOutput two = CommandOutput.run(args(List.of("tail", "raw", "--from-beginning", "--count", "2"), ownArgs));
        assertThat(two.exitCode()).isZero();
        assertThat(two.out().lines()).hasSize(2);
        String key = "https://tail.example/" + run + "/4";
        CommandOutput byKey = CommandOutput.run(args(List.of("tail", "raw", "--from-beginning", "--key", key,
                "--idle-exit", "2"), ownArgs));
        assertThat(byKey.out().lines().map(CommandLineIT::url).toList()).containsExactly(key);

        CommandOutput raw = CommandOutput.run(args(List.of("tail", "raw", "--from-beginning", "--raw", "--idle-exit",
                "2"), ownArgs));
        List<JsonNode> records = raw.out().lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        String partition = records.get(0).get("partition").asText();
        JsonNode last = records.stream().filter(r -> r.get("partition").asText().equals(partition))
                .max(java.util.Comparator.comparingLong(r -> r.get("offset").asLong())).orElseThrow();
        CommandOutput lastOfPartition = CommandOutput.run(args(List.of("tail", "raw", "--partition", partition,
                "--offset", "-1", "--raw", "--idle-exit", "2"), ownArgs));
        assertThat(lastOfPartition.out().lines().toList()).hasSize(1).first().asString()
                .contains("\"offset\":" + last.get("offset").asLong()).contains("\"partition\":" + partition);
        CommandOutput fromOffset = CommandOutput.run(args(List.of("tail", "raw", "--partition", partition, "--offset",
                "1", "--raw", "--idle-exit", "2"), ownArgs));
        assertThat(fromOffset.out().lines()).hasSize((int) last.get("offset").asLong());

        CommandOutput future = CommandOutput.run(args(List.of("tail", "raw", "--from-time", "2100-01-01",
                "--idle-exit", "2"), ownArgs));
        assertThat(future.exitCode()).isZero();
        assertThat(future.out()).isEmpty();
        CommandOutput past = CommandOutput.run(args(List.of("tail", "raw", "--from-time", "2000-01-01",
                "--idle-exit", "2"), ownArgs));
        assertThat(past.out().lines()).hasSize(6);
        CommandOutput badPartition = CommandOutput.run(args(List.of("tail", "raw", "--partition", "7",
                "--idle-exit", "2"), ownArgs));
        assertThat(badPartition.exitCode()).isEqualTo(2);
        assertThat(badPartition.err()).contains("has partitions 0 to 1 only");
        CommandOutput missing = CommandOutput.run("tail", "raw", "--bootstrap-servers", broker.bootstrapServers(),
                "-D", "topic.raw.name=missing-" + run);
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no topic missing-" + run);
    }

    @Test
    void resetRefusesWhileTheAppRunsUnlessForcedStatusShowsItAndDryRunChangesNothing(KafkaBroker broker,
            @TempDir Path dir) throws Exception {
        String run = "rst" + UUID.randomUUID().toString().substring(0, 8);
        List<String> own = new ArrayList<>(deployment(broker, run));
        own.addAll(List.of("-D", "app.state.dir=" + dir, "-D", "http.port=-1"));
        String[] ownArgs = own.toArray(String[]::new);
        assertThat(CommandOutput.run(args(List.of("topics", "create", "--replication-factor", "1"), ownArgs))
                .exitCode()).isZero();
        NewslineConfig config = NewslineConfig.defaults().with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "topic.suffix", run, "topic.raw.name", "raw-" + run, "app.state.dir", dir.toString(),
                "http.port", "-1", "session.timeout.ms", "6000"));
        String appId = "newsline-ingest." + run;
        try (Pipeline ingest = new Pipeline(Pipeline.definitions("ingest"), config).start()) {
            ingest.awaitRunning(Duration.ofMinutes(2));
            CommandOutput status = CommandOutput.run(args(List.of("status"), ownArgs));
            assertThat(status.exitCode()).as(status.err()).isZero();
            assertThat(status.out().lines().filter(l -> l.startsWith("ingest ")).findFirst().orElseThrow())
                    .contains(appId).containsPattern("(?i)stable +1 ");
            assertThat(status.out()).containsPattern("(?i)enrich +newsline-enrich\\." + run + " +(dead|not found)");

            CommandOutput dry = CommandOutput.run(args(List.of("reset", "ingest", "--to-earliest", "--dry-run"), ownArgs));
            assertThat(dry.exitCode()).isZero();
            assertThat(dry.err()).contains("would refuse: " + appId + " has 1 active member").doesNotContain("Force");
            CommandOutput refused = CommandOutput.run(args(List.of("reset", "ingest", "--to-earliest"), ownArgs));
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err().strip().lines()).hasSize(1).first().asString()
                    .contains("refused: " + appId + " has 1 active member").contains("--force");
            assertThat(ingest.apps().get(0).isReady()).as("the running app kept its members").isTrue();
        }
        // A stopped Streams app does not leave its group: its member goes after session.timeout.ms.
        CommandOutput stopped = CommandOutput.run(args(List.of("reset", "ingest", "--to-earliest", "--dry-run"), ownArgs));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (stopped.err().contains("would refuse") && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            stopped = CommandOutput.run(args(List.of("reset", "ingest", "--to-earliest", "--dry-run"), ownArgs));
        }
        assertThat(stopped.exitCode()).as(stopped.err()).isZero();
        assertThat(stopped.err()).contains("would delete local state").doesNotContain("would refuse")
                .doesNotContain("Force");
    }
}
