package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * README.md followed step by step as a new user follows it: every shell command it shows ({@link ReadmeCommands})
 * is run here through the real {@code ./newsline} launcher in a shell, in an order a reader can follow, and must end
 * as the README says (exit code 0 unless the README names another); a command the README shows that this scenario
 * does not cover, or one it covers that the README no longer shows, fails the test.
 *
 * <p>How a command runs:
 * <ul>
 *   <li>to completion, checked for its exit code and what it prints;</li>
 *   <li>long-running ones ({@code broker}, {@code run}, {@code demo --serve}, {@code tail} without an end, Kafka's
 *       console consumer) started, checked to be working, then stopped as Ctrl-C stops them;</li>
 *   <li>{@code docker compose up} validated offline ({@code docker-compose config} where installed, and
 *       {@link ComposeFileTest}); no Docker engine runs here;</li>
 *   <li>{@code ./mvnw verify} (the build this test is part of) and the install script (root and apt) are checked to be
 *       there and well-formed, not run.</li>
 * </ul>
 * The work folder stands in for the clone's root: {@code ./newsline} there runs the repository's launcher, every
 * other entry of the repository's root is linked there, and the files the README's commands name
 * ({@code pages/}, {@code crawl.jsonl}, {@code pages.jsonl}, a CC-NEWS WARC) are the bundled sample pages.
 * Addresses are this machine's free ports, since other builds may hold the README's: {@code broker:9092},
 * {@code 127.0.0.1:9092} and {@code localhost:9092} become the broker the README's own {@code ./newsline broker}
 * starts (given {@code --port} and {@code --data-dir}, options its command table shows), {@code localhost:8083}
 * and {@code --http-port 8083} a free port; commands without {@code --bootstrap-servers} find the broker through
 * {@code NEWSLINE_BOOTSTRAP_SERVERS}, and {@code http.port} comes from {@code NEWSLINE_HTTP_PORT}, as the README's
 * Configuration section says they may.
 */
class ReadmeIT {

    static final Path REPO = OperationsIT.REPO;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    Path work;
    int brokerPort;
    int controllerPort;
    int lookupPort;
    int defaultHttpPort;
    final Map<String, String> variables = new ConcurrentHashMap<>();
    final List<Process> started = Collections.synchronizedList(new ArrayList<>());
    final Set<String> covered = Collections.synchronizedSet(new LinkedHashSet<>());
    final List<String> skipped = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger steps = new AtomicInteger();
    /**
     * Logs of the two instances of the apps that share their groups, and of the broker they share: while a group
     * rebalances, Kafka Streams may warn that the sequenced repartition topic is not assigned yet, and the broker may
     * log the retried batches of a transaction that a moved task's producer abandoned. Every other command (the
     * demos and the shadow run among them, each a clean start) must log no warning.
     */
    final Set<Path> rebalancing = Collections.synchronizedSet(new LinkedHashSet<>());

