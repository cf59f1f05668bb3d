package io.newsline.cli.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a process's CPU time went between two moments, by thread group: each app's stream threads, the Kafka
 * clients' I/O threads, the embedded broker, the benchmark's own threads, and the rest of the process (garbage
 * collection, the JIT compiler and other VM threads, which are not Java threads, plus threads that ended in between).
 * {@code newsline bench} uses it to say where the pipeline's time goes. Not thread-safe: one owner takes both
 * snapshots.
 */
final class CpuAccount {

    static final String BENCH = "bench (sender, reader)";
    static final String BROKER = "broker and other Java threads";
    static final String GC = "GC threads";
    static final String JIT = "JIT compiler threads";
    static final String VM = "other VM threads and ended threads";

    /** A group of threads and the pattern their names match. */
    private record Group(String name, Pattern threads) {}

    /** The group of a thread by its name; the first pattern that matches wins. */
    private static final List<Group> GROUPS = List.of(
            new Group("ingest app", Pattern.compile("newsline-ingest-(StreamThread|StateUpdater|GlobalStreamThread).*")),
            new Group("enrich app", Pattern.compile("newsline-enrich-(StreamThread|StateUpdater|GlobalStreamThread).*")),
            new Group("publish app", Pattern.compile("newsline-publish-(StreamThread|StateUpdater|GlobalStreamThread).*")),
            new Group("Kafka client I/O", Pattern.compile("kafka-(producer-network|coordinator-heartbeat)-thread.*")),
            new Group(BENCH, Pattern.compile("main|bench-.*")));

    /** The VM's own threads by their OS names (Linux truncates names to 15 characters). */
    private static final Pattern GC_THREAD = Pattern.compile("GC Thread.*|G1 .*");
    private static final Pattern JIT_THREAD = Pattern.compile("C[12] CompilerThre.*");
    /** Clock ticks per second of /proc's utime and stime, USER_HZ, which is 100 on Linux. */
    private static final long TICKS_PER_SECOND = 100;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long processStart;
    private final long gcMillisStart;
    private final Map<Long, Long> threadStart = new HashMap<>();
    private final Map<String, Long> vmStart;

    CpuAccount() {
        processStart = Measures.cpuNanos();
        gcMillisStart = gcMillis();
        vmStart = vmThreadNanos();
        for (long id : threads.getAllThreadIds()) {
            threadStart.put(id, threads.getThreadCpuTime(id));
        }
    }

    /** CPU nanoseconds per group since this account was opened, in a stable order, with the process total last. */
    Map<String, Long> since() {
        Map<String, Long> out = new LinkedHashMap<>();
        GROUPS.forEach(g -> out.put(g.name(), 0L));
        out.put(BROKER, 0L);
        long javaThreads = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long now = threads.getThreadCpuTime(info.getThreadId());
            if (now < 0) {
                continue;
            }
            long used = now - threadStart.getOrDefault(info.getThreadId(), 0L);
            javaThreads += used;
            out.merge(groupOf(info.getThreadName()), used, Long::sum);
        }
        long process = Measures.cpuNanos() - processStart;
        Map<String, Long> vm = vmThreadNanos();
        long gc = vm.get(GC) - vmStart.get(GC);
        long jit = vm.get(JIT) - vmStart.get(JIT);
        out.put(GC, gc);
        out.put(JIT, jit);
        out.put(VM, Math.max(0, process - javaThreads - gc - jit));
        out.put("process", process);
        return out;
    }

    /** Milliseconds the collectors report spending since this account was opened (pauses and concurrent work). */
    long gcMillisSince() {
        return gcMillis() - gcMillisStart;
    }

    static String groupOf(String threadName) {
        for (Group g : GROUPS) {
            if (g.threads().matcher(threadName).matches()) {
                return g.name();
            }
        }
        return BROKER;
    }

    /**
     * CPU nanoseconds so far of the garbage collector's and the JIT compiler's threads, which are not Java threads,
     * read from {@code /proc/self/task}; zero where there is no such file system.
     */
    static Map<String, Long> vmThreadNanos() {
        Map<String, Long> out = new HashMap<>(Map.of(GC, 0L, JIT, 0L));
        sumByThreadName("stat", stat -> {
            // pid (comm) state ...: the name may hold spaces and brackets, so the fields start after the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is the state (field 3); utime and stime are fields 14 and 15.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1_000_000_000L / TICKS_PER_SECOND;
        }).forEach((name, nanos) -> {
            String group = GC_THREAD.matcher(name).matches() ? GC : JIT_THREAD.matcher(name).matches() ? JIT : null;
            if (group != null) {
                out.merge(group, nanos, Long::sum);
            }
        });
        return out;
    }

    /**
     * Per OS thread name ({@code comm}, which Linux truncates to 15 bytes), the sum over this process's threads of a
     * number read from one of each thread's files in {@code /proc/self/task/<tid>}; empty where there is no such file
     * system. A thread that ends while it is read adds nothing.
     */
    static Map<String, Long> sumByThreadName(String file, java.util.function.ToLongFunction<String> value) {
        Map<String, Long> out = new HashMap<>();
        for (OsThreads.OsThread thread : OsThreads.list()) {
            try {
                out.merge(thread.comm(), value.applyAsLong(thread.read(file)), Long::sum);
            } catch (java.io.IOException | RuntimeException e) {
                // the thread ended while we read, or the kernel keeps no such file: nothing to add
            }
        }
        return out;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t >= 0).sum();
    }
}
