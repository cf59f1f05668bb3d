package io.newsline.runtime.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsline.runtime.app.AppContext;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The counter {@code newsline_records_total{app,outcome}}: every input record an app reads, counted once by how it
 * ended (ingest: article, not-article, removed; enrich: the enrichment status; publish: the decision's relation;
 * every app: dead-letter). Outcome values must come from a closed set (enum symbols), never from the record. The
 * dead-letter rate alert divides dead letters by this count per stage, so each app counts all of its input here.
 * Thread-safe.
 */
public final class RecordOutcomes {

    public static final String METRIC = "newsline.records";

    private final MeterRegistry meters;
    private final String app;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public RecordOutcomes(MeterRegistry meters, String app) {
        this.meters = meters;
        this.app = app;
    }

    /** The counter of an app, tagged with the app's stage name (ingest, enrich, publish). */
    public static RecordOutcomes forApp(AppContext app) {
        return new RecordOutcomes(app.meters(), app.deadLetters().stage().name().toLowerCase(Locale.ROOT));
    }

    /** Counts one input record with this outcome. */
    public void count(String outcome) {
        counters.computeIfAbsent(outcome, o -> Counter.builder(METRIC)
                .description("Input records processed, by app and outcome")
                .tag("app", app).tag("outcome", o)
                .register(meters)).increment();
    }
}
