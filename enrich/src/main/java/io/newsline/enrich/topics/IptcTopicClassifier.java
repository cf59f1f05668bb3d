package io.newsline.enrich.topics;

import io.newsline.enrich.topics.internal.TopicFeatures;
import io.newsline.enrich.topics.internal.TopicModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Assigns IPTC Media Topics to English news text: multi-label, best first, level 1 and 2 and deeper where
 * the text gives enough evidence.
 *
 * <p>The model is a multinomial naive Bayes over words and word pairs (see {@code TopicModel}), trained when
 * the classifier loads (a few seconds in a fresh JVM) from three bundled data files: the IPTC labels and
 * definitions ({@code iptc-mediatopic-en-GB.tsv}), curated cue terms per topic ({@code topic-lexicon.tsv})
 * and hand-written labelled short news items ({@code short-items-train.tsv}). Every topic learns from its
 * own material and from everything below it in the tree. Classification scores the 17 top-level topics,
 * then walks down the tree while one child clearly leads its siblings and the text contains words that
 * child has seen.
 *
 * <p>Texts whose language is known and not English get no topics: the cues are English, and a guess from
 * stray loan words would be noise. Entity hints (canonical names) are read as extra words.
 *
 * <p>Following IPTC, the computing and IT industry (products, services, companies) files under economy,
 * business and finance ({@code 04000000} &gt; {@code 20000209} &gt; {@code 20000225}), while research on
 * computing and software files under science and technology ({@code 13000000} &gt; {@code 20000756}).
 *
 * <p>Immutable and thread-safe; build once and share.
 */
public final class IptcTopicClassifier implements TopicClassifier {

    static final String LEXICON = "topic-lexicon.tsv";
    static final String TRAINING_ITEMS = "short-items-train.tsv";
    private static final int MIN_WORDS_FOR_LANGUAGE_CHECK = 5;
    private static final double MIN_KNOWN_SHARE = 0.25;
    /** A further level-1 topic must lead at least this many paragraphs ... */
    private static final int MIN_PARAGRAPH_VOTES = 2;
    /** ... holding at least this share of the text's known words. */
    private static final double MIN_PARAGRAPH_SHARE = 0.15;

    /**
     * Tuning of the model and of the walk down the tree.
     *
     * @param alpha            additive smoothing of the naive Bayes model
     * @param mass             total feature mass each topic's bag is scaled to
     * @param labelWeight      weight of a topic's own label in its training bag
     * @param definitionWeight weight of a topic's IPTC definition
     * @param lexiconWeight    weight of each curated cue term
     * @param itemWeight       weight of each labelled training item
     * @param titleWeight      weight of the headline's words relative to the body's
     * @param temperature      softmax temperature per square root of the text's known-word weight
     * @param alsoShare        minimum probability for a further level-1 topic
     * @param maxTopLevel      maximum number of level-1 topics
     * @param childShare       minimum probability of a child among its siblings to be reported
     * @param deepShare        the same below level 2
     * @param deepHits         minimum weighted occurrences of a child's known words below level 2
     */
    public record Settings(double alpha, double mass, double labelWeight, double definitionWeight,
                           double lexiconWeight, double itemWeight, double titleWeight, double temperature,
                           double alsoShare, int maxTopLevel, double childShare, double deepShare,
                           double deepHits) {

        /** The settings the bundled model is evaluated with (docs/QUALITY.md). */
        public static Settings defaults() {
            return new Settings(0.2, 1000, 3, 1, 2, 1, 2, 0.5, 0.15, 3, 0.3, 0.5, 2);
        }
    }

    private final IptcTaxonomy taxonomy;
    private final Settings settings;
    private final IptcTopic[] topics;
    private final int[] topLevel;
    private final int[][] children;
    private final TopicModel model;

