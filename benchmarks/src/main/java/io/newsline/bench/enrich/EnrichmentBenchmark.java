package io.newsline.bench.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.enrich.ArticleEnricher;
import io.newsline.enrich.Enrichment;
import io.newsline.enrich.EnrichmentInput;
import io.newsline.enrich.EnrichmentStatus;
import io.newsline.enrich.link.EntityLinker;
import io.newsline.enrich.ner.CoreNlpNerEngine;
import io.newsline.enrich.ner.EntitySpan;
import io.newsline.enrich.ner.NerEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Enrichment speed per core on real news article texts ({@code bench-data/ner/news-ner-dev.jsonl}: 40 Scrapinghub
 * benchmark articles and the seed page), in tokens per second, all in one run:
 *
 * <ul>
 *   <li>{@code bareCrf}: the engine alone (CoreNLP tokenize, ssplit, CRF), the baseline;</li>
 *   <li>{@code wholeEnrichment}: {@link ArticleEnricher} with reuse off: NER on title and text (the same engine, as
 *       in production), results lines, organisation steps, consistency,
 *       merging, linking, salience, topics and keywords (simple stand-ins of the real classifier and extractor);</li>
 *   <li>{@code syndicatedCopy}: the same articles again under new ids with reuse on, as copies of wire stories
 *       arrive: no NER runs;</li>
 *   <li>{@code aroundTheCrf}: the whole enrichment with reuse off but the engine's spans looked up instead of
 *       computed: the cost of everything around the CRF (normalisation and hash, consistency, merging, linking,
 *       salience, topics, keywords). On a noisy shared machine the ratio of {@code wholeEnrichment} to
 *       {@code bareCrf} swings with the load; {@code bareCrf / (bareCrf + aroundTheCrf)} in time per token is the
 *       steadier estimate of the same ratio;</li>
 *   <li>{@code pairedBareThenWhole}: per article, the bare CRF and then the whole enrichment, timed back to back
 *       ({@code bareCrfNanos}, {@code wholeEnrichmentNanos}): their ratio is the direct comparison under equal
 *       load.</li>
 * </ul>
 *
 * One operation handles one article, the articles taken in turn; the {@code tokens} counter (word and punctuation
 * runs of title and text, about what the tokenizer makes) gives tokens/s. Run: {@code benchmarks/run.sh EnrichmentBenchmark -f 1 -wi 2 -i 3}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 6, time = 5)
@State(Scope.Benchmark)
public class EnrichmentBenchmark {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\p{L}\\p{N}\\s]");

    @Param({"bench-data/ner/news-ner-dev.jsonl"})
    public String articles;

    @Param({CoreNlpNerEngine.ALL_3CLASS})
    public String model;

    private CoreNlpNerEngine engine;
    private ArticleEnricher withoutReuse;
    private ArticleEnricher withReuse;
    private ArticleEnricher withPrecomputedSpans;
    private final List<EnrichmentInput> inputs = new ArrayList<>();
    private final List<EnrichmentInput> copies = new ArrayList<>();
    private long[] tokenCounts;

    /**
     * Walks the articles round-robin, one per operation, and counts the tokens processed: JMH reports them as a rate
     * (tokens/s) next to the operation rate (articles/s).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Tokens {
        public long tokens;
        int next;

        @Setup(Level.Iteration)
        public void reset() {
            tokens = 0;
        }

        int take(EnrichmentBenchmark benchmark) {
            int article = next;
            next = (next + 1) % benchmark.inputs.size();
            tokens += benchmark.tokenCounts[article];
            return article;
        }
    }

    @Setup
    public void setUp() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of(articles), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode article = json.readTree(line);
            String id = article.get("id").asText();
            String title = article.path("title").asText("");
            String text = article.get("text").asText();
            inputs.add(new EnrichmentInput(id, title, text, "en", false));
            copies.add(new EnrichmentInput(id + "-copy", title, text, "en", false));
        }
        tokenCounts = inputs.stream().mapToLong(i -> countTokens(i.title()) + countTokens(i.text())).toArray();
        engine = new CoreNlpNerEngine(model);
        EntityLinker linker = EntityLinker.standard();
        withoutReuse = new ArticleEnricher(
                engine, linker, StandInTopicsAndKeywords.TOPICS, StandInTopicsAndKeywords.KEYWORDS, 0);
        withReuse = new ArticleEnricher(
                engine, linker, StandInTopicsAndKeywords.TOPICS, StandInTopicsAndKeywords.KEYWORDS, 10_000);
        Map<String, List<EntitySpan>> spansByText = new HashMap<>();
        for (EnrichmentInput input : inputs) {
            spansByText.put(input.title(), engine.recognize(input.title()));
            spansByText.put(input.text(), engine.recognize(input.text()));
            withReuse.enrich(input);
        }
        NerEngine precomputed = new NerEngine() {
            @Override
            public List<EntitySpan> recognize(String text) {
                return spansByText.get(text);
            }

            @Override
            public boolean supports(String language) {
                return engine.supports(language);
            }

            @Override
            public String id() {
                return engine.id();
            }
        };
        withPrecomputedSpans = new ArticleEnricher(
                precomputed, linker, StandInTopicsAndKeywords.TOPICS, StandInTopicsAndKeywords.KEYWORDS, 0);
        for (EnrichmentInput copy : copies) {
            if (withReuse.enrich(copy).status() != EnrichmentStatus.REUSED) {
                throw new IllegalStateException("copy of " + copy.articleId() + " was not reused");
            }
        }
    }

    private static long countTokens(String text) {
        long count = 0;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            count++;
        }
        return count;
    }

    @Benchmark
    public void bareCrf(Tokens tokens, Blackhole sink) {
        EnrichmentInput input = inputs.get(tokens.take(this));
        sink.consume(engine.recognize(input.title()));
        sink.consume(engine.recognize(input.text()));
    }

    @Benchmark
    public Enrichment wholeEnrichment(Tokens tokens) {
        return withoutReuse.enrich(inputs.get(tokens.take(this)));
    }

    /**
     * Times the bare CRF and the whole enrichment of each article back to back, so both see the same machine load;
     * the ratio of the two event counters is the enrichment's share of the CRF's speed.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class PairedNanos {
        public long bareCrfNanos;
        public long wholeEnrichmentNanos;

        @Setup(Level.Iteration)
        public void reset() {
            bareCrfNanos = 0;
            wholeEnrichmentNanos = 0;
        }
    }

    @Benchmark
    public void pairedBareThenWhole(Tokens tokens, PairedNanos nanos, Blackhole sink) {
        EnrichmentInput input = inputs.get(tokens.take(this));
        long start = System.nanoTime();
        sink.consume(engine.recognize(input.title()));
        sink.consume(engine.recognize(input.text()));
        long middle = System.nanoTime();
        sink.consume(withoutReuse.enrich(input));
        long end = System.nanoTime();
        nanos.bareCrfNanos += middle - start;
        nanos.wholeEnrichmentNanos += end - middle;
    }

    @Benchmark
    public Enrichment aroundTheCrf(Tokens tokens) {
        return withPrecomputedSpans.enrich(inputs.get(tokens.take(this)));
    }

    @Benchmark
    public Enrichment syndicatedCopy(Tokens tokens) {
        return withReuse.enrich(copies.get(tokens.take(this)));
    }
}
