package io.newsline.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** How {@code newsline bench} attributes the process's CPU time to the pipeline's parts. */
class CpuAccountTest {

    @Test
    void threadsAreGroupedByTheNamesKafkaStreamsAndTheBrokerGiveThem() {
        assertThat(CpuAccount.groupOf("newsline-enrich-StreamThread-1")).isEqualTo("enrich app");
        assertThat(CpuAccount.groupOf("newsline-publish-StateUpdater-1")).isEqualTo("publish app");
        assertThat(CpuAccount.groupOf("kafka-producer-network-thread | newsline-ingest-StreamThread-1-producer"))
                .isEqualTo("Kafka client I/O");
        assertThat(CpuAccount.groupOf("main")).isEqualTo(CpuAccount.BENCH);
        assertThat(CpuAccount.groupOf("data-plane-kafka-request-handler-3")).isEqualTo(CpuAccount.BROKER);
    }

    @Test
    void aBusyThreadsCpuTimeLandsInItsGroupAndInTheProcessTotal() throws Exception {
        CpuAccount account = new CpuAccount();
        // A thread's time is only seen while it runs, so the busy thread takes the snapshot itself before it ends.
        Thread busy = new Thread(() -> {
            long until = Measures.threadCpuNanos() + 200_000_000L;
            while (Measures.threadCpuNanos() < until) {
                Thread.onSpinWait();
            }
            Map<String, Long> used = account.since();
            assertThat(used.get("enrich app")).isGreaterThanOrEqualTo(200_000_000L);
            assertThat(used.get("process")).isGreaterThanOrEqualTo(used.get("enrich app"));
            assertThat(used.keySet()).contains(CpuAccount.GC, CpuAccount.JIT, CpuAccount.VM);
        }, "newsline-enrich-StreamThread-9");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        busy.setUncaughtExceptionHandler((t, e) -> failure.set(e));
        busy.start();
        busy.join();
        assertThat(failure.get()).isNull();
    }
}
