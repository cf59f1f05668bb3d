package io.newsline.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void anIntervalIsBusyWhenTheOtherThreadsRanForMoreThanThirtyPercentOfIt() {
        // Scripted readings, 100 ms per interval: the busy threads run 50, 29, 31 and 0 ms of the four intervals;
        // the watched thread runs 60, 90, 40 and 100 ms and waits 30, 0, 50 and 0 ms.
        long ms = 1_000_000;
        long[][] busyRuns = {{0, 0}, {50 * ms, 0}, {79 * ms, 0}, {110 * ms, 0}, {110 * ms, 0}};
        long[][] watchedRuns = {{0, 0}, {60 * ms, 30 * ms}, {150 * ms, 30 * ms}, {190 * ms, 80 * ms}, {290 * ms, 80 * ms}};
        int[] at = {0};
        PhaseSampler sampler = new PhaseSampler(() -> busyRuns[at[0]], () -> watchedRuns[at[0]],
                () -> at[0] * 100 * ms, false);
        for (int i = 0; i < 4; i++) {
            at[0]++;
            sampler.sample();
        }
        sampler.close();

        PhaseSampler.Phases p = sampler.phases();
        assertThat(p.busySeconds()).as("intervals 1 and 3").isCloseTo(0.2, within(1e-9));
        assertThat(p.busyRunning()).isCloseTo(0.10, within(1e-9));
        assertThat(p.busyWaiting()).isCloseTo(0.08, within(1e-9));
        assertThat(p.restSeconds()).as("intervals 2 and 4").isCloseTo(0.2, within(1e-9));
        assertThat(p.restRunning()).isCloseTo(0.19, within(1e-9));
        assertThat(p.restWaiting()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void aThreadThatEndsKeepsItsLastFiguresSoNoIntervalGoesNegative(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a-schedstat");
        Path b = dir.resolve("b-schedstat");
        Files.writeString(a, "100 10 1\n");
        Files.writeString(b, "200 20 2\n");
        Supplier<long[]> reader = PhaseSampler.reader(List.of(a, b));
        assertThat(reader.get()).containsExactly(300, 30);
        Files.writeString(a, "150 15 3\n");
        Files.delete(b); // the thread ended: /proc no longer lists it
        assertThat(reader.get()).containsExactly(350, 35);
        assertThat(reader.get()).containsExactly(350, 35);
    }

    @Test
    void theThreadsAreReadFromProcByTheirOsNames() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
        CountDownLatch started = new CountDownLatch(2);
        Thread watched = spinner("ph-watched", started, 0, 400);
        Thread busy = spinner("ph-busy", started, 0, 400);
        started.await();
        long before = System.nanoTime();
        PhaseSampler sampler = new PhaseSampler("ph-busy", "ph-watched");
        watched.join();
        sampler.close();
        sampler.sample(); // closes the last interval, whatever the ticker managed under load
        long wall = System.nanoTime() - before;
        busy.join();

        // What the scheduler grants depends on the machine's load; what holds whatever it grants: the intervals
        // cover the sampled time without gaps, the spinning thread was found and ran, and it never ran for longer
        // than the wall time of the phase it ran in.
        PhaseSampler.Phases p = sampler.phases();
        double total = p.busySeconds() + p.restSeconds();
        assertThat(total).as("sampled seconds").isGreaterThan(0.3).isLessThanOrEqualTo(wall / 1e9);
        assertThat(p.busyRunning() + p.restRunning()).as("the watched thread's running seconds").isGreaterThan(0);
        assertThat(p.busyRunning()).isLessThanOrEqualTo(p.busySeconds() * 1.05 + 0.01);
        assertThat(p.restRunning()).isLessThanOrEqualTo(p.restSeconds() * 1.05 + 0.01);
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
