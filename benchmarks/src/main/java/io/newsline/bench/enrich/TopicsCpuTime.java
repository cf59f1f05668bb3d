package io.newsline.bench.enrich;

import io.newsline.enrich.keywords.KeywordRanker;
import io.newsline.enrich.ner.CoreNlpNerEngine;
import io.newsline.enrich.topics.IptcTopicClassifier;
import io.newsline.enrich.topics.TopicInput;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Locale.Category;
import java.util.function.Consumer;

/**
 * Companion to {@link TopicsBenchmark} for a busy machine: tokens per CPU-second of this thread (tokens/s per
 * core) for topics, keywords, both, the tokenisation baseline and the bare CRF NER (CoreNLP tokenize, ssplit,
 * CRF: the enrichment's costly step), over the same article texts. CPU time
 * is not inflated by waiting for a core the way wall-clock time is when the machine is shared, though
 * cache sharing still slows it. Each measurement repeats the corpus until 1.5 CPU-seconds have run, after
 * a warm-up round of the same length, and the best of three rounds is reported.
 *
 * <p>Run: {@code java -cp <benchmarks classpath> io.newsline.bench.enrich.TopicsCpuTime}
 */
public final class TopicsCpuTime {

    private TopicsCpuTime() {}

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Category.FORMAT, Locale.ROOT);
        IptcTopicClassifier classifier = IptcTopicClassifier.loadDefault();
        KeywordRanker keywords = KeywordRanker.loadDefault();
        List<String> texts = TopicsBenchmark.articleTexts();
        long tokens = 0;
        for (String t : texts) {
            tokens += t.strip().split("\\s+").length;
        }
        long[] sink = new long[1];
        double base = measure("tokeniseBaseline", texts, tokens, t -> {
            for (String w : t.split("\\s+")) {
                sink[0] += w.toLowerCase(Locale.ROOT).hashCode();
            }
        });
        double topics = measure("topics", texts, tokens,
                t -> sink[0] += classifier.classify(new TopicInput("", t, "en", List.of())).size());
        double kw = measure("keywords", texts, tokens, t -> sink[0] += keywords.extract("", t, "en", 8).size());
        double both = measure("topicsAndKeywords", texts, tokens, t -> {
            sink[0] += classifier.classify(new TopicInput("", t, "en", List.of())).size();
            sink[0] += keywords.extract("", t, "en", 8).size();
        });
        // the named-entity CRF on the same texts in the same run, the step topics must stay cheap next to
        CoreNlpNerEngine ner = CoreNlpNerEngine.english();
        double crf = measure("bareCrfNer", texts, tokens, t -> sink[0] += ner.recognize(t).size());
        System.out.printf("%ntopics+keywords cost per token relative to the baseline: %.1fx (checksum %d)%n",
                base / both, sink[0] & 1);
        System.out.printf("(topics %.0f, keywords %.0f, both %.0f tokens per CPU-second)%n", topics, kw, both);
        System.out.printf("topics take %.3f of the CRF NER's time per token (topics %.0fx as fast);"
                + " topics and keywords %.3f%n", crf / topics, topics / crf, crf / both);
    }

    private static double measure(String name, List<String> texts, long corpusTokens, Consumer<String> work) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        double best = 0;
        for (int round = 0; round < 4; round++) {
            long start = bean.getCurrentThreadCpuTime();
            long tokens = 0;
            while (bean.getCurrentThreadCpuTime() - start < 1_500_000_000L) {
                for (String t : texts) {
                    work.accept(t);
                }
                tokens += corpusTokens;
            }
            double perSecond = tokens / ((bean.getCurrentThreadCpuTime() - start) / 1e9);
            if (round > 0) { // round 0 warms up
                best = Math.max(best, perSecond);
            }
        }
        System.out.printf("%-18s %,12.0f tokens per CPU-second (best of 3 after warm-up)%n", name, best);
        return best;
    }
}
