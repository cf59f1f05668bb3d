package io.newsline.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * How one stream thread's wall time splits while another stream thread is busy and while it is not: every 100 ms,
 * the scheduler's running and waiting-for-a-core nanoseconds of both ({@code /proc/self/task/<tid>/schedstat}),
 * each interval counted as busy when the other ran for more than 30 % of it. {@code newsline bench} uses it to show
 * what the enrich thread loses while ingest cleans its backlog. The threads are found by OS name when it is opened
 * and only theirs are read, so the sampling costs next to nothing. Zero everywhere where there is no {@code /proc}.
 */
final class PhaseSampler implements AutoCloseable {

    static final long PERIOD_MILLIS = 100;
    static final double BUSY_SHARE = 0.3;

    /** Seconds of each phase and the watched thread's running and waiting seconds in it. */
    record Phases(double busySeconds, double busyRunning, double busyWaiting,
                  double restSeconds, double restRunning, double restWaiting) {

        static final Phases NONE = new Phases(0, 0, 0, 0, 0, 0);

        Phases plus(Phases o) {
            return new Phases(busySeconds + o.busySeconds, busyRunning + o.busyRunning, busyWaiting + o.busyWaiting,
                    restSeconds + o.restSeconds, restRunning + o.restRunning, restWaiting + o.restWaiting);
        }

        /** Adds one interval of {@code seconds}, in which the watched thread ran and waited as given. */
        Phases plus(boolean busy, double seconds, double running, double waiting) {
            return plus(busy ? new Phases(seconds, running, waiting, 0, 0, 0) : new Phases(0, 0, 0, seconds, running, waiting));
        }
    }

    private final Supplier<long[]> busyReader;
    private final Supplier<long[]> watchedReader;
    private final LongSupplier clock;
    private long[] busy;
    private long[] watched;
    private long sampled;
    private Phases phases = Phases.NONE;
    private final Ticker ticker;

    /**
     * @param busyComm    OS name of the threads whose busy spells split the time (e.g. ingest's stream thread)
     * @param watchedComm OS name of the threads whose time is split (e.g. enrich's)
     */
    PhaseSampler(String busyComm, String watchedComm) {
        this(reader(threads(busyComm)), reader(threads(watchedComm)), System::nanoTime, true);
    }

    /**
     * Samples the given readings (running and waiting nanoseconds, summed over a group of threads) against the
     * clock; every {@link #PERIOD_MILLIS} when {@code tick}, otherwise only when {@link #sample()} is called.
     */
    PhaseSampler(Supplier<long[]> busyReader, Supplier<long[]> watchedReader, LongSupplier clock, boolean tick) {
        this.busyReader = busyReader;
        this.watchedReader = watchedReader;
        this.clock = clock;
        this.busy = busyReader.get();
        this.watched = watchedReader.get();
        this.sampled = clock.getAsLong();
        this.ticker = tick ? new Ticker("bench-phases", PERIOD_MILLIS, this::sample) : null;
    }

    /** Closes one interval: busy when the busy threads ran for more than {@link #BUSY_SHARE} of it. */
    synchronized void sample() {
        long[] busyNow = busyReader.get();
        long[] watchedNow = watchedReader.get();
        long now = clock.getAsLong();
        double seconds = (now - sampled) / 1e9;
        boolean isBusy = (busyNow[0] - busy[0]) / 1e9 > BUSY_SHARE * seconds;
        phases = phases.plus(isBusy, seconds, (watchedNow[0] - watched[0]) / 1e9, (watchedNow[1] - watched[1]) / 1e9);
        busy = busyNow;
        watched = watchedNow;
        sampled = now;
    }

    /** Stops sampling. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.close();
        }
    }

    /** The phases sampled so far. */
    synchronized Phases phases() {
        return phases;
    }

    /**
     * Running and waiting nanoseconds, summed over the threads. A thread that has ended keeps the last figures read
     * from it, so an interval in which it ends counts what it ran before and nothing is ever subtracted.
     */
    static Supplier<long[]> reader(List<Path> schedstats) {
        long[][] last = new long[schedstats.size()][2];
        return () -> {
            long[] sum = new long[2];
            for (int i = 0; i < schedstats.size(); i++) {
                try {
                    String[] fields = Files.readString(schedstats.get(i)).strip().split(" ");
                    last[i][0] = Long.parseLong(fields[0]);
                    last[i][1] = Long.parseLong(fields[1]);
                } catch (IOException | RuntimeException e) {
                    // ended: its last figures stand
                }
                sum[0] += last[i][0];
                sum[1] += last[i][1];
            }
            return sum;
        };
    }

    private static List<Path> threads(String comm) {
        return OsThreads.list().stream().filter(t -> t.comm().equals(comm)).map(t -> t.dir().resolve("schedstat"))
                .toList();
    }
}
