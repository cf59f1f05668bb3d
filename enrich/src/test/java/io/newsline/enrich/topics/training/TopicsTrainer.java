package io.newsline.enrich.topics.training;

import io.newsline.enrich.topics.IptcTopic;
import io.newsline.enrich.topics.IptcTopicClassifier;
import io.newsline.enrich.topics.TopicInput;
import io.newsline.enrich.topics.TopicScore;
import io.newsline.enrich.topics.IptcTaxonomy;
import io.newsline.enrich.topics.eval.ExperimentSettings;
import io.newsline.enrich.topics.eval.NewsSection;
import io.newsline.enrich.topics.internal.ExtraFeatures;
import io.newsline.enrich.topics.internal.LinearTopicModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Trains the level-1 topic model and measures it by source: each fold's model is trained without the source
 * (or the Wikinews language edition, or the HuffPost period) it is scored on. The held-out answers calibrate
 * the softmax temperature and decide which languages get topics; then the model trained on everything is
 * written with them.
 *
 * <p>Usage: {@code TopicsTrainer TOPICS_TRAIN_DIR [--out RESOURCE_DIR] [--folds NAME,...]}; without
 * {@code --out} it only measures. Run by {@code scripts/train-topics.sh} and {@code scripts/eval-topics.sh}.
 */
public final class TopicsTrainer {

    /**
     * A language gets topics when, on both held-out measures (its Wikinews edition held out, and SIB-200 held
     * out), its level-1 accuracy reaches this share of English's ...
     */
    static final double MIN_SHARE_OF_ENGLISH = 0.6;
    /** ... each measured on at least this many items. */
    static final int MIN_LANGUAGE_ITEMS = 150;
    /** The smallest section prior written into the model (see {@link #sectionPrior}). */
    static final double MIN_PRIOR = 0.01;
    private static final String HUFFPOST_HELD_OUT_FROM = "2018-02-28";
    private static final List<List<String>> WIKINEWS_GROUPS = List.of(List.of("en"),
            List.of("fr", "es", "cs", "tr", "sv"), List.of("pt", "de", "ru", "fa", "eo"),
            List.of("pl", "ca", "ar", "ja", "ko"));

    private TopicsTrainer() {}

