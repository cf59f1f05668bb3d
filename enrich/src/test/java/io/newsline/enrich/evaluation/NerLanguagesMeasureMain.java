package io.newsline.enrich.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.enrich.ner.CoreNlpNerEngine;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each language's NER model costs, all in one JVM: load time, heap retained after load (used heap after full
 * collections, before and after, each model kept loaded), and tokens per second of the lean pipeline (tokenize,
 * ssplit, one CRF: {@link CoreNlpNerEngine.load}) over a set of that language, in alternating rounds so that the
 * languages share the machine's state; English is the reference. Run by {@code scripts/measure-ner-languages.sh}.
 *
 * <p>Usage: {@code NerLanguagesMeasureMain ROUNDS SECONDS LANG=GOLD.jsonl...}: the texts of each gold file (tokens
 * joined by spaces, so a token is a space-separated word) tagged over and over for SECONDS per round.
 */
public final class NerLanguagesMeasureMain {

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        double seconds = Double.parseDouble(args[1]);
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            texts.put(pair[0], readTexts(Path.of(pair[1])));
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Map<String, CoreNlpNerEngine> engines = new LinkedHashMap<>();
        System.out.printf("| language | model | load s | heap retained MB |%n");
        for (String language : texts.keySet()) {
            long before = usedAfterGc(memory);
            long started = System.nanoTime();
            CoreNlpNerEngine engine = CoreNlpNerEngine.load(language).orElseThrow();
            double load = (System.nanoTime() - started) / 1e9;
            long after = usedAfterGc(memory);
            engines.put(language, engine);
            System.out.printf("| %s | %s | %.1f | %d |%n", language, engine.id(), load, (after - before) >> 20);
        }
        System.out.printf("total heap used after loading all: %d MB%n", usedAfterGc(memory) >> 20);
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        for (int round = 0; round <= rounds; round++) {
            for (var entry : engines.entrySet()) {
                double rate = tokensPerSecond(entry.getValue(), texts.get(entry.getKey()), seconds);
                if (round > 0) { // round 0 warms up
                    rates.computeIfAbsent(entry.getKey(), language -> new ArrayList<>()).add(rate);
                    System.out.printf("round %d %s %.0f tokens/s%n", round, entry.getKey(), rate);
                }
            }
        }
        double englishBest = best(rates.get("en"));
        double englishMedian = median(rates.get("en"));
        System.out.printf("| language | tokens/s (best of %d) | best to en's best | median to en's median |%n", rounds);
        rates.forEach((language, list) -> System.out.printf("| %s | %.0f | %.2f | %.2f |%n", language, best(list),
                best(list) / englishBest, median(list) / englishMedian));
    }

    private static double best(List<Double> rates) {
        return rates == null ? Double.NaN : rates.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static double median(List<Double> rates) {
        if (rates == null || rates.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double tokensPerSecond(CoreNlpNerEngine engine, List<String> texts, double seconds) {
        long tokens = 0;
        long started = System.nanoTime();
        long deadline = started + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            for (String text : texts) {
                engine.recognize(text);
                tokens += text.split("\\s+").length;
            }
        }
        return tokens / ((System.nanoTime() - started) / 1e9);
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static List<String> readTexts(Path gold) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).path("text").asText(""));
                }
            }
        }
        return texts;
    }
}
