package io.newsline.ingest.extract.body;

import io.newsline.ingest.extract.Block;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Learns selectors between the two answers of {@link MainTextExtractor} (the rules' with the block model's
 * fallback, and Readability's, {@link ReadabilityAnswer}) on development sets in the Scrapinghub layout, and
 * measures them on pages they were not trained on. Per page: both answers, the {@link AnswerFeatures} of the pair,
 * and each answer's F1 against the gold (the scorer's word 4-gram multisets). Only pages whose first answer is
 * doubtful, under {@code -Dnewsline.selector.gate} characters (default 200, the extractor's own bound), can change.
 *
 * <p>Three selectors. "longer", the extractor's: the second answer when it holds more text (nothing learned).
 * "selector": a single stump on the length ratio of the two answers, the ratio chosen to maximise the mean, over the
 * training sets (each set weighing the same), of the per-page F1 gained. "boosted": stumps boosted over every
 * feature, label "the second has the higher F1", weight the difference of the two F1, so a page where the answers
 * tie teaches nothing. Neither learned selector held on sets it was not trained on (docs/QUALITY.md), so neither
 * ships; this command reruns that comparison.
 *
 * <pre>
 *   loso OUT_DIR SET_DIR...      per set: train on the other sets, write scorer input for the set's pages:
 *                                SET.longer.jsonl, SET.selector.jsonl, SET.boosted.jsonl (the three selectors),
 *                                SET.first.jsonl (the first answer alone), SET.second.jsonl (Readability's alone),
 *                                SET.oracle.jsonl (per page the better of the two, with hindsight)
 *   bysite OUT_DIR SET_DIR...    per set whose pages name their site: five folds by site, trained on the other
 *                                sets and folds, OUT_DIR/SET.bysite.jsonl
 *   dump OUT_TSV SET_DIR...      every page's features and both answers' F1, for inspection
 * </pre>
 */
public final class AnswerSelectorTrainingMain {

    private static final int ROUNDS = 40;
    private static final double LEARNING_RATE = 0.1;
    private static final int SITE_FOLDS = 5;
    private static final int GATE = Integer.getInteger("newsline.selector.gate", 200);

    /** One page: both answers, their features and their F1 against the gold. */
    record PagePair(String set, String id, String site, boolean doubtful, String first, String second,
            float[] features, double firstF1, double secondF1) {}

    private AnswerSelectorTrainingMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: AnswerSelectorTrainingMain loso|bysite|dump OUT SET_DIR...");
            System.exit(2);
        }
        List<String> sets = new ArrayList<>();
        List<PagePair> pages = BlockModelTrainingMain.loadSets(args, sets, AnswerSelectorTrainingMain::load);
        Path out = Path.of(args[1]);
        switch (args[0]) {
            case "dump" -> dump(out, pages);
            case "loso" -> {
                Files.createDirectories(out);
                for (String held : sets) {
                    List<PagePair> test = pages.stream().filter(p -> p.set().equals(held)).toList();
                    List<PagePair> rest = pages.stream().filter(p -> !p.set().equals(held)).toList();
                    BlockModel model = trainRatio(rest);
                    BlockModel boosted = trainBoosted(rest);
                    write(out.resolve(held + ".longer.jsonl"), test, p -> p.doubtful()
                            && p.features()[LOG_CHARS_RATIO] > 0);
                    write(out.resolve(held + ".selector.jsonl"), test, p -> choosesSecond(p, model));
                    write(out.resolve(held + ".boosted.jsonl"), test, p -> choosesSecond(p, boosted));
                    write(out.resolve(held + ".first.jsonl"), test, p -> false);
                    write(out.resolve(held + ".second.jsonl"), test, p -> true);
                    write(out.resolve(held + ".oracle.jsonl"), test, p -> p.secondF1() > p.firstF1());
                    long changed = test.stream().filter(p -> choosesSecond(p, model)).count();
                    System.err.printf(Locale.ROOT, "%s: %d pages, %d doubtful, length ratio above %s, %d take the "
                            + "second answer (%d with the boosted stumps)%n", held, test.size(),
                            test.stream().filter(PagePair::doubtful).count(), ratioSplit(model), changed,
                            test.stream().filter(p -> choosesSecond(p, boosted)).count());
                    System.err.println("  boosted stumps' top features:");
                    printTopFeatures(boosted);
                }
            }
            case "bysite" -> {
                Files.createDirectories(out);
                for (String held : sets) {
                    List<PagePair> test = pages.stream().filter(p -> p.set().equals(held)).toList();
                    if (test.stream().allMatch(p -> p.site().equals(p.id()))) {
                        System.err.println(held + ": no site is known for its pages, no by-site folds");
                        continue;
                    }
                    Map<Integer, BlockModel> byFold = new HashMap<>();
                    for (int fold = 0; fold < SITE_FOLDS; fold++) {
                        final int f = fold;
                        byFold.put(fold, trainRatio(pages.stream().filter(p -> !p.set().equals(held)
                                || BlockModelTrainingMain.foldOf(p.site()) != f).toList()));
                    }
                    write(out.resolve(held + ".bysite.jsonl"), test,
                            p -> choosesSecond(p, byFold.get(BlockModelTrainingMain.foldOf(p.site()))));
                }
            }
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    private static boolean choosesSecond(PagePair page, BlockModel model) {
        return page.doubtful() && !page.second().isEmpty() && model.probability(page.features()) >= model.threshold();
    }

    /** Candidate splits of the log length ratio: the second answer 1.0, 1.1, 1.2 ... 7.4 times the first. */
    private static final int RATIO_STEPS = 21;
    private static final double RATIO_STEP = 0.1;
    private static final int LOG_CHARS_RATIO = AnswerFeatures.NAMES.indexOf("log_chars_ratio");

    /**
     * The single stump on the log length ratio whose split gains the most F1 per page, averaged per set first so
     * every set weighs the same; on a tie the higher ratio (fewer pages change).
     */
    static BlockModel trainRatio(List<PagePair> pages) {
        Map<String, List<PagePair>> bySet = pages.stream().collect(Collectors.groupingBy(PagePair::set));
        double bestGain = 0;
        float bestSplit = Float.MAX_VALUE;
        for (int step = RATIO_STEPS - 1; step >= 0; step--) {
            float split = (float) (step * RATIO_STEP);
            double gain = 0;
            for (List<PagePair> set : bySet.values()) {
                double sum = 0;
                for (PagePair p : set) {
                    if (p.doubtful() && !p.second().isEmpty() && p.features()[LOG_CHARS_RATIO] >= split) {
                        sum += p.secondF1() - p.firstF1();
                    }
                }
                gain += sum / set.size() / bySet.size();
            }
            if (gain > bestGain + 1e-9) {
                bestGain = gain;
                bestSplit = split;
            }
        }
        return new BlockModel(AnswerFeatures.NAMES, 0, 0.5, new int[] {LOG_CHARS_RATIO}, new float[] {bestSplit},
                new double[] {-10}, new double[] {10});
    }

    private static String ratioSplit(BlockModel model) {
        return model.splitOf(0) == Float.MAX_VALUE ? "none (never the second)"
                : String.format(Locale.ROOT, "e^%.1f", model.splitOf(0));
    }

    static BlockModel trainBoosted(List<PagePair> pages) {
        List<PagePair> doubtful = pages.stream().filter(PagePair::doubtful).toList();
        float[][] x = new float[doubtful.size()][];
        boolean[] label = new boolean[x.length];
        double[] weight = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            PagePair p = doubtful.get(i);
            x[i] = p.features();
            label[i] = p.secondF1() > p.firstF1();
            weight[i] = Math.abs(p.secondF1() - p.firstF1());
        }
        return new StumpBooster(ROUNDS, LEARNING_RATE).train(x, label, weight, AnswerFeatures.NAMES);
    }

    private static void printTopFeatures(BlockModel model) {
        Map<String, Double> swing = new HashMap<>();
        for (int s = 0; s < model.stumps(); s++) {
            swing.merge(AnswerFeatures.NAMES.get(model.feature(s)), model.swing(s), Double::sum);
        }
        swing.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(10)
                .forEach(e -> System.err.printf(Locale.ROOT, "  %-26s %.2f%n", e.getKey(), e.getValue()));
    }

    private static void write(Path file, List<PagePair> pages, Predicate<PagePair> second) throws IOException {
        List<String> lines = new ArrayList<>();
        for (PagePair p : pages) {
            lines.add("{\"source\":" + MainTextEvaluationMain.quote(p.id() + ".html") + ",\"text\":"
                    + MainTextEvaluationMain.quote(second.test(p) ? p.second() : p.first()) + "}");
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static void dump(Path file, List<PagePair> pages) throws IOException {
        try (PrintStream tsv = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            tsv.println("set\tid\tsite\tdoubtful\tfirst_f1\tsecond_f1\t" + String.join("\t", AnswerFeatures.NAMES));
            for (PagePair p : pages) {
                StringBuilder sb = new StringBuilder();
                sb.append(p.set()).append('\t').append(p.id()).append('\t').append(p.site()).append('\t')
                        .append(p.doubtful() ? 1 : 0).append('\t')
                        .append(String.format(Locale.ROOT, "%.4f\t%.4f", p.firstF1(), p.secondF1()));
                for (float v : p.features()) {
                    sb.append('\t').append(v);
                }
                tsv.println(sb);
            }
        }
    }

    private static List<PagePair> load(Path dir) throws IOException {
        BlockModel blockModel = BlockModel.shipped();
        MainTextExtractor extractor = new MainTextExtractor(MainTextSettings.defaults(), blockModel, null);
        BlockFilter filter = new BlockFilter(MainTextSettings.defaults());
        ReadabilityAnswer readability = new ReadabilityAnswer();
        List<PagePair> out = new ArrayList<>();
        BlockModelTrainingMain.forEachPage(dir, page -> {
            MainTextExtractor.PageAnalysis analysis = extractor.analyse(page.document(), false);
            List<Block> first = extractor.answer(analysis, blockModel);
            List<BlockCollector.RawBlock> secondRaw = readability.collect(page.document());
            List<Block> second = filter.filter(secondRaw, analysis.headlines());
            // where the block model replaced a short answer its blocks' link counts are not kept: the rules' stand in
            float[] features = AnswerFeatures.compute(new AnswerFeatures.Answer(analysis.rulesRaw(), first),
                    new AnswerFeatures.Answer(secondRaw, second), page.document().body() == null ? ""
                            : page.document().body().text());
            String firstText = text(first);
            String secondText = text(second);
            out.add(new PagePair(page.set(), page.id(), page.site(), AnswerFeatures.chars(first) < GATE, firstText,
                    secondText, features, pageF1(page.gold(), firstText), pageF1(page.gold(), secondText)));
        });
        return out;
    }

    private static String text(List<Block> blocks) {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }

    /** The scorer's per-page F1: word 4-gram multisets of the gold and the prediction; both empty is 1. */
    static double pageF1(String gold, String predicted) {
        Map<String, Integer> goldCounts = counts(BlockModelTrainingMain.shingles(gold));
        Map<String, Integer> predictedCounts = counts(BlockModelTrainingMain.shingles(predicted));
        long tp = 0;
        long goldTotal = 0;
        long predictedTotal = 0;
        for (Map.Entry<String, Integer> e : goldCounts.entrySet()) {
            tp += Math.min(e.getValue(), predictedCounts.getOrDefault(e.getKey(), 0));
            goldTotal += e.getValue();
        }
        for (int n : predictedCounts.values()) {
            predictedTotal += n;
        }
        if (goldTotal == 0 && predictedTotal == 0) {
            return 1;
        }
        double precision = predictedTotal == 0 ? 0 : (double) tp / predictedTotal;
        double recall = goldTotal == 0 ? 0 : (double) tp / goldTotal;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> counts(List<String> shingles) {
        Map<String, Integer> out = new HashMap<>();
        for (String s : shingles) {
            out.merge(s, 1, Integer::sum);
        }
        return out;
    }
}
