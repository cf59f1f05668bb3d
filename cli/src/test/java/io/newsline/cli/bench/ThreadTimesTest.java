package io.newsline.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** How {@code newsline bench} finds the time an app's stream threads spent waiting for a core. */
class ThreadTimesTest {

    @Test
    void streamThreadsAreFoundByTheNameLinuxKeepsOfThem() {
        // Linux keeps 15 bytes of a thread's name: "newsline-publish-StreamThread-1" is "newsline-publis".
        assertThat(ThreadTimes.comm("newsline-publish")).isEqualTo("newsline-publis");
        assertThat(ThreadTimes.comm("newsline-enrich")).isEqualTo("newsline-enrich");
        assertThat(ThreadTimes.comm("nl")).isEqualTo("nl-StreamThread");
    }

    @Test
    void runnableThreadsThatOutnumberTheCoresAreCountedAsWaitingForOne() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
        String comm = ThreadTimes.comm("nlq");
        long before = ThreadTimes.runQueueNanosByComm().getOrDefault(comm, 0L);
        // Four busy threads per core: each must wait while the others run. They stay alive until read, because a
        // thread's counters leave /proc with it.
        int threads = 4 * Runtime.getRuntime().availableProcessors() + 1;
        CountDownLatch spun = new CountDownLatch(threads);
        CountDownLatch read = new CountDownLatch(1);
        List<Thread> busy = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                long until = Measures.threadCpuNanos() + 50_000_000L;
                while (Measures.threadCpuNanos() < until) {
                    Thread.onSpinWait();
                }
                spun.countDown();
                try {
                    read.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "nlq-StreamThread-" + i);
            t.start();
            busy.add(t);
        }
        spun.await();
        Map<String, Long> queued = ThreadTimes.runQueueNanosByComm();
        read.countDown();
        for (Thread t : busy) {
            t.join();
        }
        assertThat(queued).containsKey(comm);
        assertThat(queued.get(comm) - before).isPositive();
    }
}
