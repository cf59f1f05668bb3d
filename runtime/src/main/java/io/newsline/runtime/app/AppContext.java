package io.newsline.runtime.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.dlq.DeadLetters;
import java.time.Clock;

/**
 * What a topology needs from its surroundings: the dead-letter factory for its stage, the metrics registry for
 * domain metrics, a clock, the application id and the configuration (for settings read inside processors, such as
 * metric thresholds). Passed in so tests control them.
 */
public record AppContext(DeadLetters deadLetters, MeterRegistry meters, Clock clock, String applicationId,
                         NewslineConfig config) {

    /** A context with only the shipped default configuration. */
    public AppContext(DeadLetters deadLetters, MeterRegistry meters, Clock clock, String applicationId) {
        this(deadLetters, meters, clock, applicationId, NewslineConfig.defaults());
    }
}
