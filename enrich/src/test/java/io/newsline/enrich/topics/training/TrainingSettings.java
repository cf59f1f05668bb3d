package io.newsline.enrich.topics.training;

import io.newsline.enrich.topics.internal.ExtraFeatures;
import io.newsline.enrich.topics.internal.LinearTopicModel;
import java.util.Map;

/**
 * How the linear topic model is trained.
 *
 * @param bucketBits      the model has {@code 2^bucketBits} feature buckets per class
 * @param knownBits       the known-word bit set has {@code 2^knownBits} bits
 * @param epochs          passes over the training items
 * @param learningRate    AdaGrad's base step
 * @param l2              L2 penalty per update, times the weight
 * @param balance         class weights are {@code (mean class size / class size)^balance}: 0 keeps the
 *                        sources' proportions, 1 weighs every class equally
 * @param huffpost        weight of a HuffPost item
 * @param wikinews        weight of a Wikinews item (MewsC-16, JFinTEB)
 * @param sib             weight of a SIB-200 sentence
 * @param ownItems        weight of a hand-written item
 * @param definitions     weight of an IPTC label and definition, and of a lexicon term
 * @param seed            seed of the shuffling
 * @param sectionBalance  after the class weights, the four news sections' weighted masses (world, sport, business,
 *                        science and technology) are scaled by {@code (mean / section mass)^sectionBalance}: 0
 *                        leaves them, 1 weighs every section equally
 * @param wordClusters    which models read the word clusters of English text besides their words
 *                        ({@code ClusterFeatures}): {@code none}, {@code topic}, {@code section} or {@code both}
 * @param clusterFeatures which cluster features they read, comma-separated: {@code words} (each word's cluster and
 *                        each name's), {@code names} (names' alone), {@code pairs} (neighbouring words' as pairs)
 * @param wordVectors     which models read the word vectors of English text besides their words
 *                        ({@code WordVectorFeatures}): {@code none}, {@code topic}, {@code section} or {@code both}
 * @param vectorFeatures  which mean vectors they read, comma-separated: {@code words} (the content words'),
 *                        {@code names} (the capitalised words' inside a sentence)
 * @param vectorScale     the word-vector features' weight per unit of the mean vector's components
 * @param medicalResearch which English news items naming medical research ({@code BranchCues.MEDICAL_RESEARCH})
 *                        move to science and technology, where IPTC files medical research: {@code none},
 *                        {@code health} (items the sources file under health) or {@code health,lifestyle} (also
 *                        HuffPost's WELLNESS and HEALTHY LIVING, filed under lifestyle)
 * @param subwords        whether the topic model reads the letter sequences inside long words of text other than
 *                        English ({@code HashedFeatures.subwords})
 */
