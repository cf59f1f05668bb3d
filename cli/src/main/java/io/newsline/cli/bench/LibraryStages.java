package io.newsline.cli.bench;

import io.newsline.enrich.app.EnrichedArticles;
import io.newsline.ingest.app.ArticleCleaner;
import io.newsline.ingest.raw.RawPageDecoder;
import io.newsline.publish.story.StoryAssigner;
import io.newsline.runtime.dlq.Outcome;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.RawPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Each stage's library without Kafka: one after the other on one thread ({@link #libraryRun}), and as a pipeline
 * of one thread per stage ({@link #libraryPipeline}). Stateless; each run builds its own state.
 */
final class LibraryStages {

    /** The libraries' pipeline's enrich thread. */
    static final String ENRICH_THREAD = "bench-library-enrich";

    private LibraryStages() {}

    static Library libraryRun(List<byte[]> pages, ArticleCleaner cleaner, EnrichedArticles enricher, StoryAssigner assigner) {
        Instant now = Instant.now();
        List<CleanArticle> cleaned = new ArrayList<>();
        long[] cpu = new long[4];
        cpu[0] = Measures.threadCpuNanos();
        long t0 = System.nanoTime();
        for (byte[] page : pages) {
            CleanArticle article = clean(page, cleaner, now);
            if (article != null) {
                cleaned.add(article);
            }
        }
        long t1 = System.nanoTime();
        cpu[1] = Measures.threadCpuNanos();
        List<EnrichedArticle> enriched = new ArrayList<>();
        for (CleanArticle a : cleaned) {
            enriched.add(enricher.enrich(a));
        }
        long t2 = System.nanoTime();
        cpu[2] = Measures.threadCpuNanos();
        PublishStage publish = new PublishStage(assigner, now);
        enriched.forEach(publish::accept);
        long t3 = System.nanoTime();
        cpu[3] = Measures.threadCpuNanos();
        return new Library(new double[] {pages.size() / ((t1 - t0) / 1e9), cleaned.size() / ((t2 - t1) / 1e9),
                enriched.size() / ((t3 - t2) / 1e9)},
                new double[] {(cpu[1] - cpu[0]) / 1e6 / pages.size(), (cpu[2] - cpu[1]) / 1e6 / pages.size(),
                        (cpu[3] - cpu[2]) / 1e6 / pages.size()},
                publish.storyCount(), publish.largestStory());
    }

    /**
     * The three libraries as a pipeline without Kafka: one thread per stage, as the apps run them, handing records
     * over through in-memory queues. Its pages/s by the wall clock is what the apps would reach if Kafka, Streams and
     * serialisation cost nothing: the stages compete for the same cores, the collector and the JIT as the apps do.
     */
    static LibraryPipeline libraryPipeline(List<byte[]> pages, ArticleCleaner cleaner, EnrichedArticles enricher,
                                  StoryAssigner assigner) throws InterruptedException {
        Instant now = Instant.now();
        Object end = new Object();
        java.util.concurrent.BlockingQueue<Object> cleaned = new java.util.concurrent.ArrayBlockingQueue<>(1000);
        java.util.concurrent.BlockingQueue<Object> enriched = new java.util.concurrent.ArrayBlockingQueue<>(1000);
        PublishStage publish = new PublishStage(assigner, now);
        long[] done = new long[pages.size()];
        int[] published = new int[1];
        long[] enrichCpu = new long[1];
        Thread ingest = stageThread("bench-library-ingest", () -> {
            for (byte[] page : pages) {
                CleanArticle article = clean(page, cleaner, now);
                if (article != null) {
                    cleaned.put(article);
                }
            }
            cleaned.put(end);
        });
        Thread enrich = stageThread(ENRICH_THREAD, () -> {
            long cpu0 = Measures.threadCpuNanos();
            for (Object a = cleaned.take(); a != end; a = cleaned.take()) {
                enriched.put(enricher.enrich((CleanArticle) a));
            }
            enrichCpu[0] = Measures.threadCpuNanos() - cpu0;
            enriched.put(end);
        });
        Thread assign = stageThread("bench-library-publish", () -> {
            for (Object e = enriched.take(); e != end; e = enriched.take()) {
                publish.accept((EnrichedArticle) e);
                done[published[0]++] = System.nanoTime();
            }
        });
        ingest.start();
        enrich.start();
        assign.start();
        ingest.join();
        enrich.join();
        assign.join();
        return new LibraryPipeline(java.util.Arrays.copyOf(done, published[0]), enrichCpu[0] / 1e6 / published[0]);
    }

    /** A stage's loop, which may be interrupted while it waits on a queue. */
    private interface StageLoop {
        void run() throws InterruptedException;
    }

    private static Thread stageThread(String name, StageLoop loop) {
        return new Thread(() -> {
            try {
                loop.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
    }

    /** The clean article ingest makes of a raw page, or null when ingest would dead-letter it. */
    static CleanArticle clean(byte[] page, ArticleCleaner cleaner, Instant now) {
        return RawPageDecoder.decode(page) instanceof Outcome.Ok<RawPage> raw
                && cleaner.clean(raw.value(), now) instanceof Outcome.Ok<CleanArticle> ok ? ok.value() : null;
    }

    /** When each page left the libraries' pipeline (System.nanoTime()), and its enrich thread's CPU per page. */
    record LibraryPipeline(long[] completions, double enrichCpuMsPerPage) {}

    /**
     * Pages per second between the completion of the first and the ninth tenth of the pages: the rate once a
     * pipeline is full, without the seconds it takes to fill (each stage waits for the one before to commit) and to
     * drain, which a long-running deployment pays once.
     */
    static double steadyRate(long[] completions) {
        long[] t = completions.clone();
        java.util.Arrays.sort(t);
        int from = t.length / 10;
        int to = t.length * 9 / 10;
        return to <= from || t[to] == t[from] ? Double.NaN : (to - from) / ((t[to] - t[from]) / 1e9);
    }
}
