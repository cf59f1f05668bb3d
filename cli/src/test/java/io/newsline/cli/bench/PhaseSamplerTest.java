package io.newsline.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** How {@code newsline bench} splits the enrich thread's time by whether ingest's is busy. */
class PhaseSamplerTest {

    @Test
    void intervalsAddUpInTheirPhase() {
        PhaseSampler.Phases p = PhaseSampler.Phases.NONE.plus(true, 0.1, 0.06, 0.03).plus(false, 0.1, 0.09, 0.0)
                .plus(true, 0.1, 0.05, 0.04);
        assertThat(p.busySeconds()).isCloseTo(0.2, within(1e-9));
        assertThat(p.busyRunning()).isCloseTo(0.11, within(1e-9));
        assertThat(p.busyWaiting()).isCloseTo(0.07, within(1e-9));
        assertThat(p.restSeconds()).isCloseTo(0.1, within(1e-9));
        assertThat(p.restRunning()).isCloseTo(0.09, within(1e-9));
        assertThat(p.plus(p).busySeconds()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void theWatchedThreadsTimeIsSplitByTheOtherThreadsBusySpells() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
        CountDownLatch started = new CountDownLatch(2);
        // Watched: spins for 1.6 s. Busy: sleeps 0.5 s, spins 0.6 s, sleeps again.
        Thread watched = spinner("ph-watched", started, 0, 1_600);
        Thread busy = spinner("ph-busy", started, 500, 600);
        started.await();
        PhaseSampler sampler = new PhaseSampler("ph-busy", "ph-watched");
        watched.join();
        sampler.close();
        busy.join();

        PhaseSampler.Phases p = sampler.phases();
        double total = p.busySeconds() + p.restSeconds();
        assertThat(total).as("sampled seconds").isBetween(1.0, 3.0);
        assertThat(p.busySeconds()).as("seconds with the busy thread busy").isGreaterThan(0.1).isLessThan(total);
        assertThat(p.restSeconds()).as("seconds without").isGreaterThan(0.3);
        // The watched thread ran in both phases, and never for longer than the wall time.
        assertThat(p.busyRunning()).isGreaterThan(0).isLessThanOrEqualTo(p.busySeconds() * 1.05);
        assertThat(p.restRunning()).isGreaterThan(0).isLessThanOrEqualTo(p.restSeconds() * 1.05);
    }

    /** A thread that waits {@code idleMillis}, then spins for {@code spinMillis} of wall time. */
    private static Thread spinner(String name, CountDownLatch started, long idleMillis, long spinMillis) {
        Thread t = new Thread(() -> {
            started.countDown();
            try {
                Thread.sleep(idleMillis);
            } catch (InterruptedException e) {
                return;
            }
            long until = System.nanoTime() + spinMillis * 1_000_000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        t.start();
        return t;
    }
}
