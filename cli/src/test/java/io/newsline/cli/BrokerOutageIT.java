package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicAdmin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsline run ingest} as an operator runs it (the real jar in its own JVM) while its broker goes away and
 * comes back: it keeps running, logs one warning naming the address and the cause, answers {@code /health/ready}
 * with 503 and the cause under {@code kafka} (and stays live), and once the broker is back logs that it answers and
 * is ready again.
 */
class BrokerOutageIT {

    @Test
    void aRunningAppLogsTheOutageReportsItOnHealthReadyAndRecovers(@TempDir Path dir) throws Exception {
        int brokerPort = ReadmeIT.freePort();
        int controllerPort = ReadmeIT.freePort();
        int httpPort = ReadmeIT.freePort();
        Path data = dir.resolve("kafka");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.persistent(data, brokerPort, controllerPort, Map.of()).start();
        String servers = broker.bootstrapServers();
        TopicAdmin.createAll(NewslineConfig.defaults().with(Map.of("bootstrap.servers", servers,
                "topic.replication.factor", "1", "topic.min.insync.replicas", "1", "topic.partitions", "1")));
        Path err = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-jar", DemoIT.JAR.toString(), "run", "ingest",
                "--bootstrap-servers", servers, "--http-port", Integer.toString(httpPort),
                "-D", "app.kafka.check.interval=500", "-D", "app.kafka.check.timeout=1000",
                "-D", "app.state.dir=" + dir.resolve("state"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        Process app = builder.start();
        try {
            HttpResponse<String> ready = await(app, err, httpPort, r -> r.statusCode() == 200);
            assertThat(ready.body()).contains("\"kafka\":\"reachable at " + servers + "\"");

            broker.stop();
            HttpResponse<String> down = await(app, err, httpPort, r -> r.statusCode() == 503
                    && r.body().contains("unreachable"));
            assertThat(down.body()).contains("\"kafka\":\"unreachable at " + servers + ": ");
            assertThat(get(httpPort, "/health/live").statusCode()).as("a restart would not bring the broker back")
                    .isEqualTo(200);
            assertThat(Files.readString(err)).containsPattern("WARN .*cannot reach Kafka at " + servers + ": \\S");
            assertThat(app.isAlive()).as("the app keeps running without its broker").isTrue();

            broker = EmbeddedKafkaBroker.persistent(data, brokerPort, controllerPort, Map.of()).start();
            await(app, err, httpPort, r -> r.statusCode() == 200);
            assertThat(Files.readString(err)).contains("Kafka at " + servers + " answers again");
        } finally {
            app.destroy();
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
            broker.close();
        }
    }

    /** Polls /health/ready until {@code wanted} holds; fails if the app exits or two minutes pass. */
    private static HttpResponse<String> await(Process app, Path log, int port, Predicate<HttpResponse<String>> wanted)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the app runs; its log:%n%s", Files.readString(log)).isTrue();
            try {
                last = get(port, "/health/ready");
                if (wanted.test(last)) {
                    return last;
                }
            } catch (java.io.IOException notYetListening) {
                // the endpoint opens once the app has started
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no such /health/ready answer; last: " + (last == null ? "none" : last.statusCode()
                + " " + last.body()) + "; log:\n" + Files.readString(log));
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
