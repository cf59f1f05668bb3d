package io.newsline.enrich.topics.internal;

/**
 * Features from distributional word clusters ({@link WordClusters}), of the kinds a model asks for
 * ({@link LinearTopicModel#wordClusterKinds()}): the cluster of each word the lexicon has (function words skipped),
 * and again, as a feature of its own, the cluster of each capitalised word inside a sentence (names: "Juventus" and
 * "Chelsea" share one, "Nasdaq" another) ({@link LinearTopicModel#WORD_CLUSTERS}); the names' clusters alone
 * ({@link LinearTopicModel#NAME_CLUSTERS}); the clusters of neighbouring words within a sentence as pairs
 * ({@link LinearTopicModel#CLUSTER_PAIRS}). So a model can read a word it never saw in its labelled material by the
 * company it keeps in a large news corpus.
 *
 * <p>Emitted into the same kind of sink as {@link HashedFeatures}, with hash seeds of their own and never as
 * words (they do not count for the known-word share). Stateless and thread-safe; the lexicon is read on first use.
 */
public final class ClusterFeatures {

    private static final int CLUSTER_SEED = 0x6A09E667;
    private static final int CAPITALISED_SEED = 0x510E527F;
    private static final int PAIR_SEED = 0x1F83D9AB;
    private static final int CLUSTERS = 1 << 10;
    private static final int[] CLUSTER_HASH = HashedFeatures.numbered(CLUSTER_SEED, "", CLUSTERS);
    private static final int[] CAPITALISED_HASH = HashedFeatures.numbered(CAPITALISED_SEED, "", CLUSTERS);

    private ClusterFeatures() {}

    /** Emits the cluster features of the given kinds of {@code text} to {@code sink}, with the class path's lexicon. */
    public static void extract(CharSequence text, int kinds, HashedFeatures.Sink sink) {
        extract(text, kinds, WordClusters.onClassPath(), sink);
    }

    /** Emits the cluster features of the given kinds of {@code text} to {@code sink}. */
    static void extract(CharSequence text, int kinds, WordClusters clusters, HashedFeatures.Sink sink) {
        boolean words = (kinds & LinearTopicModel.WORD_CLUSTERS) != 0;
        boolean names = words || (kinds & LinearTopicModel.NAME_CLUSTERS) != 0;
        boolean pairs = (kinds & LinearTopicModel.CLUSTER_PAIRS) != 0;
        ContentWords.forEach(text, new ContentWords.Visitor() {
            private int previous;

            @Override
            public void word(CharSequence s, int start, int end, boolean name) {
                int cluster = clusters.cluster(s, start, end);
                if (cluster > 0) {
                    if (words) {
                        sink.accept(CLUSTER_HASH[cluster], false);
                    }
                    if (names && name) {
                        sink.accept(CAPITALISED_HASH[cluster], false);
                    }
                    if (pairs && previous > 0) {
                        sink.accept(pairHash(previous, cluster), false);
                    }
                }
                previous = cluster;
            }

            @Override
            public void sentenceBreak() {
                previous = 0;
            }
        });
    }

    /** @return the hash of the feature "a word of cluster {@code cluster}" */
    static int clusterHash(int cluster) {
        return CLUSTER_HASH[cluster];
    }

    /** @return the hash of the feature "a word of cluster {@code first} followed by one of {@code second}" */
    static int pairHash(int first, int second) {
        int h = PAIR_SEED ^ (first * CLUSTERS + second);
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /** @return the hash of the feature "a capitalised word inside a sentence of cluster {@code cluster}" */
    static int capitalisedHash(int cluster) {
        return CAPITALISED_HASH[cluster];
    }
}
