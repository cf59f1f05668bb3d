package io.newsline.runtime.dlq;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsline.runtime.json.AvroJson;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.Stage;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code newsline_dead_letters_total{stage,reason}} counter, for the letters topologies route themselves and for
 * those Kafka Streams' exception handlers write. The handlers are made by Kafka from a class name, so they find their
 * app's registry here by application id, bound by {@link io.newsline.runtime.app.StreamsApp} before its client
 * starts. Thread-safe.
 */
public final class DeadLetterMetrics {

    private static final Map<String, MeterRegistry> BY_APPLICATION_ID = new ConcurrentHashMap<>();

    private DeadLetterMetrics() {}

    /** Makes {@code meters} the registry of the handlers of the app with this application id. */
    public static void bind(String applicationId, MeterRegistry meters) {
        BY_APPLICATION_ID.put(applicationId, meters);
    }

    public static void unbind(String applicationId) {
        BY_APPLICATION_ID.remove(applicationId);
    }

    /** The counter of one stage and reason in {@code meters}. */
    public static Counter counter(MeterRegistry meters, Stage stage, DeadLetterReason reason) {
        return Counter.builder("newsline.dead.letters")
                .description("Records sent to the dead-letter topic, by stage and reason class")
                .tag("stage", stage.name().toLowerCase(Locale.ROOT))
                .tag("reason", AvroJson.symbol(reason)).register(meters);
    }

    /** Counts a letter written by an exception handler of the app; nothing when no registry is bound (tools, tests). */
    static void count(String applicationId, Stage stage, DeadLetterReason reason) {
        MeterRegistry meters = applicationId == null ? null : BY_APPLICATION_ID.get(applicationId);
        if (meters != null) {
            counter(meters, stage, reason).increment();
        }
    }
}
