package io.newsline.runtime.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsline.runtime.dlq.DeadLetters;
import java.time.Clock;

/**
 * What a topology needs from its surroundings: the dead-letter factory for its stage, the metrics registry for
 * domain metrics and a clock. Passed in so tests control them.
 */
public record AppContext(DeadLetters deadLetters, MeterRegistry meters, Clock clock, String applicationId) {}