    private IptcTopicClassifier(IptcTaxonomy taxonomy, Settings settings, IptcTopic[] topics, int[][] children,
                                TopicModel model) {
        this.taxonomy = taxonomy;
        this.settings = settings;
        this.topics = topics;
        this.children = children;
        this.model = model;
        List<Integer> top = new ArrayList<>();
        for (int i = 0; i < topics.length; i++) {
            if (topics[i].level() == 1) {
                top.add(i);
            }
        }
        this.topLevel = top.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Loads the bundled taxonomy, lexicon and training items with the default settings. */
    public static IptcTopicClassifier loadDefault() {
        return load(Settings.defaults());
    }

    /** Loads the bundled taxonomy, lexicon and training items with the given settings. */
    public static IptcTopicClassifier load(Settings settings) {
        IptcTaxonomy taxonomy = IptcTaxonomy.loadDefault();
        try {
            return build(taxonomy, settings, readResource(LEXICON), readResource(TRAINING_ITEMS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a classifier from explicit material.
     *
     * @param lexiconLines  lines {@code id<TAB>term, term, ...}; {@code #} starts a comment line
     * @param trainingLines lines {@code id<TAB>headline<TAB>text}; {@code #} starts a comment line
     */
    public static IptcTopicClassifier build(IptcTaxonomy taxonomy, Settings settings, List<String> lexiconLines,
                                            List<String> trainingLines) {
        List<IptcTopic> all = taxonomy.all();
        IptcTopic[] topics = all.toArray(IptcTopic[]::new);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < topics.length; i++) {
            index.put(topics[i].id(), i);
        }
        int[] parent = new int[topics.length];
        int[][] children = new int[topics.length][];
        for (int i = 0; i < topics.length; i++) {
            parent[i] = topics[i].parentId() == null ? -1 : index.get(topics[i].parentId());
            children[i] = taxonomy.children(topics[i].id()).stream().mapToInt(c -> index.get(c.id())).toArray();
        }
        TopicModel.Builder builder = new TopicModel.Builder(parent);
        for (int i = 0; i < topics.length; i++) {
            builder.addText(i, topics[i].label(), settings.labelWeight());
            builder.addText(i, topics[i].definition(), settings.definitionWeight());
        }
        for (String line : lexiconLines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Integer topic = index.get(f[0].trim());
            if (topic == null || f.length < 2) {
                throw new IllegalArgumentException("lexicon line for unknown topic or without terms: " + line);
            }
            for (String term : f[1].split(",")) {
                // each term is its own text, so no bigram joins the end of one term to the next
                builder.addText(topic, term.trim(), settings.lexiconWeight());
            }
        }
        for (String line : trainingLines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Integer topic = index.get(f[0].trim());
            if (topic == null || f.length < 2) {
                throw new IllegalArgumentException("training line for unknown topic or without text: " + line);
            }
            builder.addText(topic, f[1], settings.itemWeight());
            if (f.length > 2) {
                builder.addText(topic, f[2], settings.itemWeight());
            }
        }
        return new IptcTopicClassifier(taxonomy, settings, topics, children,
                builder.build(settings.alpha(), settings.mass()));
    }

    /** @return the taxonomy the classifier assigns from */
    public IptcTaxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * @return the topics of the text, best first; empty when the text is not English or has no word the
     *     model knows. Scores are probabilities: level-1 scores share one distribution and a child's score
     *     is its parent's times its share among its siblings.
     */
    @Override
    public List<TopicScore> classify(TopicInput input) {
        if (!isEnglishOrUnknown(input.language())) {
            return List.of();
        }
        TopicModel.Scores scores = model.newScores();
        TopicModel.RootScores paragraph = new TopicModel.RootScores(topLevel.length);
        FeatureAdder adder = new FeatureAdder(model, scores, paragraph);
        // Paragraph by paragraph: besides the document's scores, each paragraph votes for its best level-1
        // topic, so a topic that leads a good part of the article is reported even when another one leads
        // the whole. Paragraphs are kept as spans so the few extra topics can be rescored on their own.
        ParagraphVotes votes = new ParagraphVotes(topLevel.length);
        TopicFeatures.extract(input.title(), settings.titleWeight(), adder);
        for (String hint : input.entityHints()) {
            TopicFeatures.extract(hint, 1.0, adder);
        }
        votes.close(paragraph, model, -1, -1);
        String text = input.text();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                TopicFeatures.extract(text.subSequence(start, end), 1.0, adder);
                votes.close(paragraph, model, start, end);
            }
            start = end + 1;
        }
        if (scores.knownWeight <= 0) {
            return List.of();
        }
        if (adder.words >= MIN_WORDS_FOR_LANGUAGE_CHECK && adder.knownWords < MIN_KNOWN_SHARE * adder.words) {
            // most words unknown: another language whatever the tag says (English news text knows 40%+)
            return List.of();
        }
        double temperature = settings.temperature() * Math.sqrt(Math.max(1, scores.knownWeight));
        double[] top = softmax(scores, topLevel, temperature);
        Integer[] order = rank(top);
        List<TopicScore> out = new ArrayList<>();
        boolean[] chosen = new boolean[topLevel.length];
        double best = top[order[0]];
        for (int r = 0; r < order.length && r < settings.maxTopLevel(); r++) {
            double p = top[order[r]];
            if (r > 0 && (p < settings.alsoShare() || p < best * 0.25)) {
                break;
            }
            chosen[order[r]] = true;
            int t = topLevel[order[r]];
            out.add(score(t, p));
            descend(scores, t, p, temperature, out);
        }
        for (int k = 0; k < topLevel.length; k++) {
            double share = votes.weight[k] / scores.knownWeight;
            if (!chosen[k] && votes.count[k] >= MIN_PARAGRAPH_VOTES && share >= MIN_PARAGRAPH_SHARE) {
                TopicModel.Scores own = rescore(input, votes, k);
                double p = Math.min(best, share);
                out.add(score(topLevel[k], p));
                descend(own, topLevel[k], p, settings.temperature() * Math.sqrt(Math.max(1, own.knownWeight)), out);
            }
        }
        out.sort(Comparator.comparingDouble(TopicScore::score).reversed()
                .thenComparingInt(TopicScore::level));
        return List.copyOf(out);
    }

    /** Scores only the paragraphs a level-1 topic won. */
    private TopicModel.Scores rescore(TopicInput input, ParagraphVotes votes, int rootSlot) {
        TopicModel.Scores own = model.newScores();
        io.newsline.enrich.topics.internal.FeatureSink sink = (f, w) -> model.add(own, f, w);

        for (int i = 0; i < votes.spans.size(); i++) {
            int[] span = votes.spans.get(i);
            if (span[2] != rootSlot) {
                continue;
            }
            if (span[0] < 0) {
                TopicFeatures.extract(input.title(), settings.titleWeight(), sink);
                for (String hint : input.entityHints()) {
                    TopicFeatures.extract(hint, 1.0, sink);
                }
            } else {
                TopicFeatures.extract(input.text().subSequence(span[0], span[1]), 1.0, sink);
            }
        }
        return own;
    }

    /** Per level-1 topic: the paragraphs it leads and their known-word weight. */
    private static final class ParagraphVotes {
        final int[] count;
        final double[] weight;
        /** start, end (-1, -1 for the headline and hints) and winning root slot of each paragraph */
        final List<int[]> spans = new ArrayList<>();

        ParagraphVotes(int roots) {
            count = new int[roots];
            weight = new double[roots];
        }

        void close(TopicModel.RootScores paragraph, TopicModel model, int start, int end) {
            int winner = paragraph.best(model);
            if (winner >= 0) {
                count[winner]++;
                weight[winner] += paragraph.knownWeight;
                spans.add(new int[] {start, end, winner});
            }
            paragraph.clear();
        }
    }

    private void descend(TopicModel.Scores scores, int parent, double parentScore, double temperature,
                         List<TopicScore> out) {
        int[] kids = children[parent];
        if (kids.length == 0) {
            return;
        }
        double[] share = softmax(scores, kids, temperature);
        int bestK = -1;
        for (int k = 0; k < kids.length; k++) {
            if (scores.hits[kids[k]] > 0 && (bestK < 0 || share[k] > share[bestK])) {
                bestK = k;
            }
        }
        if (bestK < 0) {
            return;
        }
        int child = kids[bestK];
        boolean secondLevel = topics[child].level() == 2;
        double minShare = secondLevel ? settings.childShare() : settings.deepShare();
        double minHits = secondLevel ? 1 : settings.deepHits();
        if (share[bestK] < minShare || scores.hits[child] < minHits) {
            return;
        }
        double p = parentScore * share[bestK];
        out.add(score(child, p));
        descend(scores, child, p, temperature, out);
    }

    private double[] softmax(TopicModel.Scores scores, int[] candidates, double temperature) {
        double[] p = new double[candidates.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < candidates.length; k++) {
            p[k] = scores.total(model, candidates[k]) / temperature;
            max = Math.max(max, p[k]);
        }
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp(p[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    private static Integer[] rank(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        return order;
    }

    private TopicScore score(int topic, double p) {
        IptcTopic t = topics[topic];
        return new TopicScore(t.id(), t.label(), t.level(), Math.round(p * 1e4) / 1e4);
    }

    private static boolean isEnglishOrUnknown(String language) {
        if (language == null || language.isBlank()) {
            return true;
        }
        String l = language.toLowerCase(Locale.ROOT);
        return l.equals("en") || l.startsWith("en-") || l.startsWith("en_") || l.equals("und");
    }

    private static List<String> readResource(String name) throws IOException {
        try (InputStream in = IptcTopicClassifier.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
    }

    /**
     * Feeds features to the document's scores and the current paragraph's level-1 scores, counting known
     * words for the language check. A named class rather than a lambda to keep the hot loop plain.
     */
    private static final class FeatureAdder implements io.newsline.enrich.topics.internal.FeatureSink {
        private final TopicModel model;
        private final TopicModel.Scores scores;
        private final TopicModel.RootScores paragraph;
        double words;
        double knownWords;

        FeatureAdder(TopicModel model, TopicModel.Scores scores, TopicModel.RootScores paragraph) {
            this.model = model;
            this.scores = scores;
            this.paragraph = paragraph;
        }

        @Override
        public boolean accept(String feature, double weight) {
            boolean known = model.add(scores, feature, weight, paragraph);
            if (feature.indexOf(' ') < 0) {
                words += weight;
                if (known) {
                    knownWords += weight;
                }
            }
            return known;
        }
    }
}
