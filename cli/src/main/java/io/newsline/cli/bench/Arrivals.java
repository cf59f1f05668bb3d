package io.newsline.cli.bench;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Ids as they arrive, and a wait for a list of them that sleeps until more arrive. Pinned, the bench's main thread
 * shares the enrich stage's core, so it must not poll while the apps run: a 10 ms polling loop took 2-3 % of that
 * core.
 */
final class Arrivals {
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();

    void add(String id) {
        seen.add(id);
    }

    /** Wakes the waiters; call after a batch of {@link #add}s. */
    void signal() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** Whether every one of the ids arrived before the timeout. */
    boolean await(List<String> ids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int next = 0;
        synchronized (lock) {
            while (true) {
                while (next < ids.size() && seen.contains(ids.get(next))) {
                    next++;
                }
                long left = deadline - System.nanoTime();
                if (next == ids.size() || left <= 0) {
                    return next == ids.size();
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
    }
}
