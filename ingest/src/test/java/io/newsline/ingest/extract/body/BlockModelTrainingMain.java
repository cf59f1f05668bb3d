package io.newsline.ingest.extract.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.PageBudget;
import io.newsline.ingest.extract.charset.DecodeException;
import io.newsline.ingest.extract.charset.DecodedPage;
import io.newsline.ingest.extract.charset.PageDecoder;
import io.newsline.ingest.extract.html.HtmlParsing;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;

/**
 * Trains the block model of {@link MainTextExtractor} on development sets in the Scrapinghub layout
 * ({@code SET/html/} and {@code SET/ground-truth.json}), and measures it on pages it was not trained on.
 *
 * <p>Labels: a block is main text when at least half of its word 4-gram shingles (the scorer's units) occur in
 * the page's gold text; each block weighs its shingles over the page's gold shingles, so every page counts about
 * the same, as in the scorer's macro average. The keep threshold is the one that maximises that macro F1 on the
 * training pages.
 *
 * <pre>
 *   train MODEL_OUT SET_DIR...        train on every page of every set, write the model file
 *   loso OUT_DIR SET_DIR...           per set: train on the others, write scorer input for the set's pages:
 *                                     OUT_DIR/SET.model.jsonl (the extractor: rules, model when they find too
 *                                     little), SET.alone.jsonl (the model alone), SET.rules.jsonl (the rules alone)
 *   bysite OUT_DIR SET_DIR...         per set whose pages name their site (the gold's page address, or a
 *                                     file-name prefix before "_"): five folds by site; train on the other sets
 *                                     and the other folds, write OUT_DIR/SET.bysite.jsonl
 * </pre>
 */
public final class BlockModelTrainingMain {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;
    private static final int ROUNDS = 200;
    private static final double LEARNING_RATE = 0.15;
    private static final int SITE_FOLDS = 5;

    /** One page: its blocks' features, each block's shingle count and matched shingles, the gold's count. */
    record PageData(String set, String id, String site, MainTextExtractor.PageAnalysis analysis, int[] shingles,
            int[] matched, int goldShingles) {}

