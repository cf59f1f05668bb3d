package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code newsline bench} end to end at a toy size on the bundled samples: every part of the report is printed, every
 * round's decisions arrive, and the latency run accounts for each page it offered. The figures themselves are
 * measurements (docs/BENCHMARKS.md), not asserted here.
 */
class BenchIT {

    @Test
    void aSmallRunReportsEveryPartAndSeesEveryDecision() {
        CommandOutput bench = CommandOutput.run("bench", "--pages", "26", "--rounds", "2", "--warmup-pages", "13",
                "--latency-pages", "10", "--rate", "20");
        assertThat(bench.exitCode()).as(bench.err()).isZero();
        String out = bench.out();
        assertThat(out).contains("newsline bench: 11 source pages, 26 pages in 2 rounds, 33% copies, 13 warm-up pages")
                .containsPattern("raw Kafka baseline: [0-9.]+ pages/s")
                .containsPattern("round 1: enrich library alone [0-9.]+ pages/s")
                .containsPattern("round 2: enrich library alone [0-9.]+ pages/s")
                .contains("pipeline, exactly-once, 3 apps x 1 thread, pages waiting on the raw topic: 26 pages in")
                .containsPattern("median ratio [0-9]+% of the slowest stage alone \\(rounds [0-9]+ [0-9]+\\)")
                .contains("pipeline CPU per page:", "stream threads' wall time: ingest",
                        "enrich stream thread while ingest's is busy");
        // A round whose decisions did not all arrive would say so.
        assertThat(out).doesNotContain("(timed out)");
        Matcher latency = Pattern.compile("latency, page sent -> decision committed, "
                + "at 20.0 pages/s offered \\((\\d+) pages\\): p50 (\\d+) ms, p95 (\\d+) ms, p99 (\\d+) ms").matcher(out);
        assertThat(latency.find()).as(out).isTrue();
        assertThat(Integer.parseInt(latency.group(1))).isEqualTo(10);
        int p50 = Integer.parseInt(latency.group(2));
        assertThat(p50).isPositive().isLessThanOrEqualTo(Integer.parseInt(latency.group(4)));
    }
}
