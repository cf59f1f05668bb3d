package io.newsline.runtime.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells records an app processes a second time from first ones, and counts the second times in
 * {@code newsline_records_reprocessed_total{app}}. With exactly-once, a transaction that aborts (a stream thread
 * fenced because its transaction outlived {@code transaction.timeout.ms}, a rebalance mid-transaction) discards its
 * output, and the records it held are processed again; {@code newsline_records_total} and
 * {@code newsline_dead_letters_total} count them each time, the topics hold them once. This remembers the highest
 * offset processed per input partition in this process, across the app's tasks and their re-creation, so a record
 * at or below it is a reprocessed one. One per app, shared by its processors; thread-safe.
 *
 * <p>Within one process, {@code records_total - records_reprocessed_total} is what the topics hold. Records that
 * an aborted transaction of another instance held, reprocessed here after a rebalance, are not recognised.
 */
public final class ProcessedOffsets {

    public static final String METRIC = "newsline.records.reprocessed";

    private record Partition(String topic, int partition) {}

    private final Map<Partition, Long> highest = new ConcurrentHashMap<>();
    private final Counter reprocessed;

    public ProcessedOffsets(MeterRegistry meters, String app) {
        this.reprocessed = Counter.builder(METRIC)
                .description("Input records processed again after the transaction that held them aborted")
                .tag("app", app).register(meters);
    }

    /** Notes a record processed; counts it as reprocessed when its offset was processed before. */
    public boolean processed(String topic, int partition, long offset) {
        boolean[] again = {false};
        highest.merge(new Partition(topic, partition), offset, (previous, now) -> {
            again[0] = now <= previous;
            return Math.max(previous, now);
        });
        if (again[0]) {
            reprocessed.increment();
        }
        return again[0];
    }

    /** Records counted as reprocessed so far. */
    public long reprocessed() {
        return (long) reprocessed.count();
    }
}
