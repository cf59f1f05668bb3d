package io.newsline.cli;

import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicCatalogue;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The configuration options every command that talks to Kafka shares: {@code --bootstrap-servers},
 * {@code --config FILE}, {@code --shadow SUFFIX} (a shadow deployment's topics and application ids, see
 * {@link TopicCatalogue}) and {@code -D key=value} for any setting, layered over the defaults and the
 * {@code NEWSLINE_*} environment variables.
 */
public final class ConfigOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file of newsline and Kafka client settings.")
    Path configFile;

    @Option(names = "--shadow", paramLabel = "SUFFIX", description = "Work on the shadow deployment with this suffix "
            + "(topics news.events.v1.SUFFIX..., application ids newsline-publish.SUFFIX...); sets topic.suffix.")
    String shadow;

    @Option(names = "-D", paramLabel = "KEY=VALUE", description = "Any setting, e.g. -D security.protocol=SASL_SSL.")
    Map<String, String> settings = new HashMap<>();

    public NewslineConfig load(Map<String, String> more) {
        Map<String, String> overrides = new HashMap<>(settings);
        if (bootstrapServers != null) {
            overrides.put(NewslineConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        if (shadow != null) {
            overrides.put(TopicCatalogue.SUFFIX_CONFIG, shadow);
        }
        overrides.putAll(more);
        return NewslineConfig.load(configFile, System.getenv(), overrides);
    }

    public NewslineConfig load() {
        return load(Map.of());
    }
}