    private BlockModelTrainingMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: BlockModelTrainingMain train|loso|bysite OUT SET_DIR...");
            System.exit(2);
        }
        List<String> sets = new ArrayList<>();
        List<PageData> pages = loadSets(args, sets, BlockModelTrainingMain::load);
        Path out = Path.of(args[1]);
        switch (args[0]) {
            case "train" -> {
                BlockModel model = train(pages);
                Files.writeString(out, model.format(header(sets, pages.size())));
                System.err.println("wrote " + out + ": " + model.stumps() + " stumps, threshold " + model.threshold());
                printTopFeatures(model);
            }
            case "dump" -> {
                try (PrintStream tsv = new PrintStream(Files.newOutputStream(out), false, StandardCharsets.UTF_8)) {
                    for (PageData p : pages) {
                        Set<String> rules = new HashSet<>();
                        p.analysis().rules().forEach(b -> rules.add(b.text()));
                        for (int b = 0; b < p.analysis().blocks().size(); b++) {
                            BlockCollector.RawBlock block = p.analysis().blocks().get(b);
                            StringBuilder sb = new StringBuilder();
                            sb.append(p.set()).append('\t').append(p.id()).append('\t').append(p.site()).append('\t')
                                    .append(p.shingles()[b]).append('\t').append(p.matched()[b]).append('\t')
                                    .append(p.goldShingles());
                            for (float v : p.analysis().features()[b]) {
                                sb.append('\t').append(v);
                            }
                            sb.append('\t').append(block.kind()).append('\t').append(block.text().replace('\t', ' '));
                            tsv.println(sb);
                        }
                    }
                }
            }
            case "loso" -> {
                Files.createDirectories(out);
                for (String held : sets) {
                    List<PageData> train = pages.stream().filter(p -> !p.set().equals(held)).toList();
                    List<PageData> test = pages.stream().filter(p -> p.set().equals(held)).toList();
                    BlockModel model = train(train);
                    System.err.println(held + ": threshold " + model.threshold());
                    write(out.resolve(held + ".model.jsonl"), test, model, false);
                    write(out.resolve(held + ".alone.jsonl"), test, model, true);
                    write(out.resolve(held + ".rules.jsonl"), test, null, false);
                }
            }
            case "bysite" -> {
                Files.createDirectories(out);
                for (String held : sets) {
                    if (pages.stream().filter(p -> p.set().equals(held)).allMatch(p -> p.site().equals(p.id()))) {
                        System.err.println(held + ": no site is known for its pages, no by-site folds");
                        continue;
                    }
                    List<PageData> predicted = new ArrayList<>();
                    Map<String, BlockModel> byFold = new HashMap<>();
                    for (int fold = 0; fold < SITE_FOLDS; fold++) {
                        final int f = fold;
                        List<PageData> train = pages.stream()
                                .filter(p -> !p.set().equals(held) || foldOf(p) != f).toList();
                        byFold.put(held + f, train(train));
                    }
                    List<String> lines = new ArrayList<>();
                    for (PageData p : pages) {
                        if (p.set().equals(held)) {
                            lines.add(line(p, byFold.get(held + foldOf(p)), false));
                            predicted.add(p);
                        }
                    }
                    Files.write(out.resolve(held + ".bysite.jsonl"), lines, StandardCharsets.UTF_8);
                    System.err.println(held + ": " + predicted.size() + " pages by site");
                }
            }
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    private static String header(List<String> sets, int pages) {
        return "# Block model of MainTextExtractor: boosted stumps over BlockFeatures, " + ROUNDS + " rounds, rate "
                + LEARNING_RATE + ".\n# Trained by scripts/train-block-model.sh on " + pages + " pages of the sets "
                + String.join(", ", sets) + ";\n# labels from their gold text (docs/QUALITY.md). Weights only: no "
                + "page text is in this file.\n";
    }

    private static int foldOf(PageData page) {
        return foldOf(page.site());
    }

    /** The by-site fold of a site: one of {@value #SITE_FOLDS}. */
    static int foldOf(String site) {
        return Math.floorMod(site.hashCode(), SITE_FOLDS);
    }

    static BlockModel train(List<PageData> pages) {
        int n = 0;
        for (PageData p : pages) {
            n += p.analysis().blocks().size();
        }
        float[][] x = new float[n][];
        boolean[] label = new boolean[n];
        double[] weight = new double[n];
        int i = 0;
        for (PageData p : pages) {
            for (int b = 0; b < p.analysis().blocks().size(); b++, i++) {
                x[i] = p.analysis().features()[b];
                label[i] = p.shingles()[b] > 0 && 2 * p.matched()[b] >= p.shingles()[b];
                weight[i] = p.goldShingles() == 0 ? 0 : (double) p.shingles()[b] / Math.max(p.goldShingles(), 20);
            }
        }
        BlockModel model = new StumpBooster(ROUNDS, LEARNING_RATE).train(x, label, weight);
        double bestF1 = -1;
        double bestThreshold = 0.5;
        for (double t = 0.2; t <= 0.801; t += 0.05) {
            double f1 = macroF1(pages, model.withThreshold(t));
            if (f1 > bestF1) {
                bestF1 = f1;
                bestThreshold = t;
            }
        }
        return model.withThreshold(bestThreshold);
    }

    /** The scorer's macro F1 estimated from block counts (shingles across block edges are not counted). */
    private static double macroF1(List<PageData> pages, BlockModel model) {
        double precisionSum = 0;
        double recallSum = 0;
        int precisionPages = 0;
        int recallPages = 0;
        for (PageData p : pages) {
            double tp = 0;
            double fp = 0;
            for (int b = 0; b < p.analysis().blocks().size(); b++) {
                if (model.probability(p.analysis().features()[b]) >= model.threshold()) {
                    tp += p.matched()[b];
                    fp += p.shingles()[b] - p.matched()[b];
                }
            }
            double fn = Math.max(0, p.goldShingles() - tp);
            if (tp + fp > 0) {
                precisionSum += tp / (tp + fp);
                precisionPages++;
            }
            if (tp + fn > 0) {
                recallSum += tp / (tp + fn);
                recallPages++;
            }
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static void printTopFeatures(BlockModel model) {
        Map<String, Double> swing = new HashMap<>();
        for (int s = 0; s < model.stumps(); s++) {
            swing.merge(BlockFeatures.NAMES.get(model.feature(s)), model.swing(s), Double::sum);
        }
        swing.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.err.printf("  %-26s %.2f%n", e.getKey(), e.getValue()));
    }

    private static void write(Path file, List<PageData> pages, BlockModel model, boolean alone) throws IOException {
        List<String> lines = new ArrayList<>();
        for (PageData p : pages) {
            lines.add(line(p, model, alone));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static final MainTextExtractor RULES = new MainTextExtractor(MainTextSettings.defaults(), null, null);

    /** The page's text as the extractor gives it with this model, or as the model alone would give it. */
    private static String line(PageData p, BlockModel model, boolean alone) {
        List<Block> blocks = alone ? RULES.choose(p.analysis(), model) : RULES.answer(p.analysis(), model);
        String text = blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
        return "{\"source\":" + MainTextEvaluationMain.quote(p.id() + ".html") + ",\"text\":"
                + MainTextEvaluationMain.quote(text) + "}";
    }

    /** Reads the pages of one development set. */
    interface SetLoader<T> {
        List<T> load(Path dir) throws IOException;
    }

    /** Loads the sets named from {@code args[2]} on, in order, adding their names to {@code sets}. */
    static <T> List<T> loadSets(String[] args, List<String> sets, SetLoader<T> loader) throws IOException {
        List<T> pages = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            Path dir = Path.of(args[i]);
            sets.add(dir.getFileName().toString());
            pages.addAll(loader.load(dir));
            System.err.println("loaded " + dir + ": " + pages.size() + " pages so far");
        }
        return pages;
    }

    /** One page of a development set, parsed as the extractor parses pages, with its gold text. */
    record DevPage(String set, String id, String site, String gold, Document document) {}

    /** Parses every page of a set in the Scrapinghub layout, one at a time, in file-name order. */
    static void forEachPage(Path dir, Consumer<DevPage> visitor) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        if (gold.has("output") && gold.has("version")) {
            gold = gold.get("output");
        }
        PageDecoder decoder = new PageDecoder(64L << 20);
        PageBudget budget = PageBudget.defaults();
        HtmlParsing parsing = new HtmlParsing(budget.maxElements(), budget.maxTextChars());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir.resolve("html"))) {
            files = list.filter(f -> f.getFileName().toString().matches(".*\\.html?(\\.gz)?$")).sorted().toList();
        }
        String set = dir.getFileName().toString();
        for (Path file : files) {
            String id = file.getFileName().toString().replaceAll("(\\.gz)?$", "").replaceAll("\\.html?$", "");
            JsonNode entry = gold.get(id);
            String goldText = entry == null ? "" : entry.path("articleBody").asText("");
            String url = entry == null ? "" : entry.path("url").asText("");
            Document document;
            try {
                DecodedPage decoded = decoder.decode(read(file), null);
                document = parsing.parse(decoded.text(), url).document();
            } catch (DecodeException e) {
                System.err.println("skipping " + file + ": " + e.getMessage());
                continue;
            }
            visitor.accept(new DevPage(set, id, site(id, url), goldText, document));
        }
    }

    private static List<PageData> load(Path dir) throws IOException {
        List<PageData> out = new ArrayList<>();
        forEachPage(dir, page -> {
            MainTextExtractor.PageAnalysis analysis = RULES.analyse(page.document(), true);
            analysis = new MainTextExtractor.PageAnalysis(analysis.rules(), List.of(),
                    analysis.blocks().stream()
                            .map(b -> new BlockCollector.RawBlock(b.kind(), b.text(), b.chars(), b.linkChars(), null))
                            .toList(), analysis.features(), analysis.headlines());
            Set<String> goldSet = new HashSet<>(shingles(page.gold()));
            int goldCount = shingles(page.gold()).size();
            int n = analysis.blocks().size();
            int[] count = new int[n];
            int[] matched = new int[n];
            for (int b = 0; b < n; b++) {
                List<String> s = shingles(analysis.blocks().get(b).text());
                count[b] = s.size();
                for (String shingle : s) {
                    matched[b] += goldSet.contains(shingle) ? 1 : 0;
                }
            }
            out.add(new PageData(page.set(), page.id(), page.site(), analysis, count, matched, goldCount));
        });
        return out;
    }

    private static String site(String id, String url) {
        if (!url.isEmpty()) {
            try {
                String host = URI.create(url.strip().replace(" ", "%20")).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // fall through to the file name
            }
        }
        int cut = id.indexOf('_');
        return cut > 0 ? id.substring(0, cut) : id;
    }

    static List<String> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        List<String> out = new ArrayList<>();
        if (tokens.isEmpty()) {
            return out;
        }
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            out.add(String.join("\u0001", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE))));
        }
        return out;
    }

    private static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes()
                    : in.readAllBytes();
        }
    }
}
