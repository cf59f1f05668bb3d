package io.newsline.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Gives some of this JVM's threads a core of their own, as a deployment on a small machine gives the slowest stage a
 * dedicated core (a container's {@code cpuset}, Kubernetes' static CPU manager): the threads {@code own} accepts, by
 * their OS name, and optionally the thread that pins are kept on the last of the process's cores, every other thread
 * on the others, except the launcher's first thread, which only waits for the JVM to end. Threads started later are
 * moved as they appear (a check every 200 ms). Linux only, through {@code taskset} (util-linux); {@link #close()}
 * gives every thread the process's cores back. Used by {@code newsline bench --pin-enrich}.
 */
final class CorePinning implements AutoCloseable {

    private final Predicate<String> own;
    /** The native id of the thread that pinned, when it gets the own core; else null. */
    private final String caller;
    private final String ownCpus;
    private final String otherCpus;
    private final String allCpus;
    private final Ticker mover;

    /**
     * @param own     which threads, by OS name ({@code comm}, 15 bytes at most), get the core of their own
     * @param ownCaller whether the thread calling this gets the own core too (e.g. the one that will measure a
     *                  stage alone)
     * @throws IllegalStateException with fewer than 2 cores, or without {@code /proc} and {@code taskset}
     */
    CorePinning(Predicate<String> own, boolean ownCaller) {
        if (OsThreads.list().isEmpty() || !taskset(List.of("taskset", "-V"))) {
            throw new IllegalStateException("pinning needs Linux's /proc and taskset (util-linux)");
        }
        this.allCpus = processCpus();
        List<Integer> cpus = cpuList(allCpus);
        if (cpus.size() < 2) {
            throw new IllegalStateException("pinning needs 2 cores or more, this process has " + allCpus);
        }
        this.own = own;
        this.caller = ownCaller ? currentThreadId() : null;
        this.ownCpus = Integer.toString(cpus.get(cpus.size() - 1));
        this.otherCpus = cpus.subList(0, cpus.size() - 1).stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
        move();
        this.mover = new Ticker("bench-core-pinning", 200, this::move);
    }

    /** The cores this process may run on, as the kernel lists them (e.g. "0-1" or "2,4-5"). */
    static String processCpus() {
        String cpus;
        try {
            cpus = cpusAllowed(Files.readString(Path.of("/proc/self/status")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read this process's cores from /proc/self/status", e);
        }
        if (cpus.isEmpty()) {
            throw new IllegalStateException("/proc/self/status lists no Cpus_allowed_list");
        }
        return cpus;
    }

    /** The {@code Cpus_allowed_list} of a {@code status} file; empty when it has none. */
    private static String cpusAllowed(String status) {
        return status.lines().filter(line -> line.startsWith("Cpus_allowed_list:")).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("");
    }

    /** The cores of a kernel CPU list ("0-2,5" is 0, 1, 2 and 5), in order. */
    static List<Integer> cpuList(String list) {
        List<Integer> out = new ArrayList<>();
        for (String part : list.split(",")) {
            String[] range = part.strip().split("-");
            int from = Integer.parseInt(range[0]);
            int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
            for (int cpu = from; cpu <= to; cpu++) {
                out.add(cpu);
            }
        }
        return out;
    }

    /** Whether two kernel CPU lists name the same cores ("0-2" and "0,1,2" do). */
    static boolean sameCpus(String a, String b) {
        try {
            return cpuList(a).equals(cpuList(b));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The calling thread's native id, from {@code /proc/thread-self} (a link to {@code <pid>/task/<tid>}). */
    static String currentThreadId() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot tell this thread's id from /proc/thread-self", e);
        }
    }

    /** The cores the threads of the given OS name are allowed on, as the kernel lists them (e.g. "1"). */
    static List<String> threadCpus(String comm) {
        List<String> out = new ArrayList<>();
        forEachThread((tid, name, allowed) -> {
            if (name.equals(comm)) {
                out.add(allowed);
            }
        });
        return out;
    }

    private void move() {
        String self = Long.toString(ProcessHandle.current().pid());
        forEachThread((tid, name, allowed) -> {
            if (!tid.equals(self)) {
                String want = tid.equals(caller) || own.test(name) ? ownCpus : otherCpus;
                if (!sameCpus(allowed, want)) {
                    taskset(List.of("taskset", "-p", "-c", want, tid));
                }
            }
        });
    }

    @Override
    public void close() {
        mover.close();
        forEachThread((tid, name, allowed) -> {
            if (!sameCpus(allowed, allCpus)) {
                taskset(List.of("taskset", "-p", "-c", allCpus, tid));
            }
        });
    }

    private interface ThreadVisitor {
        void visit(String tid, String comm, String allowedCpus);
    }

    private static void forEachThread(ThreadVisitor visitor) {
        for (OsThreads.OsThread thread : OsThreads.list()) {
            try {
                visitor.visit(thread.tid(), thread.comm(), cpusAllowed(thread.read("status")));
            } catch (IOException e) {
                // the thread ended while we read: nothing to move
            }
        }
    }

    private static boolean taskset(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
