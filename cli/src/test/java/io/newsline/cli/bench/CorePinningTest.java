package io.newsline.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsline.runtime.config.NewslineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** How {@code newsline bench --pin-enrich} gives the enrich stage a core of its own. */
class CorePinningTest {

    @Test
    void theEnrichStagesThreadsAreTheAppsStreamThreadAndTheLibrariesPipelinesOnly() {
        var enrich = BenchCommand.enrichThreads(NewslineConfig.defaults());
        // Linux keeps 15 bytes of "newsline-enrich-StreamThread-1" and of "bench-library-enrich".
        assertThat(enrich.test("newsline-enrich")).isTrue();
        assertThat(enrich.test("bench-library-e")).isTrue();
        assertThat(enrich.test("newsline-ingest")).isFalse();
        assertThat(enrich.test("kafka-producer-")).isFalse();
        assertThat(enrich.test("C2 CompilerThre")).isFalse();
    }

    @Test
    void theAppsEnrichThreadIsFoundUnderTheApplicationIdTheSettingsGive() {
        var enrich = BenchCommand.enrichThreads(
                NewslineConfig.defaults().with(Map.of("app.enrich.application.id", "blue-enrich")));
        assertThat(enrich.test("blue-enrich-Str")).isTrue();
        assertThat(enrich.test("newsline-enrich")).isFalse();
        assertThat(enrich.test("bench-library-e")).isTrue();
    }

    @Test
    void kernelCpuListsAreReadAsTheKernelWritesThem() {
        assertThat(CorePinning.cpuList("0-1")).containsExactly(0, 1);
        assertThat(CorePinning.cpuList("0-2,5,7-8")).containsExactly(0, 1, 2, 5, 7, 8);
        assertThat(CorePinning.cpuList("3")).containsExactly(3);
        assertThat(CorePinning.sameCpus("0-2", "0,1,2")).isTrue();
        assertThat(CorePinning.sameCpus("0-2", "0,2")).isFalse();
    }

    @Test
    void ownThreadsGetTheLastCoreOthersTheRestAndAllCoresComeBackOnClose() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux");
        List<Integer> cpus = CorePinning.cpuList(CorePinning.processCpus());
        assumeTrue(cpus.size() >= 2, "needs 2 cores");
        List<Integer> own = List.of(cpus.get(cpus.size() - 1));
        List<Integer> others = cpus.subList(0, cpus.size() - 1);
        CountDownLatch done = new CountDownLatch(1);
        Thread first = parked("pin-test-own", done);
        Thread other = parked("pin-test-other", done);
        try {
            try (CorePinning pinning = new CorePinning(name -> name.equals("pin-test-own"), false)) {
                assertThat(cpusOf("pin-test-own")).containsExactly(own);
                assertThat(cpusOf("pin-test-other")).containsExactly(others);
                // A thread started afterwards is moved too, within the mover's period (until then it has its
                // creator's cores).
                Thread late = parked("pin-test-own", done);
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (!cpusOf("pin-test-own").equals(List.of(own, own)) && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(cpusOf("pin-test-own")).containsExactly(own, own);
                assertThat(late.isAlive()).isTrue();
            }
            assertThat(cpusOf("pin-test-own")).containsOnly(cpus);
            assertThat(cpusOf("pin-test-other")).containsOnly(cpus);
        } finally {
            done.countDown();
            first.join();
            other.join();
        }
    }

    /** The cores each thread of that OS name may run on. */
    private static List<List<Integer>> cpusOf(String comm) {
        return CorePinning.threadCpus(comm).stream().map(CorePinning::cpuList).toList();
    }

    @Test
    void theThreadThatPinsJoinsTheOwnCoreWhenAsked() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux");
        List<Integer> cpus = CorePinning.cpuList(CorePinning.processCpus());
        assumeTrue(cpus.size() >= 2, "needs 2 cores");
        try (CorePinning pinning = new CorePinning(name -> false, true)) {
            assertThat(CorePinning.cpuList(currentThreadCpus())).containsExactly(cpus.get(cpus.size() - 1));
        }
        assertThat(CorePinning.cpuList(currentThreadCpus())).isEqualTo(cpus);
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
