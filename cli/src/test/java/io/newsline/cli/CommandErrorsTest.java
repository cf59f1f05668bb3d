package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.runtime.config.NewslineConfig;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How commands end when they cannot work, run as a user runs them: against a closed port every command that talks
 * to Kafka fails in seconds with one line naming the address and the cause and prints no answer; mistakes on the
 * command line are one line and exit 2 before anything starts; {@code --debug} adds the trace; a running app
 * reports the unreachable cluster on {@code /health/ready}.
 */
class CommandErrorsTest {

    static String closed;
    @TempDir
    static Path dir;

    @BeforeAll
    static void closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = "127.0.0.1:" + socket.getLocalPort();
        }
        Files.writeString(dir.resolve("page.html"), "<html><body><p>A page.</p></body></html>");
        Files.createDirectories(dir.resolve("empty"));
    }

    static Stream<Arguments> kafkaCommands() {
        return Stream.of(
                Arguments.of(List.of("dlq", "list")),
                Arguments.of(List.of("dlq", "show", "0:1")),
                Arguments.of(List.of("dlq", "redrive", "--stage", "ingest")),
                Arguments.of(List.of("tail", "events")),
                Arguments.of(List.of("submit", "PAGE")),
                Arguments.of(List.of("topics", "create")),
                Arguments.of(List.of("topics", "list")),
                Arguments.of(List.of("replay", "--from", "2026-11-01", "--to", "2026-11-02")),
                Arguments.of(List.of("reset", "ingest", "--to-earliest")),
                Arguments.of(List.of("compare", "--shadow", "backfill")),
                Arguments.of(List.of("status")));
    }

    @ParameterizedTest
    @MethodSource("kafkaCommands")
    void aCommandThatTalksToKafkaFailsFastWithOneLineNamingTheAddressAndTheCause(List<String> command) {
        List<String> args = new java.util.ArrayList<>(command.stream()
                .map(a -> a.equals("PAGE") ? dir.resolve("page.html").toString() : a).toList());
        args.addAll(List.of("--bootstrap-servers", closed, "--timeout", "2"));
        long started = System.nanoTime();
        CommandOutput run = CommandOutput.run(args.toArray(String[]::new));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("fails without waiting for client timeouts")
                .isLessThan(Duration.ofSeconds(30));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).as("no answer printed").isEmpty();
        assertThat(run.err().strip().lines()).hasSize(1).first().asString()
                .startsWith("newsline " + command.get(0))
                .contains("cannot reach Kafka at " + closed + ": " + closed + ": connection refused");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(List.of("run", "everything"), "unknown app everything"),
                Arguments.of(List.of("extract", "MISSING"), "no such file or folder"),
                Arguments.of(List.of("extract", "EMPTY"), "no page files"),
                Arguments.of(List.of("submit", "EMPTY", "--bootstrap-servers", "CLOSED"), "no page files"),
                Arguments.of(List.of("submit", "--warc", "MISSING", "--bootstrap-servers", "CLOSED"), "no such WARC file"),
                Arguments.of(List.of("tail", "nosuchtopic", "--bootstrap-servers", "CLOSED"), "unknown topic nosuchtopic"),
                Arguments.of(List.of("tail", "events", "--from-time", "yesterday", "--bootstrap-servers", "CLOSED"),
                        "--from-time yesterday"),
                Arguments.of(List.of("dlq", "list", "--config", "MISSING"), "no such config file"),
                Arguments.of(List.of("replay", "--from", "yesterday", "--to", "2026-11-02"), "--from yesterday"),
                Arguments.of(List.of("reset", "everything", "--to-earliest"), "unknown app everything"),
                Arguments.of(List.of("reset", "ingest", "--to-datetime", "tomorrow"), "--to-datetime tomorrow"),
                Arguments.of(List.of("tail"), "Missing required parameter"),
                Arguments.of(List.of("status", "--no-such-option"), "Unknown option"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void aMistakeIsOneLineAndExit2BeforeAnythingStarts(List<String> command, String message) {
        String[] args = command.stream().map(a -> switch (a) {
            case "MISSING" -> dir.resolve("missing.html").toString();
            case "EMPTY" -> dir.resolve("empty").toString();
            case "CLOSED" -> closed;
            default -> a;
        }).toArray(String[]::new);
        CommandOutput run = CommandOutput.run(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).hasSize(1).first().asString().contains(message)
                .doesNotContain("Exception");
    }

    @Test
    void debugShowsTheStackTrace() {
        CommandOutput run = CommandOutput.run("--debug", "dlq", "list", "--bootstrap-servers", closed, "--timeout", "2");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot reach Kafka").contains("CommandFailure").contains("\tat io.newsline.cli.");
        CommandOutput mistake = CommandOutput.run("tail", "nosuchtopic", "--debug");
        assertThat(mistake.exitCode()).isEqualTo(2);
        assertThat(mistake.err()).contains("ParameterException").contains("\tat ");
    }

    @Test
    void aRunningAppReportsAnUnreachableClusterOnHealthReady() throws Exception {
        NewslineConfig config = NewslineConfig.defaults().with(Map.of("bootstrap.servers", closed,
                "http.port", "0", "http.host", "127.0.0.1", "app.state.dir", dir.resolve("state").toString(),
                "app.kafka.check.interval", "200", "app.kafka.check.timeout", "1000"));
        try (Pipeline pipeline = new Pipeline(Pipeline.definitions("ingest"), config).watchKafka().serve()) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> ready = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                ready = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pipeline.httpPort()
                        + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.body().contains("unreachable")) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"kafka\":\"unreachable at " + closed + ": ");
            assertThat(pipeline.kafkaConnection().isLive()).as("a restart would not bring the cluster back").isTrue();
        }
    }
}
