package io.newsline.runtime.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.dlq.DeadLetters;
import io.newsline.runtime.metrics.ProcessedOffsets;
import io.newsline.runtime.topics.TopicCatalogue;
import java.time.Clock;

/**
 * What a topology needs from its surroundings: the dead-letter factory for its stage, the metrics registry for
 * domain metrics, a clock, the application id, the configuration (for settings read inside processors, such as
 * metric thresholds), the deployment's topics (live or shadow names), which topologies take every topic name
 * from, and the app's record of processed offsets (which tells reprocessed records from first ones). Passed in so
 * tests control them. Immutable.
 */
public record AppContext(DeadLetters deadLetters, MeterRegistry meters, Clock clock, String applicationId,
                         NewslineConfig config, TopicCatalogue topics, ProcessedOffsets offsets) {

    /** A context with the given topics and a fresh record of processed offsets. */
    public AppContext(DeadLetters deadLetters, MeterRegistry meters, Clock clock, String applicationId,
                      NewslineConfig config, TopicCatalogue topics) {
        this(deadLetters, meters, clock, applicationId, config, topics,
                new ProcessedOffsets(meters, deadLetters.stage().name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** A context whose topics are those the configuration describes. */
    public AppContext(DeadLetters deadLetters, MeterRegistry meters, Clock clock, String applicationId,
                      NewslineConfig config) {
        this(deadLetters, meters, clock, applicationId, config, TopicCatalogue.of(config));
    }

    /** A context with only the shipped default configuration. */
    public AppContext(DeadLetters deadLetters, MeterRegistry meters, Clock clock, String applicationId) {
        this(deadLetters, meters, clock, applicationId, NewslineConfig.defaults());
    }
}