    @BeforeEach
    void cloneRoot() throws Exception {
        work = Files.createDirectories(Path.of("target", "readme-it-" + System.nanoTime()).toAbsolutePath());
        Files.writeString(work.resolve("newsline"), "#!/usr/bin/env bash\nexec " + REPO.resolve("newsline") + " \"$@\"\n");
        Files.setPosixFilePermissions(work.resolve("newsline"), PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Stream<Path> top = Files.list(REPO)) { // the rest of the clone as it is
            for (Path entry : top.filter(e -> !Set.of("newsline", ".git").contains(e.getFileName().toString())).toList()) {
                Files.createSymbolicLink(work.resolve(entry.getFileName()), entry);
            }
        }
        String pages = sample("pages.jsonl");
        String afp = sample("synthetic-afp.jsonl");
        Files.writeString(work.resolve("pages.jsonl"), pages);
        Files.writeString(work.resolve("crawl.jsonl"), pages + afp);
        Files.createDirectories(work.resolve("pages"));
        Files.writeString(work.resolve("pages/putin-myanmar.html"),
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(afp).get("body").asText());
        WarcFixtures.write(work.resolve("CC-NEWS-20261101000000-00001.warc.gz"), "readme",
                WarcFixtures.latinHtml(), true);
        Path bin = Files.createDirectories(work.resolve("bin"));
        // Kafka's own console consumer, as kafka-console-consumer.sh runs it (the class is in the CLI's lib/).
        Files.writeString(bin.resolve("kafka-console-consumer.sh"), "#!/usr/bin/env bash\nexec "
                + javaBin() + " -cp '" + REPO.resolve("cli/target/lib") + "/*' org.apache.kafka.tools.consumer.ConsoleConsumer \"$@\"\n");
        Files.setPosixFilePermissions(bin.resolve("kafka-console-consumer.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        brokerPort = freePort();
        controllerPort = freePort();
        lookupPort = freePort();
        defaultHttpPort = freePort();
    }

    @AfterEach
    void stopEverything() throws Exception {
        List<Process> running = List.copyOf(started);
        for (Process p : running) {
            p.destroy();
        }
        for (Process p : running) {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        System.err.println("ReadmeIT: not run here (reason given): " + skipped);
    }

    @Test
    void everyCommandTheReadmeShowsRunsAsShown() throws Exception {
        List<ReadmeCommands.Shown> shown = ReadmeCommands.of(Files.readAllLines(REPO.resolve("README.md")));
        assertThat(shown).as("README commands found").hasSizeGreaterThan(30);

        run("./newsline --help").out("demo", "topics", "tail", "status", "reset"); // first: it may build the CLI
        CompletableFuture<Void> demos = CompletableFuture.runAsync(this::demoCommands);
        offlineCommands();
        clusterCommands();
        demos.join();

        try (Stream<Path> logs = Files.list(work)) {
            for (Path log : logs.filter(f -> f.getFileName().toString().endsWith(".err") && !rebalancing.contains(f))
                    .toList()) {
                assertThat(Files.readAllLines(log)).as("warnings and errors a README command logged in %s", log)
                        .noneMatch(line -> StartupWarnings.isWarning(line, work));
            }
        }
        try (Stream<Path> left = Files.list(work.resolve("cache/newsline"))) {
            assertThat(left).as("what the demos left in the cache folder").isEmpty();
        }

        Set<String> readme = new LinkedHashSet<>();
        shown.forEach(s -> readme.add(s.text()));
        assertThat(covered).as("commands this test runs that README.md does not show").isSubsetOf(readme);
        assertThat(readme).as("commands README.md shows that this test does not run").isSubsetOf(covered);
    }

    /** The quick start: the demo in its three forms, each on its own embedded broker. */
    private void demoCommands() {
        try {
            run("./newsline demo").out("source: AFP", "(canonical)", "entities: ", "topics: ")
                    .err("demo: 12 pages in: 11 articles in ");
            run("./newsline demo --input pages.jsonl --output jsonl").out("\"members\":[", "\"storyId\":\"s-");
            Step serve = start("./newsline demo --serve", s -> s.err().contains("demo: serving on http://127.0.0.1:"));
            String url = serve.err().replaceAll("(?s).*demo: serving on (http://127\\.0\\.0\\.1:\\d+).*", "$1");
            assertThat(get(url + "/")).contains("source");
            serve.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What cannot run here: checked to be there and well-formed instead. */
    private void offlineCommands() throws Exception {
        assertThat(Files.isExecutable(REPO.resolve("mvnw"))).isTrue();
        skip("./mvnw verify", "the build this test runs in");
        assertThat(shell("bash -n scripts/install-test-deps.sh").exitCode).isZero();
        skip("bash scripts/install-test-deps.sh", "needs root and apt; .ci/run runs it");
        if (Files.isExecutable(Path.of("/usr/bin/docker-compose"))) {
            Result config = shell("docker-compose -f docker-compose.yml config -q");
            assertThat(config.exitCode).as(config.err).isZero();
        }
        skip("docker compose up --build -d", "no Docker engine: docker-compose.yml validated offline (ComposeFileTest)");
    }

    /**
     * The local broker, the cluster commands on it, the story lookup, dead letters, replay and a shadow run; commands
     * that do not depend on each other run side by side.
     */
    private void clusterCommands() throws Exception {
        Step broker = start("./newsline broker", s -> s.out().contains("127.0.0.1:" + brokerPort));
        // The one command it prints is the README's next one.
        assertThat(broker.err()).contains("create the topics with newsline topics create --bootstrap-servers 127.0.0.1:"
                + brokerPort + " --replication-factor 1");
        run("./newsline topics create --bootstrap-servers 127.0.0.1:9092 --replication-factor 1").err("created news.");
        together(
                () -> run("./newsline topics create --bootstrap-servers broker:9092").err("all topics exist"),
                // Before the app ever ran: reset needs it stopped, and a stopped instance leaves its group only after
                // session.timeout.ms.
                () -> run("./newsline reset enrich --to-datetime 2026-11-01T00:00:00.000Z").err("reset newsline-enrich"),
                () -> {
                    run("./newsline topics create --shadow backfill-2026-11").err("created news.");
                    run("./newsline topics create --shadow backfill-2026-11 -D topic.raw.name=news.pages.raw.v1.backfill-2026-11")
                            .err("created news.pages.raw.v1.backfill-2026-11");
                    run("./newsline replay --from 2026-11-01 --to 2026-11-08 --target news.pages.raw.v1.backfill-2026-11")
                            .err("replayed ");
                });

        Step local = launch("./newsline run all --bootstrap-servers 127.0.0.1:9092 --http-port 8083", Map.of());
        // A second instance of every app, as on another machine of the cluster: its own state folder.
        Step second = launch("./newsline run all --bootstrap-servers broker:9092",
                Map.of("XDG_STATE_HOME", work.resolve("state-2").toString()));
        rebalancing.addAll(List.of(broker.err, local.err, second.err));
        local.await(s -> ready(lookupPort));
        second.await(s -> ready(defaultHttpPort));
        together(
                () -> run("./newsline status --bootstrap-servers 127.0.0.1:9092").out("newsline-publish", "Stable"),
                () -> run("./newsline submit --bootstrap-servers broker:9092 pages/ crawl.jsonl",
                        "./newsline submit --bootstrap-servers localhost:9092 pages/ crawl.jsonl")
                        .err("submitted 13 pages, refused 0"),
                () -> run("./newsline submit --warc CC-NEWS-20261101000000-00001.warc.gz")
                        .err(", refused 0; WARC records skipped: "));
        together(
                () -> run("./newsline tail --bootstrap-servers broker:9092 events --from-beginning --idle-exit 10",
                        "./newsline tail --bootstrap-servers localhost:9092 events --from-beginning --idle-exit 10")
                        .out("\"type\":\"story-created\""),
                () -> run("./newsline dlq list --stage ingest --reason missing-field").err("0 dead letters"),
                // The README's ids are examples: there is no dead letter 0:42 on this broker, and show says so.
                () -> runEnding(new int[] {1}, "./newsline dlq show 0:42").err("found 0 of 1 dead letters"),
                () -> run("./newsline dlq redrive --reason undecodable --dry-run").err("would redrive 0, skipped 0"),
                () -> runEnding(new int[] {1}, "./newsline dlq redrive --id 0:42,1:7")
                        .err("redrove 0, skipped 0").err("no dead letter 0:42, 1:7"),
                () -> run("./newsline replay --from 2026-11-01 --to 2026-11-08").err("replayed "));

        awaitStories(lookupPort);
        run("curl -s localhost:8083/stories | jq -r '.[] | \"\\(.storyId)  \\(.title)\"'").out("Putin hails Myanmar");
        run("ID=$(curl -s localhost:8083/stories | jq -r '.[0].storyId')");
        assertThat(variables.get("ID")).startsWith("s-");
        run("curl -s localhost:8083/stories/$ID | jq '.title, .source, [.members[].site]'").out("\"");
        run("curl -s --get localhost:8083/stories --data-urlencode 'url=https://www.urdupoint.com/en/world/"
                + "putin-hails-myanmar-ties-as-junta-chief-visit-1937530.html?utm_source=x'").out("\"source\":\"AFP\"");
        run("curl -s -o /dev/null -w '%{http_code}\\n' localhost:8083/stories/s-unknown").out("404");
        together(
                () -> start("./newsline tail events --from-beginning", s -> s.out().contains("story-created")).stop(),
                () -> start("kafka-console-consumer.sh --bootstrap-server broker:9092 --topic news.events.v1 "
                        + "--from-beginning --consumer-property isolation.level=read_committed", s -> !s.out().isEmpty())
                        .stop(),
                this::pythonExample);
        together(local::stop, second::stop);

        Step shadow = start("./newsline run all --shadow backfill-2026-11 -D publish.related.resemblance=0.6",
                s -> ready(defaultHttpPort));
        awaitStories(defaultHttpPort);
        together(
                () -> run("./newsline tail events --shadow backfill-2026-11 --from-beginning --idle-exit 10")
                        .out("story-created"),
                () -> run("./newsline dlq list --shadow backfill-2026-11").err("dead letters"));
        runEnding(new int[] {0, 4}, "./newsline compare --shadow backfill-2026-11").out("articles\tlive ");
        shadow.stop();
        broker.stop();
    }

    /** Events captured with tail --raw, decoded by the Python example (where Debian's python3-avro is). */
    private void pythonExample() throws Exception {
        run("./newsline tail events --from-beginning --idle-exit 5 --raw > events.records.jsonl");
        assertThat(work.resolve("events.records.jsonl")).content().contains("\"value\":");
        if (shell("python3 -c 'import avro'").exitCode == 0) {
            run("python3 examples/python/read_events.py events.records.jsonl").out("\"type\":\"story-created\"");
        } else {
            skip("python3 examples/python/read_events.py events.records.jsonl",
                    "python3 without avro: install python3-avro (bash scripts/install-test-deps.sh)");
            System.err.println("\n!!! ReadmeIT: python3-avro missing, the Python example was not run\n");
        }
    }

    /** A part of the scenario. */
    @FunctionalInterface
    interface Part {
        void run() throws Exception;
    }

    /** Runs independent parts side by side and waits for all; the first failure fails the test. */
    private static void together(Part... parts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parts.length);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (Part part : parts) {
                done.add(pool.submit(() -> {
                    part.run();
                    return null;
                }));
            }
            for (Future<Object> f : done) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw (Exception) e.getCause();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- running the README's commands

    /** One README command (or several that are the same command here) run in a shell in the work folder. */
    final class Step {
        final String command;
        final Process process;
        final Path out;
        final Path err;
        final long begun = System.nanoTime();
        Result result;

        Step(String command, Process process, Path out, Path err) {
            this.command = command;
            this.process = process;
            this.out = out;
            this.err = err;
        }

        String out() {
            return read(out);
        }

        String err() {
            return read(err);
        }

        Step out(String... texts) {
            assertThat(out()).as("stdout of %s (stderr: %s)", command, err()).contains(texts);
            return this;
        }

        Step err(String... texts) {
            assertThat(err()).as("stderr of %s", command).contains(texts);
            return this;
        }

        /** Waits until this long-running command is working, as {@code working} tells. */
        Step await(Predicate<Step> working) throws InterruptedException {
            long deadline = begun + TimeUnit.MINUTES.toNanos(4);
            while (!working.test(this)) {
                assertThat(process.isAlive()).as("%s is running; stderr:%n%s", command, err()).isTrue();
                assertThat(System.nanoTime()).as("%s working within 4 minutes; stderr:%n%s", command, err())
                        .isLessThan(deadline);
                Thread.sleep(250);
            }
            log(command, begun);
            return this;
        }

        /** Stops a long-running command as Ctrl-C stops it and checks it ends cleanly. */
        void stop() throws InterruptedException {
            process.destroy();
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("%s stops on SIGTERM", command).isTrue();
            assertThat(process.exitValue()).as("%s ended after SIGTERM; stderr:%n%s", command, err()).isIn(0, 143);
        }
    }

    record Result(int exitCode, String out, String err) {}

    /**
     * Runs README command(s) to the end, which must be exit code 0; several must be the same command once addresses
     * are this machine's.
     */
    Step run(String readmeCommand, String... sameHere) throws Exception {
        return runEnding(new int[] {0}, readmeCommand, sameHere);
    }

    /** Runs a README command to the end, which must be one of the exit codes the README gives it. */
    Step runEnding(int[] exitCodes, String readmeCommand, String... sameHere) throws Exception {
        Step step = launch(readmeCommand, Map.of(), sameHere);
        assertThat(step.process.waitFor(3, TimeUnit.MINUTES)).as("%s ends", step.command).isTrue();
        log(readmeCommand, step.begun);
        step.result = new Result(step.process.exitValue(), step.out(), step.err());
        Matcher assignment = Pattern.compile("([A-Z_]+)=\\$\\(.*\\)").matcher(readmeCommand);
        if (assignment.matches()) {
            variables.put(assignment.group(1), step.out().strip());
        }
        assertThat(exitCodes).as("exit code of %s; stderr:%n%s", step.command, step.err()).contains(step.result.exitCode);
        return step;
    }

    /** Starts a long-running README command and waits until {@code working} holds. */
    Step start(String readmeCommand, Predicate<Step> working) throws Exception {
        return start(readmeCommand, working, Map.of());
    }

    /** Starts a long-running README command with these environment variables besides the test's. */
    Step start(String readmeCommand, Predicate<Step> working, Map<String, String> environment) throws Exception {
        return launch(readmeCommand, environment).await(working);
    }

    /** Starts a README command in a shell in the work folder; long-running ones are stopped when the test ends. */
    private Step launch(String readmeCommand, Map<String, String> environment, String... sameHere) throws IOException {
        String command = here(readmeCommand);
        for (String other : sameHere) {
            assertThat(here(other)).as("the same command here as %s", readmeCommand).isEqualTo(command);
            covered.add(other);
        }
        covered.add(readmeCommand);
        int n = steps.incrementAndGet();
        Path out = work.resolve("step-" + n + ".out");
        Path err = work.resolve("step-" + n + ".err");
        String script = command.matches("[A-Z_]+=\\$\\(.*\\)")
                ? command + "; printf '%s' \"$" + command.substring(0, command.indexOf('=')) + "\""
                : command.contains("|") || command.contains(">") ? command : "exec " + command;
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "set -o pipefail; " + script).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.put("PATH", path());
        env.put("NEWSLINE_BOOTSTRAP_SERVERS", "127.0.0.1:" + brokerPort);
        env.put("NEWSLINE_HTTP_PORT", Integer.toString(defaultHttpPort));
        // Many commands run at once beside two instances of every app on a two-core machine: the cluster may take
        // longer than the README's default 10 s to answer, which is not what this test checks.
        env.put("NEWSLINE_TIMEOUT", "60");
        // One broker here: every topic with one replica, as docker-compose.yml's environment sets it.
        env.put("NEWSLINE_TOPIC_REPLICATION_FACTOR", "1");
        env.put("NEWSLINE_TOPIC_MIN_INSYNC_REPLICAS", "1");
        env.put("XDG_STATE_HOME", work.resolve("state").toString());
        env.put("XDG_CACHE_HOME", work.resolve("cache").toString());
        env.putAll(variables);
        env.putAll(environment);
        Step step = new Step(command, builder.start(), out, err);
        started.add(step.process);
        return step;
    }

    /** The README command with this machine's addresses. */
    String here(String readmeCommand) {
        String broker = "127.0.0.1:" + brokerPort;
        String command = readmeCommand.replaceAll("\\b(broker|127\\.0\\.0\\.1|localhost):9092\\b", broker)
                .replace("localhost:8083", "localhost:" + lookupPort)
                .replace("--http-port 8083", "--http-port " + lookupPort);
        if (command.equals("./newsline broker")) {
            command += " --port " + brokerPort + " --controller-port " + controllerPort + " --data-dir kafka-data";
        }
        return command;
    }

    /** Runs a command of the test's own (no README command) in the work folder, with the README commands' PATH. */
    private Result shell(String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(work.toFile());
        builder.environment().put("PATH", path());
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out, err);
    }

    private static void log(String readmeCommand, long begun) {
        System.err.printf(java.util.Locale.ROOT, "ReadmeIT: %5.1f s  %s%n", (System.nanoTime() - begun) / 1e9, readmeCommand);
    }

    private void skip(String readmeCommand, String reason) {
        covered.add(readmeCommand);
        skipped.add(readmeCommand + " (" + reason + ")");
    }

    // ---- helpers

    private boolean ready(int port) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits, as a reader would, until publish has stories to show. */
    private void awaitStories(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!get("http://127.0.0.1:" + port + "/stories").contains("storyId")) {
            assertThat(System.nanoTime()).as("stories on the lookup").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = ReadmeIT.class.getResourceAsStream("/io/newsline/cli/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The test's bin (Kafka's console consumer), this JDK's, then the system's: Debian's python3 and its packages. */
    private String path() {
        return work.resolve("bin") + ":" + Path.of(javaBin()).getParent() + ":/usr/bin:/bin";
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
