/**
 * JMH benchmarks of the enrich library: whole-article enrichment against the bare CRF in the same run, the cost
 * around the CRF, and reuse for syndicated copies. Run with {@code benchmarks/run.sh EnrichmentBenchmark -f 1}.
 */
package io.newsline.bench.enrich;
