package io.newsline.cli;

import io.newsline.cli.fuzz.FuzzRun;
import io.newsline.runtime.config.NewslineConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsline fuzz}: sends records of every malformed kind (and 20 % valid pages) to apps already running
 * ({@code newsline run all}), then checks that each ended exactly once as its kind must, that the counters on the
 * apps' {@code /metrics} moved by what the topics hold, that nothing was processed twice and that the apps stayed
 * ready; prints each kind's worst extraction time. Exit code 0 when the run passed, 1 when not.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Send malformed and valid raw pages to running apps and check every one ends exactly once as "
                + "it must, counters equal topics, no reprocessing, ready throughout; prints each kind's worst "
                + "extraction time.")
final class FuzzCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;
    @Option(names = "--records", description = "How many records (default: 10000).", defaultValue = "10000")
    int records;
    @Option(names = "--seed", description = "Seed of the generator (default: 1).", defaultValue = "1")
    long seed;
    @Option(names = "--apps-url", paramLabel = "URL", defaultValue = "http://localhost:8080",
            description = "Where the running apps serve /metrics and /health/ready (default: http://localhost:8080).")
    String appsUrl;
    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "PT30M",
            description = "How long to wait for every outcome (ISO-8601, default PT30M).")
    Duration wait;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Integer call() throws Exception {
        NewslineConfig cfg = config.load();
        String runId = UUID.randomUUID().toString().substring(0, 8);
        System.err.println("fuzz: generating " + records + " records (run " + runId + ")");
        List<FuzzRun.FuzzRecord> generated = FuzzRun.generate(records, seed, runId);
        FuzzRun.Report report = FuzzRun.run(cfg, generated, () -> get("/metrics"),
                () -> get("/health/ready") != null, wait, System.err);
        report.print(System.out);
        return report.passed() ? 0 : 1;
    }

    /** The body of a GET on the apps' endpoint, or null when it does not answer 200. */
    private String get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(appsUrl + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
