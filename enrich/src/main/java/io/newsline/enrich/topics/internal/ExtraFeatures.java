package io.newsline.enrich.topics.internal;

/**
 * What a model reads besides its hashed words: in English text the kinds of word-cluster features
 * ({@link LinearTopicModel#WORD_CLUSTERS}, {@link LinearTopicModel#CLUSTER_PAIRS}, {@link LinearTopicModel#NAME_CLUSTERS})
 * and of word-vector features ({@link LinearTopicModel#WORD_VECTORS}, {@link LinearTopicModel#NAME_VECTORS}), in other
 * languages the letter sequences inside long words ({@link LinearTopicModel#SUBWORDS}), as bits of {@code kinds}, and
 * the scale the word-vector features are multiplied by ({@link WordVectorFeatures}). A model file says which it
 * reads, so the classifier reads the same as training did.
 *
 * @param kinds       the feature kinds, or 0 for words alone
 * @param vectorScale the word-vector features' weight per unit of a mean vector's component (used only when
 *                    {@code kinds} has a vector kind)
 */
public record ExtraFeatures(int kinds, float vectorScale) {

    /** Words alone. */
    public static final ExtraFeatures NONE = new ExtraFeatures(0, 0);
    private static final ExtraFeatures SUBWORDS_ONLY = new ExtraFeatures(LinearTopicModel.SUBWORDS, 0);
    static final int CLUSTER_KINDS = LinearTopicModel.WORD_CLUSTERS | LinearTopicModel.CLUSTER_PAIRS
            | LinearTopicModel.NAME_CLUSTERS;
    static final int VECTOR_KINDS = LinearTopicModel.WORD_VECTORS | LinearTopicModel.NAME_VECTORS;
    static final int ENGLISH_KINDS = CLUSTER_KINDS | VECTOR_KINDS;

    public ExtraFeatures {
        if ((kinds & ~(ENGLISH_KINDS | LinearTopicModel.SUBWORDS)) != 0) {
            throw new IllegalArgumentException("unknown feature kinds " + kinds);
        }
        if ((kinds & VECTOR_KINDS) == 0) {
            vectorScale = 0; // only meaningful with vectors, so equal settings compare equal
        } else if (!(vectorScale > 0)) {
            throw new IllegalArgumentException("word vectors need a positive scale, not " + vectorScale);
        }
    }

    /** @return what is read in English text: the word clusters and word vectors alone */
    public ExtraFeatures english() {
        return (kinds & ~ENGLISH_KINDS) == 0 ? this : new ExtraFeatures(kinds & ENGLISH_KINDS, vectorScale);
    }

    /** @return what is read in text in other languages: the letter sequences inside long words, or none */
    public ExtraFeatures otherLanguages() {
        return subwords() ? SUBWORDS_ONLY : NONE;
    }

    /** @return whether the letter sequences inside long words are read */
    public boolean subwords() {
        return (kinds & LinearTopicModel.SUBWORDS) != 0;
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
