package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** How {@code newsline bench --pin-enrich} gives the enrich stage a core of its own. */
class CorePinningTest {

    @Test
    void theEnrichStagesThreadsAreTheAppsStreamThreadAndTheLibrariesPipelinesOnly() {
        var enrich = BenchCommand.enrichThreads();
        // Linux keeps 15 bytes of "newsline-enrich-StreamThread-1" and of "bench-library-enrich".
        assertThat(enrich.test("newsline-enrich")).isTrue();
        assertThat(enrich.test("bench-library-e")).isTrue();
        assertThat(enrich.test("newsline-ingest")).isFalse();
        assertThat(enrich.test("kafka-producer-")).isFalse();
        assertThat(enrich.test("C2 CompilerThre")).isFalse();
    }

    @Test
    void ownThreadsGetTheLastCoreOthersTheRestAndAllCoresComeBackOnClose() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        assumeTrue(cores >= 2 && Files.isDirectory(Path.of("/proc/self/task")), "needs Linux and 2 cores");
        String all = "0-" + (cores - 1);
        String others = cores == 2 ? "0" : "0-" + (cores - 2);
        CountDownLatch done = new CountDownLatch(1);
        Thread own = parked("pin-test-own", done);
        Thread other = parked("pin-test-other", done);
        try {
            try (CorePinning pinning = new CorePinning(name -> name.equals("pin-test-own"), false)) {
                assertThat(CorePinning.allowedCpus("pin-test-own")).containsExactly(Integer.toString(cores - 1));
                assertThat(CorePinning.allowedCpus("pin-test-other")).containsExactly(others);
                // A thread started afterwards is moved too, within the mover's period (until then it has its
                // creator's cores).
                Thread late = parked("pin-test-own", done);
                String ownCore = Integer.toString(cores - 1);
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (!(CorePinning.allowedCpus("pin-test-own").size() == 2
                        && CorePinning.allowedCpus("pin-test-own").stream().allMatch(ownCore::equals))
                        && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(CorePinning.allowedCpus("pin-test-own")).hasSize(2)
                        .containsOnly(Integer.toString(cores - 1));
                assertThat(late.isAlive()).isTrue();
            }
            assertThat(CorePinning.allowedCpus("pin-test-own")).containsOnly(all);
            assertThat(CorePinning.allowedCpus("pin-test-other")).containsOnly(all);
        } finally {
            done.countDown();
            own.join();
            other.join();
        }
    }

    @Test
    void theThreadThatPinsJoinsTheOwnCoreWhenAsked() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        assumeTrue(cores >= 2 && Files.isDirectory(Path.of("/proc/self/task")), "needs Linux and 2 cores");
        try (CorePinning pinning = new CorePinning(name -> false, true)) {
            assertThat(currentThreadCpus()).isEqualTo(Integer.toString(cores - 1));
        }
        assertThat(currentThreadCpus()).isEqualTo("0-" + (cores - 1));
    }

    private static String currentThreadCpus() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/task", CorePinning.currentThreadId(), "status")).stream()
                .filter(line -> line.startsWith("Cpus_allowed_list:")).findFirst().orElseThrow()
                .substring("Cpus_allowed_list:".length()).strip();
    }

    /** A thread of the given name, running (so the OS knows its name), that waits until {@code done}. */
    private static Thread parked(String name, CountDownLatch done) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            running.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        t.setDaemon(true);
        t.start();
        running.await();
        return t;
    }
}
