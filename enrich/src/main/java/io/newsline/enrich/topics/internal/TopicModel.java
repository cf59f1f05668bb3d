package io.newsline.enrich.topics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multinomial naive Bayes model over all topics of a tree, stored sparsely.
 *
 * <p>Each topic has a bag of weighted features built from its training material and that of every topic
 * below it. With additive smoothing, {@code log P(f|c) = log(n_fc + alpha) - log(N_c + alpha V)}; a feature
 * the topic never saw contributes only the constant second term, so a text's score for topic {@code c} is
 * {@code sum over occurrences of log((n_fc + alpha) / alpha)} (non-zero only where the topic saw the feature)
 * plus {@code (known occurrences) * log(alpha / (N_c + alpha V))}. Each feature therefore keeps a short list
 * of the topics that saw it, and scoring costs one map lookup and a few additions per feature occurrence.
 *
 * <p>Every topic's bag is scaled to the same total mass before smoothing, so broad topics with many
 * descendants are not punished for spreading their mass over more words.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class TopicModel {

    /** The topics that saw one feature and the log-ratio each adds per occurrence. */
    record Postings(int[] topics, float[] logRatio) {}

    private final int topicCount;
    private final Map<String, Postings> postings;
    private final double[] logDefault;

    private TopicModel(int topicCount, Map<String, Postings> postings, double[] logDefault) {
        this.topicCount = topicCount;
        this.postings = postings;
        this.logDefault = logDefault;
    }

    /** @return the log-likelihood default term of topic {@code t} per known feature occurrence */
    public double logDefault(int t) {
        return logDefault[t];
    }

    /** @return the number of topics (indices {@code 0..topicCount-1}) */
    public int topicCount() {
        return topicCount;
    }

    /** @return the number of distinct features the model knows */
    public int vocabularySize() {
        return postings.size();
    }

    /** Scores of one text, filled by {@link #score}. */
    public static final class Scores {
        /** Naive Bayes log-likelihood per topic (without the known-occurrence default term). */
        public final double[] logLikelihood;
        /** Weighted occurrences of features the topic saw in training: the evidence behind a topic. */
        public final double[] hits;
        /** Weighted occurrences of all features the model knows. */
        public double knownWeight;

        Scores(int n) {
            logLikelihood = new double[n];
            hits = new double[n];
        }

        /** Adds another sheet's scores to this one. */
        public void addAll(Scores other) {
            for (int i = 0; i < logLikelihood.length; i++) {
                logLikelihood[i] += other.logLikelihood[i];
                hits[i] += other.hits[i];
            }
            knownWeight += other.knownWeight;
        }

        /** Resets all scores to zero. */
        public void clear() {
            java.util.Arrays.fill(logLikelihood, 0);
            java.util.Arrays.fill(hits, 0);
            knownWeight = 0;
        }

        /** @return the full log-likelihood of topic {@code t}, default term included */
        public double total(TopicModel model, int t) {
            return logLikelihood[t] + knownWeight * model.logDefault[t];
        }
    }

    /** @return an empty score sheet to fill with {@link #add} */
    public Scores newScores() {
        return new Scores(topicCount);
    }

    /** @return whether the model has seen this feature in training */
    public boolean knows(String feature) {
        return postings.containsKey(feature);
    }

    /**
     * Adds one feature occurrence of the given weight to {@code scores}. Unknown features are ignored.
     *
     * @return whether the model knows the feature
     */
    public boolean add(Scores scores, String feature, double weight) {
        Postings p = postings.get(feature);
        if (p != null) {
            add(scores, p, weight);
        }
        return p != null;
    }

    private static void add(Scores scores, Postings p, double weight) {
        scores.knownWeight += weight;
        int[] topics = p.topics;
        float[] ratios = p.logRatio;
        for (int k = 0; k < topics.length; k++) {
            scores.logLikelihood[topics[k]] += weight * ratios[k];
            scores.hits[topics[k]] += weight;
        }
    }

    /** Collects weighted features per topic, then builds a {@link TopicModel}. Not thread-safe. */
    public static final class Builder {
        private final int topicCount;
        private final int[] parent;
        private final List<Map<String, Double>> counts = new ArrayList<>();

        /**
         * @param parent the parent index of each topic, or -1 for roots; material added to a topic is also
         *               added to all its ancestors
         */
        public Builder(int[] parent) {
            this.topicCount = parent.length;
            this.parent = parent.clone();
            for (int i = 0; i < topicCount; i++) {
                counts.add(new HashMap<>());
            }
        }

        /** Adds the features of {@code text} with {@code weight} to topic {@code topic} and its ancestors. */
        public Builder addText(int topic, String text, double weight) {
            Map<String, Double> local = new HashMap<>();
            TopicFeatures.extract(text, weight, (f, w) -> {
                local.merge(f, w, Double::sum);
                return true;
            });
            for (int t = topic; t >= 0; t = parent[t]) {
                Map<String, Double> bag = counts.get(t);
                local.forEach((f, w) -> bag.merge(f, w, Double::sum));
            }
            return this;
        }

        /**
         * @param alpha additive smoothing per feature
         * @param mass  total mass each topic's bag is scaled to
         */
        public TopicModel build(double alpha, double mass) {
            Map<String, List<int[]>> topicsOf = new HashMap<>();
            Map<String, List<Float>> ratiosOf = new HashMap<>();
            Map<String, Boolean> vocab = new HashMap<>();
            counts.forEach(bag -> bag.keySet().forEach(f -> vocab.put(f, Boolean.TRUE)));
            int v = vocab.size();
            double[] logDefault = new double[topicCount];
            for (int t = 0; t < topicCount; t++) {
                Map<String, Double> bag = counts.get(t);
                double total = bag.values().stream().mapToDouble(Double::doubleValue).sum();
                double scale = total > 0 ? mass / total : 0;
                logDefault[t] = Math.log(alpha / ((total > 0 ? mass : 0) + alpha * v));
                final int topic = t;
                bag.forEach((f, n) -> {
                    topicsOf.computeIfAbsent(f, k -> new ArrayList<>()).add(new int[] {topic});
                    ratiosOf.computeIfAbsent(f, k -> new ArrayList<>())
                            .add((float) Math.log((n * scale + alpha) / alpha));
                });
            }
            Map<String, Postings> postings = new HashMap<>(topicsOf.size() * 2);
            topicsOf.forEach((f, ts) -> {
                List<Float> rs = ratiosOf.get(f);
                int[] topics = new int[ts.size()];
                float[] ratios = new float[ts.size()];
                for (int k = 0; k < topics.length; k++) {
                    topics[k] = ts.get(k)[0];
                    ratios[k] = rs.get(k);
                }
                postings.put(f, new Postings(topics, ratios));
            });
            return new TopicModel(topicCount, postings, logDefault);
        }
    }
}
