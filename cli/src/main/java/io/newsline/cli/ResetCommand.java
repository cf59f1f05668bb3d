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

    static final class Target {
        @Option(names = "--to-earliest", description = "Reprocess everything still in the input topic.")
        boolean toEarliest;
        @Option(names = "--to-datetime", paramLabel = "TS", description = "From this time, e.g. 2026-11-01T00:00:00.000Z.")
        String toDatetime;
        @Option(names = "--by-duration", paramLabel = "D", description = "Back by this ISO-8601 duration, e.g. P1DT6H.")
        String byDuration;
    }

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
        if (!List.of("ingest", "enrich", "publish").contains(app.toLowerCase(java.util.Locale.ROOT))) {
            throw config.mistake("unknown app " + app + " (ingest, enrich or publish)");
        }
        if (target.toDatetime != null) {
            try {
                java.time.Instant.parse(target.toDatetime);
            } catch (java.time.format.DateTimeParseException e) {
                throw config.mistake("--to-datetime " + target.toDatetime + " is not an ISO instant (2026-11-01T00:00:00Z)");
            }
        }
        if (target.byDuration != null) {
            try {
                java.time.Duration.parse(target.byDuration);
            } catch (java.time.format.DateTimeParseException e) {
                throw config.mistake("--by-duration " + target.byDuration + " is not an ISO-8601 duration (P1DT6H)");
            }
        }
        NewslineConfig cfg = config.connect();
        String input = TopicCatalogue.of(cfg).name(inputOf(app.toLowerCase(java.util.Locale.ROOT)));
        AppDefinition definition = Pipeline.definitions(app).get(0);
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
        if (target.toEarliest) {
            args.add("--to-earliest");
        } else if (target.toDatetime != null) {
            args.addAll(List.of("--to-datetime", target.toDatetime));
        } else {
            args.addAll(List.of("--by-duration", target.byDuration));
        }
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
}
