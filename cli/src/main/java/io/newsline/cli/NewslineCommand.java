package io.newsline.cli;

import io.newsline.cli.bench.BenchCommand;
import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import io.newsline.runtime.app.AppDefinition;
import io.newsline.runtime.app.Version;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.dlq.Outcome;
import io.newsline.runtime.topics.TopicCatalogue;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.RawPage;
import io.newsline.schemas.codec.NewslineSchemas;
import java.nio.file.Path;
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
import picocli.CommandLine.ScopeType;

/**
 * The {@code newsline} command line. Every command prints data on stdout and messages on stderr; a command that
 * fails prints one line and exits non-zero ({@link CommandErrors}: 2 for a mistake on the command line, checked
 * before anything starts; {@code --debug} adds the stack trace).
 */
@Command(name = "newsline", mixinStandardHelpOptions = true, versionProvider = NewslineCommand.VersionProvider.class,
        description = "Kafka Streams news pipeline: raw pages -> clean articles -> entities and topics -> stories.",
        subcommands = {DemoCommand.class, NewslineCommand.Broker.class, NewslineCommand.Run.class,
                TopicsCommand.class, NewslineCommand.Submit.class, TailCommand.class, StatusCommand.class,
                ExtractCommand.class, EnrichCommand.class, DlqCommand.class, ReplayCommand.class, ResetCommand.class,
                CompareCommand.class, FuzzCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class NewslineCommand {

    @Option(names = CommandErrors.DEBUG, scope = ScopeType.INHERIT,
            description = "When a command fails, print the Java stack trace too.")
    boolean debug;

    public static void main(String[] args) {
        NewslineSchemas.init();
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandErrors errors = new CommandErrors();
        return new CommandLine(new NewslineCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(errors).setExecutionExceptionHandler(errors);
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
            System.err.println("one broker: create the topics with " + TopicsCommand.Create.command(
                    broker.bootstrapServers()));
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
            List<AppDefinition> apps = config.apps(app, true);
            NewslineConfig cfg = config.load(httpPort == null ? Map.of() : Map.of("http.port", httpPort.toString()));
            Pipeline pipeline = new Pipeline(apps, cfg).watchKafka().start();
            System.err.println("newsline " + app + " running against " + cfg.require(NewslineConfig.BOOTSTRAP_SERVERS)
                    + (pipeline.httpPort() >= 0 ? "; metrics on :" + pipeline.httpPort() + "/metrics" : ""));
            awaitShutdown(pipeline::close);
            return 0;
        }
    }

    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = "Send pages to news.pages.raw.v1: .html/.htm/.txt files (optionally .gz), folders, .jsonl "
                    + "raw-page JSON, or WARC files (--warc).")
    static final class Submit implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", arity = "0..*")
        List<Path> paths = new ArrayList<>();
        @Mixin
        ConfigOptions config;
        @Option(names = "--warc", paramLabel = "FILE", arity = "1..*",
                description = "WARC files (.warc, .warc.gz; Common Crawl CC-NEWS): HTML responses with status 200 "
                        + "become pages, captured at WARC-Date; other records are skipped and counted.")
        List<Path> warcFiles = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            if (paths.isEmpty() && warcFiles.isEmpty()) {
                throw config.mistake("nothing to submit: give PATH... or --warc FILE...");
            }
            List<Path> files = PageFiles.expand(paths, config::mistake);
            for (Path warcFile : warcFiles) {
                if (!java.nio.file.Files.isRegularFile(warcFile)) {
                    throw config.mistake("no such WARC file: " + warcFile);
                }
            }
            NewslineConfig cfg = config.connect();
            KafkaCheck.requireTopics(cfg, config.timeout(), List.of(TopicCatalogue.of(cfg).name(Topics.RAW_PAGES)));
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
            // The last line sums up; a damaged or cut archive says so there, once.
            System.err.println("submitted " + report.submittedUrls().size() + " pages, refused " + report.refused().size()
                    + (warc == null ? "" : "; WARC records skipped: " + WarcPages.describe(warc.skipped())
                    + (warc.damaged() == 0 ? "" : "; unreadable: " + warc.damaged())
                    + (warc.cuts().isEmpty() ? "" : "; cut short: " + String.join(", ", warc.cuts()))));
            return report.refused().isEmpty() ? 0 : 2;
        }
    }
}
