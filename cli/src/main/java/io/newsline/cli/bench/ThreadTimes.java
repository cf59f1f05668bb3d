package io.newsline.cli.bench;

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
 * the transaction commits (producer flush, sending the offsets and committing the transaction); and, from the
 * scheduler's own count in {@code /proc/self/task/<tid>/schedstat}, the time they were runnable but waiting for a
 * core. {@code newsline bench} uses it to tell a stage that is busy from one that waits on commits, on its input or
 * on the other threads of the machine.
 */
final class ThreadTimes {

    /** Producer metrics that together are the time a stream thread spends committing a transaction. */
    private static final Set<String> COMMIT = Set.of("flush-time-ns-total", "txn-send-offsets-time-ns-total",
            "txn-commit-time-ns-total", "txn-begin-time-ns-total");

    /**
     * One app's nanoseconds: blocked on Kafka, committing (part of blocked), and runnable but waiting for a core
     * (zero where there is no {@code /proc}).
     */
    record Times(double blocked, double committing, double waitingForCore) {}

    /** Linux keeps the first 15 bytes of a thread's name as its {@code comm}. */
    static final int COMM_LENGTH = 15;

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
            Times s = start.getOrDefault(app, new Times(0, 0, 0));
            out.put(app, new Times(t.blocked() - s.blocked(), t.committing() - s.committing(),
                    t.waitingForCore() - s.waitingForCore()));
        });
        return out;
    }

    private Map<String, Times> snapshot() {
        Map<String, Long> queued = runQueueNanosByComm();
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
            out.put(app.name(), new Times(blocked, committing, queued.getOrDefault(comm(app.applicationId()), 0L)));
        }
        return out;
    }

    /**
     * The OS name of an app's stream threads: the first 15 bytes of {@code <application.id>-StreamThread-<n>}, as
     * Linux keeps them. With ids of 15 characters or more, such as newsline's, that is also the name of the app's
     * state updater, whose time is then counted with them; apps whose ids share their first 15 characters cannot be
     * told apart.
     */
    static String comm(String applicationId) {
        String name = applicationId + "-StreamThread";
        return name.length() <= COMM_LENGTH ? name : name.substring(0, COMM_LENGTH);
    }

    /**
     * Per OS thread name, the nanoseconds its threads have spent runnable on a run queue, waiting for a core: the
     * second field of {@code schedstat}. Empty where there is no such file system.
     */
    static Map<String, Long> runQueueNanosByComm() {
        return CpuAccount.sumByThreadName("schedstat", schedstat -> Long.parseLong(schedstat.strip().split(" ")[1]));
    }
}