record TrainingSettings(int bucketBits, int knownBits, int epochs, double learningRate, double l2, double balance,
                        double huffpost, double wikinews, double sib, double ownItems, double definitions,
                        long seed, double sectionBalance, String wordClusters, String clusterFeatures,
                        String wordVectors, String vectorFeatures, double vectorScale, String medicalResearch,
                        boolean subwords) {

    private static final java.util.Set<String> MODELS = java.util.Set.of("none", "topic", "section", "both");
    private static final java.util.Set<String> MEDICAL_RESEARCH = java.util.Set.of("none", "health",
            "health,lifestyle");

    TrainingSettings {
        if (!MODELS.contains(wordClusters)) {
            throw new IllegalArgumentException("topics.wordClusters is none, topic, section or both, not "
                    + wordClusters);
        }
        if (!MODELS.contains(wordVectors)) {
            throw new IllegalArgumentException("topics.wordVectors is none, topic, section or both, not "
                    + wordVectors);
        }
        if (!MEDICAL_RESEARCH.contains(medicalResearch)) {
            throw new IllegalArgumentException("topics.medicalResearch is none, health or health,lifestyle, not "
                    + medicalResearch);
        }
        clusterKinds(clusterFeatures);
        vectorKinds(vectorFeatures);
        new ExtraFeatures(vectorKinds(vectorFeatures), (float) vectorScale); // a positive scale
    }

    TrainingSettings(int bucketBits, int knownBits, int epochs, double learningRate, double l2, double balance,
                     double huffpost, double wikinews, double sib, double ownItems, double definitions, long seed,
                     double sectionBalance) {
        this(bucketBits, knownBits, epochs, learningRate, l2, balance, huffpost, wikinews, sib, ownItems, definitions,
                seed, sectionBalance, "none", "words", "none", "words", 1, "none", true);
    }

    TrainingSettings(int bucketBits, int knownBits, int epochs, double learningRate, double l2, double balance,
                     double huffpost, double wikinews, double sib, double ownItems, double definitions, long seed) {
        this(bucketBits, knownBits, epochs, learningRate, l2, balance, huffpost, wikinews, sib, ownItems, definitions,
                seed, 0);
    }

    static TrainingSettings defaults() {
        return new TrainingSettings(18, 22, 4, 0.2, 1e-6, 0.5, 1, 1, 0.5, 3, 1, 20261203L, 0, "none", "words", "none",
                "words", 1, "none", true);
    }

    /** The defaults, each overridable by a system property {@code topics.<name>} (for experiments). */
    static TrainingSettings fromSystemProperties() {
        TrainingSettings d = defaults();
        return new TrainingSettings(Integer.getInteger("topics.bucketBits", d.bucketBits),
                Integer.getInteger("topics.knownBits", d.knownBits), Integer.getInteger("topics.epochs", d.epochs),
                property("learningRate", d.learningRate), property("l2", d.l2), property("balance", d.balance),
                property("huffpost", d.huffpost), property("wikinews", d.wikinews), property("sib", d.sib),
                property("ownItems", d.ownItems), property("definitions", d.definitions),
                Long.getLong("topics.seed", d.seed), property("sectionBalance", d.sectionBalance),
                System.getProperty("topics.wordClusters", d.wordClusters),
                System.getProperty("topics.clusterFeatures", d.clusterFeatures),
                System.getProperty("topics.wordVectors", d.wordVectors),
                System.getProperty("topics.vectorFeatures", d.vectorFeatures), property("vectorScale", d.vectorScale),
                System.getProperty("topics.medicalResearch", d.medicalResearch),
                Boolean.parseBoolean(System.getProperty("topics.subwords", String.valueOf(d.subwords))));
    }

    private static double property(String name, double fallback) {
        String value = System.getProperty("topics." + name);
        return value == null ? fallback : Double.parseDouble(value);
    }

    /** @return what the topic model reads besides words ({@code LinearTopicModel}'s extra features) */
    ExtraFeatures topicExtras() {
        ExtraFeatures english = extras("topic");
        return subwords ? new ExtraFeatures(english.kinds() | LinearTopicModel.SUBWORDS, english.vectorScale())
                : english;
    }

    /** @return what the section model reads besides words and shapes */
    ExtraFeatures sectionExtras() {
        return extras("section");
    }

    private ExtraFeatures extras(String model) {
        int clusters = wordClusters.equals(model) || wordClusters.equals("both") ? clusterKinds(clusterFeatures) : 0;
        int vectors = wordVectors.equals(model) || wordVectors.equals("both") ? vectorKinds(vectorFeatures) : 0;
        return new ExtraFeatures(clusters | vectors, (float) vectorScale);
    }

    private static int vectorKinds(String names) {
        return kinds(names, "topics.vectorFeatures",
                Map.of("words", LinearTopicModel.WORD_VECTORS, "names", LinearTopicModel.NAME_VECTORS));
    }

    private static int clusterKinds(String names) {
        return kinds(names, "topics.clusterFeatures", Map.of("words", LinearTopicModel.WORD_CLUSTERS,
                "names", LinearTopicModel.NAME_CLUSTERS, "pairs", LinearTopicModel.CLUSTER_PAIRS));
    }

    /** @return the kinds named in a comma-separated list of {@code known}'s names */
    private static int kinds(String names, String property, Map<String, Integer> known) {
        int kinds = 0;
        for (String name : names.split(",")) {
            Integer kind = known.get(name.trim());
            if (kind == null) {
                throw new IllegalArgumentException(property + " lists " + new java.util.TreeSet<>(known.keySet())
                        + ", not " + name);
            }
            kinds |= kind;
        }
        return kinds;
    }

    /** @return whether English health news naming medical research moves to science and technology */
    boolean medicalResearchFromHealth() {
        return !medicalResearch.equals("none");
    }

    /** @return whether HuffPost's wellness news naming medical research moves too */
    boolean medicalResearchFromLifestyle() {
        return medicalResearch.endsWith("lifestyle");
    }

    double sourceWeight(String source) {
        return switch (source) {
            case "huffpost" -> huffpost;
            case "mewsc16", "jfinteb" -> wikinews;
            case "sib200" -> sib;
            case "items" -> ownItems;
            case "iptc", "lexicon" -> definitions;
            default -> throw new IllegalArgumentException("unknown source " + source);
        };
    }
}
