package io.newsline.cli;

import io.newsline.runtime.app.AppDefinition;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The configuration options every command that talks to Kafka shares: {@code --bootstrap-servers},
 * {@code --config FILE}, {@code --shadow SUFFIX} (a shadow deployment's topics and application ids, see
 * {@link TopicCatalogue}), {@code -D key=value} for any setting, layered over the defaults and the
 * {@code NEWSLINE_*} environment variables, and {@code --timeout} for how long a command waits for the cluster.
 * Also where a command's other arguments (times, durations, app names) are checked, so that each is read one way
 * by every command and a wrong one is a mistake on the command line (exit 2) before anything starts.
 */
public final class ConfigOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file of newsline and Kafka client settings.")
    Path configFile;

    @Option(names = "--shadow", paramLabel = "SUFFIX", description = "Work on the shadow deployment with this suffix "
            + "(topics news.events.v1.SUFFIX..., application ids newsline-publish.SUFFIX...); sets topic.suffix.")
    String shadow;

    @Option(names = "-D", paramLabel = "KEY=VALUE", description = "Any setting, e.g. -D security.protocol=SASL_SSL.")
    Map<String, String> settings = new HashMap<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "${env:NEWSLINE_TIMEOUT:-10}",
            description = "How long to wait for the cluster before giving up (default: ${DEFAULT-VALUE}; "
                    + "NEWSLINE_TIMEOUT sets another default).")
    double timeoutSeconds;

    public NewslineConfig load(Map<String, String> more) {
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw mistake("no such config file: " + configFile);
        }
        if (configFile != null && !Files.isReadable(configFile)) {
            throw mistake("cannot read config file " + configFile);
        }
        if (timeoutSeconds <= 0) {
            throw mistake("--timeout must be above 0 seconds");
        }
        Map<String, String> overrides = new HashMap<>(settings);
        if (bootstrapServers != null) {
            overrides.put(NewslineConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        if (shadow != null) {
            overrides.put(TopicCatalogue.SUFFIX_CONFIG, shadow);
        }
        overrides.putAll(more);
        try {
            NewslineConfig config = NewslineConfig.load(configFile, System.getenv(), overrides);
            TopicCatalogue.of(config); // a bad --shadow suffix is a mistake on the command line
            return config;
        } catch (IllegalArgumentException e) {
            throw mistake(e.getMessage());
        }
    }

    public NewslineConfig load() {
        return load(Map.of());
    }

    /**
     * The configuration of a command that talks to Kafka, once the cluster has answered within {@code --timeout}
     * ({@link KafkaCheck}); its producers wait for metadata no longer than that either.
     */
    public NewslineConfig connect() {
        NewslineConfig config = load();
        KafkaCheck.check(config, timeout());
        if (config.get(ProducerConfig.MAX_BLOCK_MS_CONFIG).isEmpty()) {
            config = config.with(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(timeout().toMillis()));
        }
        return config;
    }

    /** How long a command waits for the cluster. */
    public Duration timeout() {
        return Duration.ofMillis(Math.round(timeoutSeconds * 1000));
    }

    /** An option's time: an ISO instant ({@code 2026-11-01T00:00:00Z}) or a date ({@code 2026-11-01}, UTC midnight). */
    Instant time(String option, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw mistake(option + " " + text + " is neither an ISO instant (2026-11-01T00:00:00Z) nor a date "
                        + "(2026-11-01)");
            }
        }
    }

    /** An option's ISO-8601 duration ({@code P1DT6H}). */
    Duration duration(String option, String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw mistake(option + " " + text + " is not an ISO-8601 duration (P1DT6H)");
        }
    }

    /** The apps an APP parameter names: ingest, enrich, publish, or (where {@code orAll}) all of them. */
    List<AppDefinition> apps(String name, boolean orAll) {
        String names = orAll ? "ingest, enrich, publish or all" : "ingest, enrich or publish";
        if (!orAll && name.toLowerCase(Locale.ROOT).equals("all")) {
            throw mistake("one app at a time: " + names);
        }
        try {
            return Pipeline.definitions(name);
        } catch (IllegalArgumentException e) {
            throw mistake("unknown app " + name + " (" + names + ")");
        }
    }

    /** A mistake on the command line: one line, exit 2 (see {@link CommandErrors}). */
    ParameterException mistake(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
