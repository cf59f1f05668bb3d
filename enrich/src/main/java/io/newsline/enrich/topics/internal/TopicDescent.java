package io.newsline.enrich.topics.internal;

import io.newsline.enrich.topics.IptcTaxonomy;
import io.newsline.enrich.topics.IptcTopic;
import io.newsline.enrich.topics.TopicScore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks down the IPTC tree below a level-1 topic for English text: a multinomial naive Bayes over words and
 * word pairs ({@link TopicModel}) built from IPTC's labels and definitions, curated cue terms and the
 * hand-written items, in which every topic also learns from all topics below it. From a topic, the walk
 * goes to the child that clearly leads its siblings, as long as the text contains words that child has
 * seen.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class TopicDescent {

    /**
     * @param alpha            additive smoothing of the naive Bayes model
     * @param mass             total feature mass each topic's bag is scaled to
     * @param labelWeight      weight of a topic's own label in its training bag
     * @param definitionWeight weight of a topic's IPTC definition
     * @param lexiconWeight    weight of each curated cue term
     * @param itemWeight       weight of each labelled training item
     * @param titleWeight      weight of the headline's words relative to the body's
     * @param temperature      softmax temperature per square root of the text's known-word weight
     * @param childShare       minimum probability of a child among its siblings to be reported at level 2
     * @param deepShare        the same below level 2
     * @param deepHits         minimum weighted occurrences of a child's known words below level 2
     */
    public record Settings(double alpha, double mass, double labelWeight, double definitionWeight,
                           double lexiconWeight, double itemWeight, double titleWeight, double temperature,
                           double childShare, double deepShare, double deepHits) {

        /** The settings the bundled classifier is evaluated with (docs/QUALITY.md). */
        public static Settings defaults() {
            return new Settings(0.2, 1000, 3, 1, 2, 1, 2, 0.5, 0.3, 0.5, 2);
        }
    }

    private final Settings settings;
    private final IptcTopic[] topics;
    private final Map<String, Integer> index;
    private final int[][] children;
    private final TopicModel model;

    private TopicDescent(Settings settings, IptcTopic[] topics, Map<String, Integer> index, int[][] children,
                         TopicModel model) {
        this.settings = settings;
        this.topics = topics;
        this.index = index;
        this.children = children;
        this.model = model;
    }

    /**
     * @param lexiconLines  data lines {@code id<TAB>term, term, ...} (comments and blank lines already dropped,
     *                      as {@code DataFiles} reads them)
     * @param trainingLines data lines {@code id<TAB>headline<TAB>text}
     */
    public static TopicDescent build(IptcTaxonomy taxonomy, Settings settings, List<String> lexiconLines,
                                     List<String> trainingLines) {
        IptcTopic[] topics = taxonomy.all().toArray(IptcTopic[]::new);
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
        for (String[] f : rows(lexiconLines, index, "lexicon")) {
            for (String term : f[1].split(",")) {
                // each term is its own text, so no bigram joins the end of one term to the next
                builder.addText(index.get(f[0].trim()), term.trim(), settings.lexiconWeight());
            }
        }
        for (String[] f : rows(trainingLines, index, "training")) {
            int topic = index.get(f[0].trim());
            builder.addText(topic, f[1], settings.itemWeight());
            if (f.length > 2) {
                builder.addText(topic, f[2], settings.itemWeight());
            }
        }
        return new TopicDescent(settings, topics, index, children, builder.build(settings.alpha(),
                settings.mass()));
    }

    private static List<String[]> rows(List<String> lines, Map<String, Integer> index, String what) {
        return lines.stream().map(l -> {
            String[] f = l.split("\t");
            if (f.length < 2 || !index.containsKey(f[0].trim())) {
                throw new IllegalArgumentException(what + " line for unknown topic or without text: " + l);
            }
            return f;
        }).toList();
    }

    /** Naive Bayes scores of one text, to walk down from. Not thread-safe; one per classification. */
    public final class Evidence {
        private final TopicModel.Scores scores = model.newScores();
        private final FeatureSink sink = (f, w) -> model.add(scores, f, w);

        /** Adds a headline (weighted as one) to the evidence. */
        public Evidence addTitle(CharSequence title) {
            TopicFeatures.extract(title, settings.titleWeight(), sink);
            return this;
        }

        /** Adds body text or an entity name to the evidence. */
        public Evidence addText(CharSequence text) {
            TopicFeatures.extract(text, 1.0, sink);
            return this;
        }
    }

    /** @return empty evidence to fill */
    public Evidence newEvidence() {
        return new Evidence();
    }

    /**
     * Appends to {@code out} the best path below level-1 topic {@code topicId} (which has score
     * {@code score}), as far as the evidence carries. A child's score is its parent's times its share among
     * its siblings.
     */
    public void descend(Evidence evidence, String topicId, double score, List<TopicScore> out) {
        TopicModel.Scores scores = evidence.scores;
        double temperature = settings.temperature() * Math.sqrt(Math.max(1, scores.knownWeight));
        int parent = index.get(topicId);
        double parentScore = score;
        while (true) {
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
            parentScore *= share[bestK];
            IptcTopic t = topics[child];
            out.add(new TopicScore(t.id(), t.label(), t.level(), Math.round(parentScore * 1e4) / 1e4));
            parent = child;
        }
    }

    /**
     * @return the naive Bayes probabilities of the given level-1 topics for the evidence (softmax with a
     *     temperature growing with the square root of the text's known-word weight), or null when the
     *     evidence holds no known word
     */
    public double[] levelOne(Evidence evidence, String[] ids) {
        TopicModel.Scores scores = evidence.scores;
        if (scores.knownWeight <= 0) {
            return null;
        }
        int[] candidates = new int[ids.length];
        for (int j = 0; j < ids.length; j++) {
            candidates[j] = index.get(ids[j]);
        }
        return softmax(scores, candidates, settings.temperature() * Math.sqrt(scores.knownWeight));
    }

    private double[] softmax(TopicModel.Scores scores, int[] candidates, double temperature) {
        double[] p = new double[candidates.length];
        for (int k = 0; k < candidates.length; k++) {
            p[k] = scores.total(model, candidates[k]) / temperature;
        }
        return LinearTopicModel.softmax(p);
    }
}
