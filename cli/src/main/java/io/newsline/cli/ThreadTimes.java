package io.newsline.cli;

import io.newsline.runtime.app.StreamsApp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Where each app's stream threads spent their wall-clock time between two moments, from the Kafka Streams and client
 * metrics that count it cumulatively: blocked on Kafka in total ({@code blocked-time-ns-total}, KIP-761), and of that
 * the transaction commits (producer flush, sending the offsets and committing the transaction). What is neither is
 * time spent running or waiting for a core. {@code newsline bench} uses it to tell a stage that is busy from one that
 * waits on commits or on its input.
 */
final class ThreadTimes {

    /** Producer metrics that together are the time a stream thread spends committing a transaction. */
    private static final Set<String> COMMIT = Set.of("flush-time-ns-total", "txn-send-offsets-time-ns-total",
            "txn-commit-time-ns-total", "txn-begin-time-ns-total");

    /** One app's nanoseconds: blocked on Kafka, and committing (part of blocked). */
    record Times(double blocked, double committing) {}

    private final List<StreamsApp> apps;
    private final Map<String, Times> start;

    ThreadTimes(List<StreamsApp> apps) {
        this.apps = apps;
        this.start = snapshot();
    }

    /** Per app name, the nanoseconds since this was opened. */
    Map<String, Times> since() {
        Map<String, Times> now = snapshot();
        Map<String, Times> out = new LinkedHashMap<>();
        now.forEach((app, t) -> {
            Times s = start.getOrDefault(app, new Times(0, 0));
            out.put(app, new Times(t.blocked() - s.blocked(), t.committing() - s.committing()));
        });
        return out;
    }

    private Map<String, Times> snapshot() {
        Map<String, Times> out = new LinkedHashMap<>();
        for (StreamsApp app : apps) {
            double blocked = 0;
            double committing = 0;
            for (Map.Entry<MetricName, ? extends Metric> e : app.streams().metrics().entrySet()) {
                MetricName name = e.getKey();
                if (!(e.getValue().metricValue() instanceof Number n)) {
                    continue;
                }
                if (name.group().equals("stream-thread-metrics") && name.name().equals("blocked-time-ns-total")) {
                    blocked += n.doubleValue();
                } else if (name.group().equals("producer-metrics") && COMMIT.contains(name.name())) {
                    committing += n.doubleValue();
                }
            }
            out.put(app.name(), new Times(blocked, committing));
        }
        return out;
    }
}
