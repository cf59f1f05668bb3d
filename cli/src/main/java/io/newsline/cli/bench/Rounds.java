package io.newsline.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rounds' measures, added up for the report. */
final class Rounds {
    private final List<Double> slowest = new ArrayList<>();
    private final List<Double> libraryPipelines = new ArrayList<>();
    private final List<Double> sustained = new ArrayList<>();
    private final List<Double> ofSlowest = new ArrayList<>();
    private final List<Double> ofLibraryPipeline = new ArrayList<>();
    private final double[] libraryCpu = new double[3];
    private double pipelinedEnrichCpu;
    private final Map<String, Long> cpu = new LinkedHashMap<>();
    private final Map<String, double[]> threadTimes = new LinkedHashMap<>();
    private double seconds;
    private long gcMillis;
    private long commits;
    private PhaseSampler.Phases phases = PhaseSampler.Phases.NONE;
    private int rounds;

    void add(Library library, double libraryPipeline, double pipelinedEnrichCpu, double pagesPerSecond, double windowSeconds,
             Map<String, Long> cpuByGroup, long gc, Map<String, ThreadTimes.Times> waits, PhaseSampler.Phases phases,
             long committed) {
        rounds++;
        this.phases = this.phases.plus(phases);
        slowest.add(library.slowest());
        libraryPipelines.add(libraryPipeline);
        this.pipelinedEnrichCpu += pipelinedEnrichCpu;
        sustained.add(pagesPerSecond);
        ofSlowest.add(pagesPerSecond / library.slowest());
        ofLibraryPipeline.add(pagesPerSecond / libraryPipeline);
        for (int i = 0; i < 3; i++) {
            libraryCpu[i] += library.cpuMsPerPage()[i];
        }
        cpuByGroup.forEach((group, nanos) -> cpu.merge(group, nanos, Long::sum));
        waits.forEach((app, t) -> {
            double[] sum = threadTimes.computeIfAbsent(app, a -> new double[3]);
            sum[0] += t.blocked();
            sum[1] += t.committing();
            sum[2] += t.waitingForCore();
        });
        seconds += windowSeconds;
        gcMillis += gc;
        commits += committed;
    }

    double medianSustained() {
        return median(sustained);
    }

    void report(int pages, boolean liveSend) {
        double libraryCpuSum = (libraryCpu[0] + libraryCpu[1] + libraryCpu[2]) / rounds;
        System.out.printf("library, 1 thread, median of the rounds: enrich %.1f pages/s; CPU per page (mean): ingest %.2f ms, "
                        + "enrich %.2f ms, publish %.2f ms; sum %.2f ms%n", median(slowest), libraryCpu[0] / rounds,
                libraryCpu[1] / rounds, libraryCpu[2] / rounds, libraryCpuSum);
        System.out.printf("libraries as a pipeline, 3 threads, no Kafka, steady state, median: %.1f pages/s; its enrich "
                        + "thread's CPU per page (mean) %.2f ms, against %.2f ms alone%n", median(libraryPipelines),
                pipelinedEnrichCpu / rounds, libraryCpu[1] / rounds);
        System.out.printf("pipeline, exactly-once, 3 apps x 1 thread, %s: %d pages in %.1f s = %.1f pages/s over the "
                        + "whole windows; steady state (10%%-90%% of each round's decisions), median of the rounds: %.1f "
                        + "pages/s, median ratio %.0f%% of the slowest stage alone (rounds %s), %.0f%% of the libraries "
                        + "as a pipeline (rounds %s); CPU %.0f%% of one core; heap used %d MiB (heap pools' peaks since start, summed: %d MiB)%n",
                liveSend ? "pages sent in the window" : "pages waiting on the raw topic", pages, seconds, pages / seconds,
                median(sustained), 100 * median(ofSlowest), percents(ofSlowest), 100 * median(ofLibraryPipeline),
                percents(ofLibraryPipeline), 100.0 * cpu.get("process") / (seconds * 1e9), Measures.heapUsedMiB(), Measures.heapPeakMiB());
        double processMsPerPage = cpu.get("process") / 1e6 / pages;
        StringBuilder groups = new StringBuilder();
        cpu.forEach((group, nanos) -> {
            if (!group.equals("process")) {
                groups.append(String.format("%s%s %.2f", groups.isEmpty() ? "" : ", ", group, nanos / 1e6 / pages));
            }
        });
        System.out.printf("pipeline CPU per page: %.2f ms = %s (ms); collectors reported %d ms; "
                        + "%d transactions committed by the 3 apps (%.2f per page)%n",
                processMsPerPage, groups, gcMillis, commits, (double) commits / pages);
        StringBuilder threadLine = new StringBuilder();
        threadTimes.forEach((app, t) -> {
            double running = cpu.getOrDefault(app + " app", 0L) / (seconds * 1e9);
            double queued = t[2] / (seconds * 1e9);
            double blocked = t[0] / (seconds * 1e9);
            threadLine.append(String.format("%s%s %.0f%% running, %.0f%% waiting for a core, %.0f%% blocked on Kafka "
                            + "(%.0f%% committing), %.0f%% neither", threadLine.isEmpty() ? "" : "; ", app, 100 * running,
                    100 * queued, 100 * blocked, 100 * t[1] / (seconds * 1e9), 100 * (1 - running - queued - blocked)));
        });
        // "neither": off the run queue outside Kafka's calls, e.g. stopped for a collector's or the JIT's safepoint.
        System.out.printf("stream threads' wall time: %s%n", threadLine);
        PhaseSampler.Phases p = phases;
        if (p.busySeconds() + p.restSeconds() > 0) {
            System.out.printf("enrich stream thread while ingest's is busy (running over %.0f%% of a %d ms interval; "
                            + "%.0f%% of the windows): %.0f%% running, %.0f%% waiting for a core; the rest of the "
                            + "windows: %.0f%% running, %.0f%% waiting for a core%n", 100 * PhaseSampler.BUSY_SHARE,
                    PhaseSampler.PERIOD_MILLIS, 100 * p.busySeconds() / (p.busySeconds() + p.restSeconds()),
                    percent(p.busyRunning(), p.busySeconds()), percent(p.busyWaiting(), p.busySeconds()),
                    percent(p.restRunning(), p.restSeconds()), percent(p.restWaiting(), p.restSeconds()));
        }
        // The bench's own sender and decision reader stand in for the crawler and a reader: not pipeline work.
        double pipelineMsPerPage = processMsPerPage - cpu.get(CpuAccount.BENCH) / 1e6 / pages;
        System.out.printf("CPU accounting: the pipeline spends %.1f x the libraries' CPU per page (%.2f ms without the "
                        + "bench's own threads vs %.2f ms)%n", pipelineMsPerPage / libraryCpuSum, pipelineMsPerPage,
                libraryCpuSum);
        // What the cores allow at that CPU per page, however well the work were spread over them.
        double bound = Measures.cores() * 1000 / pipelineMsPerPage;
        System.out.printf("CPU bound: %d cores / %.2f ms per page = %.1f pages/s, %.0f%% of the slowest stage alone "
                + "(median)%n", Measures.cores(), pipelineMsPerPage, bound, 100 * bound / median(slowest));
    }

    private static double percent(double part, double whole) {
        return whole > 0 ? 100 * part / whole : 0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String percents(List<Double> ratios) {
        return ratios.stream().map(r -> String.format("%.0f", 100 * r)).collect(java.util.stream.Collectors.joining(" "));
    }
}
