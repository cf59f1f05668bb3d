package io.newsline.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;

/** Readings of this process the bench reports: CPU time, cores, heap, percentiles. Stateless. */
final class Measures {

    private Measures() {}

    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static long cpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The machine's cores, counted before {@code --pin-enrich} narrows the main thread to one of them. */
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    static int cores() {
        return CORES;
    }

    static long heapUsedMiB() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    /** The heap pools' peak usages since the JVM started, summed: an upper bound, since the pools peak at different times. */
    static long heapPeakMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }
}
