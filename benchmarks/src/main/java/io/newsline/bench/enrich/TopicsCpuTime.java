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
 * a warm-up round of the same length, and the best of three rounds is reported. {@code topicsLeads} classifies the
 * first two sentences of each article instead, the short text where the section model of short English text runs
 * (the articles are long enough for it to be faded out), and its time per lead is printed too; {@code
 * topicsOtherLanguage} classifies the articles as Spanish, the path of every language but English.
 *
 * <p>Run: {@code java -cp <benchmarks classpath> io.newsline.bench.enrich.TopicsCpuTime [--topics-only]}; with
 * {@code --topics-only} only the baseline, topics and topicsLeads are measured (comparing topic models: a folder
 * holding other {@code io/newsline/enrich/topics/*.bin} files first on the class path replaces the bundled ones).
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
        List<String> leads = texts.stream().map(TopicsCpuTime::lead).toList();
        long leadTokens = 0;
        for (String t : leads) {
            leadTokens += t.strip().split("\\s+").length;
        }
        double leadSpeed = measure("topicsLeads", leads, leadTokens,
                t -> sink[0] += classifier.classify(new TopicInput("", t, "en", List.of())).size());
        System.out.printf("  (%.1f us per lead of %.0f tokens; %.0f us per article of %.0f tokens)%n",
                1e6 * leadTokens / leadSpeed / leads.size(), (double) leadTokens / leads.size(),
                1e6 * tokens / topics / texts.size(), (double) tokens / texts.size());
        // the path of text in another language the model reads (Spanish here: no naive Bayes, no section model, and
        // the letter sequences inside long words when the model reads them), on the same texts
        measure("topicsOtherLanguage", texts, tokens,
                t -> sink[0] += classifier.classify(new TopicInput("", t, "es", List.of())).size());
        if (List.of(args).contains("--topics-only")) {
            System.out.printf("(checksum %d)%n", sink[0] & 1);
            return;
        }
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

    /** The first two sentences of a text (a sentence ends with '.', '!' or '?' before a space). */
    static String lead(String text) {
        int end = 0;
        for (int sentences = 0; sentences < 2; sentences++) {
            int next = -1;
            for (int k = end; k + 1 < text.length() && next < 0; k++) {
                char c = text.charAt(k);
                if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(k + 1))) {
                    next = k + 1;
                }
            }
            if (next < 0) {
                return text.strip();
            }
            end = next;
        }
        return text.substring(0, end).strip();
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
