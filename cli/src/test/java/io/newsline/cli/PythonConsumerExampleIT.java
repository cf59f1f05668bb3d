package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.json.AvroJson;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.StoryEvent;
import io.newsline.schemas.StoryEventType;
import io.newsline.schemas.codec.RecordCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consumer example for other languages, {@code examples/python/read_events.py} (Debian's python3-avro), on
 * records captured from a real run: the pipeline processes the bundled sample pages on an embedded broker,
 * {@code newsline tail --raw} captures the events and stories topics to files (kept under
 * {@code cli/target/consumer-example/}), and the Python example must print, record for record, the same JSON as the
 * Java codec and {@link AvroJson} make of the same bytes; where python3-confluent-kafka is installed, also when it
 * reads the events topic itself. Where python3 with avro is missing, the tests say so on stderr and are skipped;
 * {@code scripts/install-test-deps.sh} (run by {@code .ci/run}) installs both packages.
 */
class PythonConsumerExampleIT {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path EXAMPLE = REPO.resolve("examples/python/read_events.py");
    static final String PYTHON = System.getProperty("newsline.test.python", "/usr/bin/python3");
    static final ObjectMapper JSON = new ObjectMapper();

    /** Whether the Python interpreter can import a module. */
    static boolean pythonHas(String module) throws Exception {
        Process p = new ProcessBuilder(PYTHON, "-c", "import " + module).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @BeforeAll
    static void pythonWithAvro() throws Exception {
        String missing = null;
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import avro.io, avro.schema").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                missing = PYTHON + " cannot import avro: " + out.strip();
            }
        } catch (IOException e) {
            missing = PYTHON + " not found: " + e.getMessage();
        }
        if (missing != null) {
            System.err.println("\n!!! PythonConsumerExampleIT SKIPPED: " + missing
                    + "\n!!! Install the Debian package python3-avro (bash scripts/install-test-deps.sh).\n");
        }
        Assumptions.assumeTrue(missing == null, missing);
    }

    /** Output of one run of the example. */
    record PythonRun(int exitCode, List<JsonNode> lines, String err) {}

    static PythonRun runExample(Path... files) throws Exception {
        return runExample(java.util.Arrays.stream(files).map(Path::toString).toArray(String[]::new));
    }

    static PythonRun runExample(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(PYTHON, EXAMPLE.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        // Read stderr beside stdout so neither pipe fills up and blocks the script.
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the example finishes").isTrue();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return new PythonRun(p.exitValue(), lines, err.get());
    }

    /** Java's decoding of a capture file: each record's value through the topic's codec, rendered by AvroJson. */
    static List<JsonNode> decodeInJava(Path capture) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(capture, StandardCharsets.UTF_8)) {
            JsonNode record = JSON.readTree(line);
            if (record.get("value").isNull()) {
                continue;
            }
            Object value = TopicReader.decode(record.get("topic").asText(),
                    Base64.getDecoder().decode(record.get("value").asText()));
            assertThat(value).as("Java decodes %s", line).isInstanceOf(SpecificRecord.class);
            // Through text, so that numbers compare by value as in the Python output (not int against long).
            out.add(JSON.readTree(AvroJson.toJsonLine((SpecificRecord) value)));
        }
        return out;
    }

    @Test
    void thePythonExampleDecodesEventsAndStoriesCapturedFromARealRunAsJavaDoes(@TempDir Path dir) throws Exception {
        Path captures = Files.createDirectories(Path.of("target", "consumer-example"));
        Path events = captures.resolve("events.records.jsonl");
        Path stories = captures.resolve("stories.records.jsonl");
        PythonRun fromKafka = null;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.ephemeral().start()) {
            NewslineConfig config = NewslineConfig.defaults().with(Map.of(
                    "bootstrap.servers", broker.bootstrapServers(),
                    "topic.replication.factor", "1", "topic.min.insync.replicas", "1", "topic.partitions", "2",
                    "app.state.dir", dir.resolve("state").toString(), "http.port", "-1", "commit.interval.ms", "100"));
            TopicAdmin.createAll(config);
            try (Pipeline pipeline = new Pipeline(Pipeline.definitions("all"), config).start()) {
                pipeline.awaitRunning(Duration.ofMinutes(2));
                Submitter.Report report;
                try (Submitter submitter = new Submitter(config, System.err)) {
                    PageFiles.read(List.of(DemoCommand.bundledSamples(dir)), submitter::submit);
                    report = submitter.finish();
                }
                assertThat(report.submittedUrls()).hasSizeGreaterThan(10);
                DemoCommand.awaitDecisions(config, report.submittedUrls(), Duration.ofMinutes(3), System.err);
            }
            // Every decision is committed, and with it every event and story: capture both topics as a consumer would.
            for (var capture : Map.of("events", events, "stories", stories).entrySet()) {
                CommandOutput tail = CommandOutput.run("tail", capture.getKey(), "--raw", "--from-beginning",
                        "--idle-exit", "2", "--bootstrap-servers", broker.bootstrapServers());
                assertThat(tail.exitCode()).as(tail.err()).isZero();
                Files.writeString(capture.getValue(), tail.out(), StandardCharsets.UTF_8);
            }
            if (pythonHas("confluent_kafka")) {
                fromKafka = runExample("--bootstrap-servers", broker.bootstrapServers(), "--topic",
                        Topics.EVENTS.name(), "--idle-exit", "5");
            } else {
                System.err.println("\n!!! PythonConsumerExampleIT: python3-confluent-kafka missing, reading straight from "
                        + "Kafka not checked (bash scripts/install-test-deps.sh installs it).\n");
            }
        }

        List<JsonNode> javaEvents = decodeInJava(events);
        List<JsonNode> javaStories = decodeInJava(stories);
        assertThat(javaEvents).extracting(e -> e.get("type").asText())
                .as("the samples found stories and added copies").contains("story-created", "copy-added");
        assertThat(javaEvents).extracting(e -> e.get("story").get("title").asText())
                .contains("Putin Hails Myanmar Ties As Junta Chief Visits Moscow");
        assertThat(javaStories).isNotEmpty();

        PythonRun python = runExample(events, stories);
        assertThat(python.exitCode()).as(python.err()).isZero();
        List<JsonNode> pythonEvents = python.lines().subList(0, Math.min(javaEvents.size(), python.lines().size()));
        assertThat(pythonEvents).extracting(e -> e.path("storyId").asText())
                .containsExactlyElementsOf(javaEvents.stream().map(e -> e.get("storyId").asText()).toList());
        assertThat(pythonEvents).extracting(e -> e.path("type").asText())
                .containsExactlyElementsOf(javaEvents.stream().map(e -> e.get("type").asText()).toList());
        assertThat(pythonEvents).extracting(e -> e.path("story").path("title").asText())
                .containsExactlyElementsOf(javaEvents.stream().map(e -> e.get("story").get("title").asText()).toList());
        List<JsonNode> java = new ArrayList<>(javaEvents);
        java.addAll(javaStories);
        assertThat(python.lines()).as("every field of every event and story, as `newsline tail` prints it")
                .containsExactlyElementsOf(java);
        if (fromKafka != null) {
            assertThat(fromKafka.exitCode()).as(fromKafka.err()).isZero();
            assertThat(fromKafka.lines()).as("read from the topic with read_committed")
                    .containsExactlyInAnyOrderElementsOf(javaEvents);
        }
    }

    @Test
    void aRecordWrittenWithAnUnknownSchemaIsReportedAndTheOthersStillDecode(@TempDir Path dir) throws Exception {
        StoryEvent event = StoryEvent.newBuilder().setEventId("e-1").setStoryId("s-a1")
                .setType(StoryEventType.STORY_CREATED).setOccurredAt(Instant.parse("2025-03-05T06:00:00.120Z")).build();
        byte[] good = RecordCodec.of(StoryEvent.class).encode(event);
        byte[] unknown = good.clone();
        unknown[5] ^= 0x5a; // a fingerprint byte: a writer schema no .avsc file has
        Path file = dir.resolve("events.records.jsonl");
        Files.write(file, List.of(rawLine(1, unknown), rawLine(2, good)), StandardCharsets.UTF_8);

        PythonRun python = runExample(file);
        assertThat(python.exitCode()).isEqualTo(1);
        assertThat(python.err()).contains("news.events.v1 0:1").contains("unknown schema fingerprint");
        assertThat(python.lines()).containsExactly(JSON.readTree(AvroJson.toJsonLine(event)));
        assertThat(python.lines().get(0).get("occurredAt").asText()).isEqualTo("2025-03-05T06:00:00.120Z");
    }

    static String rawLine(long offset, byte[] value) {
        return JSON.createObjectNode().put("topic", Topics.EVENTS.name()).put("partition", 0).put("offset", offset)
                .put("timestamp", 0L).put("key", "s-a1").put("value", Base64.getEncoder().encodeToString(value))
                .toString();
    }
}
