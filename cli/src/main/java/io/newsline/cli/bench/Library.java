package io.newsline.cli.bench;

/**
 * Each stage's library on one thread, in the order {ingest, enrich, publish}: pages/s by the wall clock, and the
 * thread's CPU milliseconds per page, which a loaded machine does not inflate.
 */
record Library(double[] pagesPerSecond, double[] cpuMsPerPage, int stories, int largestStory) {
    double slowest() {
        return Math.min(pagesPerSecond[0], Math.min(pagesPerSecond[1], pagesPerSecond[2]));
    }

    /** Each stage's mean rate and CPU per page over two runs. */
    static Library mean(Library a, Library b) {
        double[] rate = new double[3];
        double[] cpu = new double[3];
        for (int i = 0; i < 3; i++) {
            rate[i] = (a.pagesPerSecond[i] + b.pagesPerSecond[i]) / 2;
            cpu[i] = (a.cpuMsPerPage[i] + b.cpuMsPerPage[i]) / 2;
        }
        return new Library(rate, cpu, a.stories + b.stories, Math.max(a.largestStory, b.largestStory));
    }
}
