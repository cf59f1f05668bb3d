package io.newsline.cli;

import io.newsline.runtime.app.AppDefinition;
import io.newsline.runtime.app.KafkaClients;
import io.newsline.runtime.app.StreamsApp;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicSpec;
import io.newsline.runtime.topics.TopicCatalogue;
import io.newsline.runtime.topics.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.tools.StreamsResetter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsline reset APP}: moves an app's input offsets (to the earliest, to a time, or back by a duration) and
 * deletes its internal topics through Kafka's own {@link StreamsResetter}, then wipes the app's local state in
 * {@code app.state.dir}. The app must be stopped (every instance). {@code --dry-run} only prints the plan.
 */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Reset an app's input offsets and state (Kafka's StreamsResetter); stop the app first.")
final class ResetCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "APP", description = "ingest, enrich or publish")
    String app;
    @Mixin
    ConfigOptions config;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;
    @Option(names = "--dry-run", description = "Print what would be reset; change nothing.")
    boolean dryRun;
    @Option(names = "--force", description = "Evict the group's active members first (instances that are still "
            + "running lose their partitions); without it, reset refuses while the group has members.")
    boolean force;

    /** The catalogue entry of the topic an app consumes. */
    static TopicSpec<?, ?> inputOf(String app) {
        return switch (app) {
            case "ingest" -> Topics.RAW_PAGES;
            case "enrich" -> Topics.CLEAN_ARTICLES;
            case "publish" -> Topics.ENRICHED_ARTICLES;
            default -> throw new IllegalArgumentException("unknown app " + app + " (ingest, enrich or publish)");
        };
    }

    @Override
    public Integer call() {
        AppDefinition definition = config.apps(app, false).get(0);
        List<String> resetTo = target.resetterArguments(config);
        NewslineConfig cfg = config.connect();
        String input = TopicCatalogue.of(cfg).name(inputOf(definition.name()));
        String applicationId = definition.applicationId(cfg);
        KafkaCheck.requireTopics(cfg, config.timeout(), List.of(input));
        List<String> members = GroupMembers.of(cfg, config.timeout(), applicationId);
        if (!members.isEmpty() && !force) {
            String what = applicationId + " has " + members.size() + " active member(s) (" + String.join(", ", members)
                    + "): stop every instance of the app first (a stopped instance leaves after session.timeout.ms), or give "
                    + "--force to evict them";
            if (dryRun) {
                System.err.println("would refuse: " + what);
                return 0;
            }
            throw new CommandFailure("refused: " + what);
        }
        if (dryRun && !members.isEmpty()) {
            System.err.println("would evict " + members.size() + " active member(s) of " + applicationId + ": "
                    + String.join(", ", members));
        }
        List<String> args = new ArrayList<>(List.of("--bootstrap-server", cfg.require(NewslineConfig.BOOTSTRAP_SERVERS),
                "--application-id", applicationId, "--input-topics", input));
        if (force && !dryRun) {
            args.add("--force");
        }
        args.addAll(resetTo);
        if (dryRun) {
            args.add("--dry-run");
            if (!members.isEmpty()) {
                // The resetter refuses a group with members unless forced, and forced it would evict them even in a
                // dry run: what it would do beyond the eviction is the same as for a stopped group.
                System.err.println("would reset the offsets of " + input + " and delete the internal topics of "
                        + applicationId);
                printStateToDelete(definition, cfg, applicationId);
                return 0;
            }
        }
        Properties clientConfig = new Properties();
        clientConfig.putAll(KafkaClients.admin(cfg));
        clientConfig.remove("bootstrap.servers");
        int rc = new StreamsResetter().execute(args.toArray(String[]::new), clientConfig);
        if (rc != 0) {
            System.err.println("StreamsResetter failed (exit " + rc + "); local state left alone");
            return rc;
        }
        Path state = stateDir(definition, cfg, applicationId);
        if (dryRun) {
            printStateToDelete(definition, cfg, applicationId);
        } else {
            deleteTree(state);
            System.err.println("reset " + applicationId + "; deleted local state " + state);
        }
        return 0;
    }

    private static Path stateDir(AppDefinition definition, NewslineConfig cfg, String applicationId) {
        return Path.of(StreamsApp.streamsProperties(definition, cfg).getProperty(StreamsConfig.STATE_DIR_CONFIG))
                .resolve(applicationId);
    }

    private static void printStateToDelete(AppDefinition definition, NewslineConfig cfg, String applicationId) {
        System.err.println("would delete local state " + stateDir(definition, cfg, applicationId));
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete local state " + root, e);
        }
    }

    /** Where the app's input offsets go: exactly one of these, checked before anything starts. */
    static final class Target {
        /** The form of {@code --to-datetime} the StreamsResetter reads. */
        private static final DateTimeFormatter RESETTER_TIME =
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

        @Option(names = "--to-earliest", description = "Reprocess everything still in the input topic.")
        boolean toEarliest;
        @Option(names = "--to-datetime", paramLabel = "TS",
                description = "From this time: an ISO instant (2026-11-01T00:00:00.000Z) or a date (UTC midnight).")
        String toDatetime;
        @Option(names = "--by-duration", paramLabel = "D", description = "Back by this ISO-8601 duration, e.g. P1DT6H.")
        String byDuration;

        /** The StreamsResetter's options for this target. */
        List<String> resetterArguments(ConfigOptions config) {
            if (toEarliest) {
                return List.of("--to-earliest");
            }
            if (toDatetime != null) {
                return List.of("--to-datetime", RESETTER_TIME.format(config.time("--to-datetime", toDatetime)));
            }
            return List.of("--by-duration", config.duration("--by-duration", byDuration).toString());
        }
    }
}