    /** A held-out part of the corpus. */
    record Fold(String name, Predicate<TrainingItem> test) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: TopicsTrainer TOPICS_TRAIN_DIR [--out RESOURCE_DIR] [--folds NAME,...]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path out = null;
        Set<String> only = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]);
                case "--folds" -> only = Set.of(args[i + 1].split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        TrainingSettings settings = TrainingSettings.fromSystemProperties();
        System.out.println(settings);
        IptcTaxonomy taxonomy = IptcTaxonomy.loadDefault();
        TrainingCorpus corpus = new TrainingCorpus(taxonomy, settings);
        List<TrainingItem> items = corpus.read(data);
        if (System.getProperty("topics.languages") != null) { // experiments: fewer languages, faster
            Set<String> keep = Set.of(System.getProperty("topics.languages").split(","));
            items = items.stream().filter(i -> keep.contains(i.lang())).toList();
        }
        List<String> classes = corpus.classes();
        Map<String, String> labels = new LinkedHashMap<>();
        classes.forEach(id -> labels.put(id, taxonomy.get(id).label()));
        System.out.printf(Locale.ROOT, "%d items (%d labelled) from %s and the bundled material%n", items.size(),
                items.stream().filter(i -> i.label() >= 0).count(), data);

        for (String moved : List.of(TrainingCorpus.COMPUTING_INDUSTRY, "16000000", "13000000")) {
            int j = classes.indexOf(moved);
            System.out.println(labels.get(moved) + " items by source: " + items.stream().filter(i -> i.label() == j)
                    .collect(Collectors.groupingBy(TrainingItem::source, java.util.TreeMap::new, Collectors.counting())));
        }
        int[] sections = classes.stream().mapToInt(c -> NewsSection.ofTopic(c, taxonomy).ordinal()).toArray();
        Set<String> corpusLanguages = items.stream().map(TrainingItem::primaryLanguage)
                .collect(Collectors.toUnmodifiableSet());
        HeldOutPredictions held = new HeldOutPredictions(classes, taxonomy);
        IptcTopicClassifier base = null;
        SectionTraining sectionTraining = new SectionTraining(classes, taxonomy, settings);
        for (Fold fold : folds(items)) {
            if (only != null && !only.contains(fold.name())) {
                continue;
            }
            List<TrainingItem> train = items.stream().filter(i -> i.label() >= 0 && !fold.test().test(i)).toList();
            List<TrainingItem> test = items.stream().filter(fold.test()).toList();
            long start = System.nanoTime();
            SoftmaxTrainer trainer = new SoftmaxTrainer(settings, classes.size(), sections);
            SoftmaxTrainer.Weights weights = trainer.train(train);
            LinearTopicModel model = inMemory(classes, weights, 1f, knownWords(train, settings.knownBits()),
                    settings.knownBits(), sectionPrior(train, trainer.classWeights(train), sections),
                    features(settings));
            base = base == null ? IptcTopicClassifier.build(model, Set.of(), ExperimentSettings.classifier())
                    : base;
            // every language gets topics here, and each item is passed with its language as pages are, so English
            // alone gets the naive Bayes mix
            IptcTopicClassifier classifier = base.withModel(model, corpusLanguages)
                    .withSectionModel(sectionTraining.inMemory(sectionTraining.train(train)));
            for (TrainingItem item : test) {
                List<TopicScore> answer = classifier.classify(new TopicInput(item.title(), item.text(),
                        item.primaryLanguage(), List.of()));
                int best = answer.isEmpty() ? -1 : classes.indexOf(answer.get(0).id());
                held.add(new HeldOutPredictions.Prediction(fold.name(), item, weights.logits(item.vector()), best,
                        answer.isEmpty() ? 0 : answer.get(0).score(), NewsSection.ofAnswer(answer, taxonomy)));
            }
            System.out.printf(Locale.ROOT, "fold %-16s trained on %6d, tested on %6d (%.0f s)%n", fold.name(),
                    train.size(), test.size(), (System.nanoTime() - start) / 1e9);
        }
        double temperature = report(held, labels);
        if (System.getProperty("topics.errors") != null) {
            printErrors(held, classes, System.getProperty("topics.errors"));
        }
        Map<String, String> languageRows = languages(held);
        if (out != null) {
            List<TrainingItem> train = items.stream().filter(i -> i.label() >= 0).toList();
            SoftmaxTrainer trainer = new SoftmaxTrainer(settings, classes.size(), sections);
            SoftmaxTrainer.Weights weights = trainer.train(train);
            try (OutputStream o = Files.newOutputStream(out.resolve("topic-model.bin"))) {
                LinearTopicModel.write(o, classes.toArray(String[]::new), weights.bucketBits(), weights.weights(),
                        weights.bias(), (float) temperature, settings.knownBits(),
                        knownWords(train, settings.knownBits()),
                        sectionPrior(train, trainer.classWeights(train), sections), features(settings));
            }
            try (OutputStream o = Files.newOutputStream(out.resolve("section-model.bin"))) {
                sectionTraining.write(o, sectionTraining.train(train));
            }
            List<String> lines = new ArrayList<>();
            lines.add("# Languages the topic model gives topics to (written by scripts/train-topics.sh). Level-1 accuracy"
                    + " with the language's");
            lines.add("# Wikinews edition held out, and with SIB-200 held out; enabled when both reach "
                    + MIN_SHARE_OF_ENGLISH + " of English's on " + MIN_LANGUAGE_ITEMS + "+ items.");
            lines.add("# language\tenabled\tWikinews accuracy\titems\tSIB-200 accuracy\titems");
            languageRows.forEach((lang, row) -> lines.add(lang + "\t" + row));
            Files.write(out.resolve("topic-languages.tsv"), lines, StandardCharsets.UTF_8);
            System.out.println("wrote topic-model.bin, section-model.bin and topic-languages.tsv in " + out);
        }
    }

    static List<Fold> folds(List<TrainingItem> items) {
        List<Fold> folds = new ArrayList<>();
        folds.add(new Fold("huffpost", i -> i.source().equals("huffpost")));
        folds.add(new Fold("huffpost-2018", i -> i.source().equals("huffpost")
                && i.date().compareTo(HUFFPOST_HELD_OUT_FROM) >= 0));
        // Wikinews editions are held out in groups (each scored by a model trained without it), four trainings
        // instead of sixteen; related languages (es/pt/ca, cs/pl/ru) sit in different groups
        for (List<String> group : WIKINEWS_GROUPS) {
            // JFinTEB's articles come from the Japanese edition too (some are the same articles)
            folds.add(new Fold("wikinews-" + String.join("-", group), i -> group.contains(i.lang())
                    && (i.source().equals("mewsc16") || i.source().equals("jfinteb"))));
        }
        folds.add(new Fold("sib200", i -> i.source().equals("sib200")));
        return folds;
    }

    /** Prints the tables and returns the fitted temperature. */
    private static double report(HeldOutPredictions held, Map<String, String> labels) {
        Predicate<HeldOutPredictions.Prediction> any = p -> true;
        System.out.println();
        System.out.println("== level 1 by held-out fold (model trained without it)");
        held.all().stream().map(HeldOutPredictions.Prediction::fold).distinct()
                .forEach(f -> held.printAccuracy(f, p -> p.fold().equals(f)));
        System.out.println();
        System.out.println("== four sections, held-out headline(+lede) items (section of the answer's best path)");
        held.printSections("huffpost, source held out (world = WORLD NEWS/WORLDPOST/POLITICS/CRIME)",
                p -> p.fold().equals("huffpost"));
        held.printSections("huffpost, source held out, world = WORLD NEWS/WORLDPOST sections only",
                p -> p.fold().equals("huffpost") && !Set.of("POLITICS", "CRIME").contains(p.item().category()));
        held.printSections("huffpost 2018-02-28..05-26, period held out", p -> p.fold().equals("huffpost-2018"));
        held.printSections("huffpost 2018-02-28..05-26, period held out, world = WORLD NEWS/WORLDPOST only",
                p -> p.fold().equals("huffpost-2018") && !Set.of("POLITICS", "CRIME").contains(p.item().category()));
        held.printSections("English Wikinews first sentences, edition held out", p -> p.fold().equals("wikinews-en"));
        // the four categories of a world/sports/business/sci-tech benchmark, nothing from the others
        held.printSections("English Wikinews first sentences, edition held out, world = Politics and conflicts only",
                p -> p.fold().equals("wikinews-en") && Set.of("Politics and conflicts", "Sports",
                        "Economy and business", "Science and technology").contains(p.item().category()));
        System.out.println();
        System.out.println("== per-topic precision and recall, Wikinews editions and HuffPost held out (pooled)");
        held.printPerTopic(p -> p.fold().startsWith("wikinews-") || p.fold().equals("huffpost"), labels);
        System.out.println();
        System.out.println("== calibration of level-1 probabilities on all held-out items");
        held.printCalibration(1.0, labels);
        double temperature = held.fitTemperature();
        held.printCalibration(temperature, labels);
        System.out.println("  (the folds' classifiers ran uncalibrated, temperature 1; English answers mix in naive Bayes)");
        held.printAnswerCalibration("English Wikinews edition held out", p -> p.fold().equals("wikinews-en"));
        held.printAnswerCalibration("other Wikinews editions held out",
                p -> p.fold().startsWith("wikinews-") && !p.fold().equals("wikinews-en"));
        return temperature;
    }

    /** Prints the level-1 answers of the held-out items of one fold whose section is wrong (for error analysis). */
    private static void printErrors(HeldOutPredictions held, List<String> classes, String fold) {
        for (HeldOutPredictions.Prediction p : held.all()) {
            if (p.fold().equals(fold) && p.item().section() != null && p.section() != p.item().section()) {
                System.out.printf("  miss %s -> %s [%s] %s | %s%n", p.item().category(), p.section(),
                        p.best() < 0 ? "none" : classes.get(p.best()), p.item().title(), p.item().text());
            }
        }
    }

    /** Per language: enabled, Wikinews accuracy and items, SIB-200 accuracy and items. */
    private static Map<String, String> languages(HeldOutPredictions held) {
        Map<String, String> rows = new java.util.TreeMap<>();
        Set<String> langs = held.all().stream().map(p -> p.item().primaryLanguage())
                .collect(Collectors.toCollection(TreeSet::new));
        System.out.println();
        System.out.println("== per language, level 1 (Wikinews: own edition held out; SIB-200: all of SIB-200 held out)");
        System.out.println("  | language | topics | Wikinews accuracy | items | SIB-200 accuracy | items |");
        Map<String, int[][]> measured = new java.util.TreeMap<>();
        for (String lang : langs) {
            int[] wiki = held.accuracy(p -> p.fold().startsWith("wikinews-") && p.item().source().equals("mewsc16")
                    && p.item().lang().equals(lang));
            int[] sib = held.accuracy(p -> p.fold().equals("sib200") && p.item().primaryLanguage().equals(lang));
            measured.put(lang, new int[][] {wiki, sib});
        }
        int[][] english = measured.getOrDefault("en", new int[][] {{0, 0}, {0, 0}});
        double wikiFloor = MIN_SHARE_OF_ENGLISH * HeldOutPredictions.ratio(english[0][0], english[0][1]);
        double sibFloor = MIN_SHARE_OF_ENGLISH * HeldOutPredictions.ratio(english[1][0], english[1][1]);
        measured.forEach((lang, m) -> {
            double wiki = HeldOutPredictions.ratio(m[0][0], m[0][1]);
            double sib = HeldOutPredictions.ratio(m[1][0], m[1][1]);
            boolean enabled = m[0][1] >= MIN_LANGUAGE_ITEMS && m[1][1] >= MIN_LANGUAGE_ITEMS && wiki >= wikiFloor
                    && sib >= sibFloor;
            String row = String.format(Locale.ROOT, "%s\t%.3f\t%d\t%.3f\t%d", enabled ? "yes" : "no", wiki, m[0][1],
                    sib, m[1][1]);
            rows.put(lang, row);
            System.out.println("  | " + lang + " | " + row.replace("\t", " | ") + " |");
        });
        return rows;
    }

    /** A bit set over the hashes of words seen at least twice in the training items. */
    static long[] knownWords(List<TrainingItem> items, int bits) {
        long[] once = new long[(1 << bits) / 64];
        long[] twice = new long[once.length];
        for (TrainingItem item : items) {
            for (int k = 0; k < item.vector().wordCount(); k++) {
                int bit = LinearTopicModel.bucket(item.vector().word(k), bits);
                if ((once[bit >>> 6] & (1L << bit)) != 0) {
                    twice[bit >>> 6] |= 1L << bit;
                } else {
                    once[bit >>> 6] |= 1L << bit;
                }
            }
        }
        return twice;
    }

    /**
     * Per class, the share of the English training items (weighed as the trainer weighs them: item weight times
     * class weight) that fall in the class's news section (world, sport, business, science and technology): the
     * section prior the model learned for English. The classifier takes part of it out for short English texts,
     * where most of the material being world news would otherwise pull headlines without strong cues to world.
     * (Taking out each class's own prior instead was measured and not kept: the section a reader cares about
     * is the sum of many world classes, and economy is among the commonest single classes.) A section gets at
     * least {@link #MIN_PRIOR}, so one the material hardly has is not boosted without bound.
     */
    static float[] sectionPrior(List<TrainingItem> train, double[] classWeights, int[] sections) {
        double[] sectionMass = new double[NewsSection.values().length];
        for (TrainingItem item : train) {
            if (item.lang().equals("en")) {
                sectionMass[sections[item.label()]] += item.weight() * classWeights[item.label()];
            }
        }
        double total = java.util.Arrays.stream(sectionMass).sum();
        float[] prior = new float[sections.length];
        for (int j = 0; j < prior.length; j++) {
            double share = total == 0 ? 1.0 / sectionMass.length : sectionMass[sections[j]] / total;
            prior[j] = (float) Math.max(MIN_PRIOR, share);
        }
        return prior;
    }

    /** @return what the topic model reads besides words ({@link LinearTopicModel#extraFeatures()}) */
    private static ExtraFeatures features(TrainingSettings settings) {
        return settings.topicExtras();
    }

    private static LinearTopicModel inMemory(List<String> classes, SoftmaxTrainer.Weights weights, float temperature,
                                             long[] known, int knownBits, float[] prior,
                                             ExtraFeatures features)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LinearTopicModel.write(bytes, classes.toArray(String[]::new), weights.bucketBits(), weights.weights(),
                weights.bias(), temperature, knownBits, known, prior, features);
        return LinearTopicModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
