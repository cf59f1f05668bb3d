package io.newsline.enrich.topics.internal;

/**
 * What a model reads in English text besides its hashed words: the kinds of word-cluster features
 * ({@link LinearTopicModel#WORD_CLUSTERS}, {@link LinearTopicModel#CLUSTER_PAIRS}, {@link LinearTopicModel#NAME_CLUSTERS})
 * and of word-vector features ({@link LinearTopicModel#WORD_VECTORS}, {@link LinearTopicModel#NAME_VECTORS}), as bits
 * of {@code kinds}, and the scale the word-vector features are multiplied by ({@link WordVectorFeatures}). A model
 * file says which it reads, so the classifier reads the same as training did.
 *
 * @param kinds       the feature kinds, or 0 for words alone
 * @param vectorScale the word-vector features' weight per unit of a mean vector's component (used only when
 *                    {@code kinds} has a vector kind)
 */
public record ExtraFeatures(int kinds, float vectorScale) {

    /** Words alone. */
    public static final ExtraFeatures NONE = new ExtraFeatures(0, 0);
    static final int CLUSTER_KINDS = LinearTopicModel.WORD_CLUSTERS | LinearTopicModel.CLUSTER_PAIRS
            | LinearTopicModel.NAME_CLUSTERS;
    static final int VECTOR_KINDS = LinearTopicModel.WORD_VECTORS | LinearTopicModel.NAME_VECTORS;

    public ExtraFeatures {
        if ((kinds & ~(CLUSTER_KINDS | VECTOR_KINDS)) != 0) {
            throw new IllegalArgumentException("unknown feature kinds " + kinds);
        }
        if ((kinds & VECTOR_KINDS) == 0) {
            vectorScale = 0; // only meaningful with vectors, so equal settings compare equal
        } else if (!(vectorScale > 0)) {
            throw new IllegalArgumentException("word vectors need a positive scale, not " + vectorScale);
        }
    }

    /** @return the word-cluster kinds alone (0: none) */
    public int clusterKinds() {
        return kinds & CLUSTER_KINDS;
    }

    /** @return the word-vector kinds alone (0: none) */
    public int vectorKinds() {
        return kinds & VECTOR_KINDS;
    }

    /** @return whether words alone are read */
    public boolean isNone() {
        return kinds == 0;
    }
}
