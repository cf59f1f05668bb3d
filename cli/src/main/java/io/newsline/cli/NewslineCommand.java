package io.newsline.cli;

import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import io.newsline.runtime.app.Version;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.dlq.Outcome;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.TopicSpec;
import io.newsline.runtime.topics.TopicCatalogue;
import io.newsline.schemas.RawPage;
import io.newsline.schemas.codec.NewslineSchemas;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code newsline} command line. Every command prints data on stdout and messages on stderr. */
@Command(name = "newsline", mixinStandardHelpOptions = true, versionProvider = NewslineCommand.VersionProvider.class,
        description = "Kafka Streams news pipeline: raw pages -> clean articles -> entities and topics -> stories.",
        subcommands = {DemoCommand.class, NewslineCommand.Broker.class, NewslineCommand.Run.class,
                NewslineCommand.TopicsCommand.class, NewslineCommand.Submit.class, NewslineCommand.Tail.class,
                ExtractCommand.class, EnrichCommand.class, DlqCommand.class, ReplayCommand.class, ResetCommand.class,
                CompareCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class NewslineCommand {

    public static void main(String[] args) {
        NewslineSchemas.init();
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new NewslineCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsline " + Version.get()};
        }
    }

    /** Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM). */
    static void awaitShutdown(Runnable onStop) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsline-shutdown"));
        stopped.await();
        try {
            onStop.run();
        } finally {
            done.countDown();
        }
    }

    @Command(name = "broker", mixinStandardHelpOptions = true,
            description = "Run the embedded single-node KRaft broker for local work; prints its bootstrap address.")
    static final class Broker implements Callable<Integer> {
        @Option(names = "--port", description = "Client port (default: 9092).", defaultValue = "9092")
        int port;
        @Option(names = "--controller-port", description = "Controller port (default: 9093).", defaultValue = "9093")
        int controllerPort;
        @Option(names = "--data-dir", description = "Where the broker keeps its data across restarts.",
                defaultValue = "${sys:user.home}/.newsline/kafka")
        Path dataDir;

        @Override
        public Integer call() throws Exception {
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.persistent(dataDir, port, controllerPort, Map.of()).start();
            System.out.println(broker.bootstrapServers());
            System.err.println("embedded Kafka broker running at " + broker.bootstrapServers() + ", data in "
                    + dataDir + "; Ctrl-C stops it");
            awaitShutdown(broker::stop);
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run apps against a Kafka cluster until stopped: ingest, enrich, publish or all.")
    static final class Run implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "APP", description = "ingest, enrich, publish or all")
        String app;
        @Mixin
        ConfigOptions config;
        @Option(names = "--http-port", description = "Port of /metrics and /health (default from http.port).")
        Integer httpPort;

        @Override
        public Integer call() throws Exception {
            NewslineConfig cfg = config.load(httpPort == null ? Map.of() : Map.of("http.port", httpPort.toString()));
            Pipeline pipeline = new Pipeline(Pipeline.definitions(app), cfg).start();
            System.err.println("newsline " + app + " running against " + cfg.require(NewslineConfig.BOOTSTRAP_SERVERS)
                    + (pipeline.httpPort() >= 0 ? "; metrics on :" + pipeline.httpPort() + "/metrics" : ""));
            awaitShutdown(pipeline::close);
            return 0;
        }
    }

    @Command(name = "topics", mixinStandardHelpOptions = true, description = "Create or list the catalogue's topics.",
            subcommands = {TopicsCommand.Create.class, TopicsCommand.ListTopics.class})
    static final class TopicsCommand {

        @Command(name = "create", mixinStandardHelpOptions = true,
                description = "Create the catalogue's topics with their settings (existing ones are left alone); with --shadow, the shadow deployment's.")
        static final class Create implements Callable<Integer> {
            @Mixin
            ConfigOptions config;

            @Override
            public Integer call() {
                List<String> created = TopicAdmin.createAll(config.load());
                System.err.println(created.isEmpty() ? "all topics exist" : "created " + String.join(", ", created));
                return 0;
            }
        }

        @Command(name = "list", mixinStandardHelpOptions = true, description = "Print the topic catalogue with settings.")
        static final class ListTopics implements Callable<Integer> {
            @Mixin
            ConfigOptions config;

            @Override
            public Integer call() {
                for (TopicSpec<?, ?> t : TopicCatalogue.of(config.load()).all()) {
                    var s = t.settings();
                    System.out.printf("%-26s partitions=%d rf=%d %s  %s%n", t.name(), s.partitions(),
                            s.replicationFactor(), s.configs(), t.description());
                }
                return 0;
            }
        }
    }

    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = "Send pages to news.pages.raw.v1: .html/.htm/.txt files (optionally .gz), folders, .jsonl "
                    + "raw-page JSON, or WARC files (--warc).")
    static final class Submit implements Callable<Integer> {
        @Mixin
        ConfigOptions config;
        @Parameters(paramLabel = "PATH", arity = "0..*")
        List<Path> paths = new ArrayList<>();
        @Option(names = "--warc", paramLabel = "FILE", arity = "1..*",
                description = "WARC files (.warc, .warc.gz; Common Crawl CC-NEWS): HTML responses with status 200 "
                        + "become pages, captured at WARC-Date; other records are skipped and counted.")
        List<Path> warcFiles = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            if (paths.isEmpty() && warcFiles.isEmpty()) {
                System.err.println("nothing to submit: give PATH... or --warc FILE...");
                return 2;
            }
            NewslineConfig cfg = config.load();
            List<Path> files = PageFiles.expand(paths);
            Submitter.Report report;
            WarcPages warc = null;
            try (Submitter submitter = new Submitter(cfg, System.err)) {
                if (!files.isEmpty()) {
                    try (ProgressBar bar = ProgressBars.of("submit", files.size(), " files")) {
                        for (Path file : files) {
                            PageFiles.read(List.of(file), submitter::submit);
                            bar.step();
                        }
                    }
                }
                if (!warcFiles.isEmpty()) {
                    warc = new WarcPages(submitter.maxRecordBytes());
                    try (ProgressBar bar = ProgressBars.of("warc", -1, " pages")) {
                        for (Path file : warcFiles) {
                            warc.read(file, input -> {
                                submitter.submit(input, input.page() instanceof Outcome.Ok<RawPage> ok
                                        ? ok.value().getFetchedAt() : null);
                                bar.step();
                            });
                        }
                    }
                }
                report = submitter.finish();
            }
            System.err.println("submitted " + report.submittedUrls().size() + " pages, refused " + report.refused().size()
                    + (warc == null ? "" : "; WARC records skipped: " + WarcPages.describe(warc.skipped())));
            return report.refused().isEmpty() ? 0 : 2;
        }
    }

    @Command(name = "tail", mixinStandardHelpOptions = true,
            description = "Print a topic's records as JSON lines (read_committed).")
    static final class Tail implements Callable<Integer> {
        @Mixin
        ConfigOptions config;
        @Parameters(index = "0", paramLabel = "TOPIC", description = "A catalogue topic, by name or short name (raw, clean, enriched, decisions, stories, events, events.json, dlq); with --shadow, the shadow deployment's.")
        String topic;
        @Option(names = "--from-beginning", description = "Start at the earliest record.")
        boolean fromBeginning;
        @Option(names = "--limit", description = "Exit after this many records.")
        Long limit;
        @Option(names = "--idle-exit", paramLabel = "SECONDS", description = "Exit after this many seconds without a record.")
        Long idleExit;
        /** How long --idle-exit waits for the group to assign partitions before counting idle time anyway. */
        static final Duration JOIN_GRACE = Duration.ofSeconds(60);
        @Option(names = "--raw", description = "Print records as they are on the topic, undecoded: one JSON line each "
                + "with topic, partition, offset, timestamp, key and the value in base64 (what examples/python reads).")
        boolean raw;

        @Override
        public Integer call() {
            NewslineConfig cfg = config.load();
            String name = TopicCatalogue.of(cfg).byName(topic).name();
            long[] count = {0};
            long started = System.nanoTime();
            long[] lastRecord = {started};
            try (TopicReader reader = new TopicReader(cfg, List.of(name), fromBeginning)) {
                while (limit == null || count[0] < limit) {
                    int n = reader.poll(Duration.ofMillis(200), r -> {
                        if (limit == null || count[0] < limit) {
                            System.out.println(raw ? TopicReader.toRawJsonLine(r) : TopicReader.toJsonLine(r));
                            count[0]++;
                        }
                    });
                    if (n > 0) {
                        lastRecord[0] = System.nanoTime();
                        System.out.flush();
                    } else if (!reader.assigned() && System.nanoTime() - started < JOIN_GRACE.toNanos()) {
                        // Idle time counts from when partitions are assigned: joining the group can take longer
                        // than a short --idle-exit, and the reader would exit without reading anything.
                        lastRecord[0] = System.nanoTime();
                    } else if (idleExit != null && System.nanoTime() - lastRecord[0] > Duration.ofSeconds(idleExit).toNanos()) {
                        break;
                    }
                }
            }
            return 0;
        }
    }
}
