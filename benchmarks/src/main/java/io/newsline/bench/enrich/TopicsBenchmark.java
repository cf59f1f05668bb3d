package io.newsline.bench.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.enrich.keywords.Keyword;
import io.newsline.enrich.keywords.KeywordRanker;
import io.newsline.enrich.topics.IptcTopicClassifier;
import io.newsline.enrich.topics.TopicInput;
import io.newsline.enrich.topics.TopicScore;
import io.newsline.schemas.reference.DataFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Speed of IPTC topic classification and keyword ranking on real article texts, in tokens per second
 * on one thread (the {@code tokens} counter), beside a plain tokenisation pass over the same texts as the
 * baseline measured in the same run.
 *
 * <p>Run: {@code benchmarks/run.sh TopicsBenchmark -f 1 -wi 2 -i 3}. Each operation handles one article;
 * tokens are whitespace-separated words, the unit the enrichment's speed target is stated in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Threads(1)
public class TopicsBenchmark {

    private IptcTopicClassifier classifier;
    private KeywordRanker keywords;
    private List<String> texts;
    private int[] tokenCounts;

    /** Counts the tokens processed, so JMH reports tokens per second next to articles per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Tokens {
        public long tokens;
        int next;

        @Setup(Level.Iteration)
        public void reset() {
            tokens = 0;
        }
    }

    @Setup
    public void load() throws IOException {
        classifier = IptcTopicClassifier.loadDefault();
        keywords = KeywordRanker.loadDefault();
        texts = articleTexts();
        tokenCounts = texts.stream().mapToInt(t -> t.isBlank() ? 0 : t.strip().split("\\s+").length).toArray();
    }

    /** The article bodies of {@code topics-articles.jsonl}, in the file's order. */
    static List<String> articleTexts() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : DataFiles.lines(TopicsBenchmark.class, "topics-articles.jsonl")) {
            texts.add(json.readTree(line).get("text").asText());
        }
        return texts;
    }

    private int nextArticle(Tokens counter) {
        int i = counter.next;
        counter.next = (i + 1) % texts.size();
        counter.tokens += tokenCounts[i];
        return i;
    }

    @Benchmark
    public List<TopicScore> topics(Tokens counter) {
        return classifier.classify(new TopicInput("", texts.get(nextArticle(counter)), "en", List.of()));
    }

    @Benchmark
    public List<Keyword> keywords(Tokens counter) {
        return keywords.extract("", texts.get(nextArticle(counter)), "en", 8);
    }

    @Benchmark
    public void topicsAndKeywords(Tokens counter, Blackhole bh) {
        String text = texts.get(nextArticle(counter));
        bh.consume(classifier.classify(new TopicInput("", text, "en", List.of())));
        bh.consume(keywords.extract("", text, "en", 8));
    }

    /** Baseline: split the text into lower-cased words and hash them, the least any text feature costs. */
    @Benchmark
    public int tokeniseBaseline(Tokens counter) {
        String text = texts.get(nextArticle(counter));
        int h = 0;
        for (String w : text.split("\\s+")) {
            h += w.toLowerCase(java.util.Locale.ROOT).hashCode();
        }
        return h;
    }
}
