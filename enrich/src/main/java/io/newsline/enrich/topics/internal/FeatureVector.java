package io.newsline.enrich.topics.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The hashed features of one text as a sparse vector of unit length: distinct feature hashes in ascending
 * order with their weights (occurrence counts scaled so the squared weights sum to one), plus the hashes of
 * the single-word features, from which a model tells how much of the text it can read.
 *
 * <p>Unit length makes a headline and a long article comparable: scores do not grow with the text.
 * Immutable once built.
 */
public final class FeatureVector {

    private final int[] hashes;
    private final float[] weights;
    private final int[] words;

    private FeatureVector(int[] hashes, float[] weights, int[] words) {
        this.hashes = hashes;
        this.weights = weights;
        this.words = words;
    }

    /** The features of the given texts (headline, body, entity names, ...) together. */
    public static FeatureVector of(CharSequence... texts) {
        Collector collector = new Collector();
        for (CharSequence text : texts) {
            collector.add(text);
        }
        return collector.build();
    }

    /** The features of several parts together, each part read once (see {@link Collector#build()}). */
    public static FeatureVector of(List<Collector> parts) {
        Collector all = new Collector();
        for (Collector part : parts) {
            all.append(part);
        }
        return all.build();
    }

    /** @return the number of distinct features */
    public int size() {
        return hashes.length;
    }

    /** @return the hash of distinct feature {@code k} */
    public int hash(int k) {
        return hashes[k];
    }

    /** @return the weight of distinct feature {@code k} */
    public float weight(int k) {
        return weights[k];
    }

    /** @return the hashes of every single-word occurrence, in text order */
    public int[] words() {
        return words.clone();
    }

    /** @return the number of single-word occurrences */
    public int wordCount() {
        return words.length;
    }

    /** @return hash of word occurrence {@code k} */
    public int word(int k) {
        return words[k];
    }

    /**
     * Gathers the feature occurrences of one or more texts; {@link #build()} makes their vector, and
     * {@link FeatureVector#of(List)} the vector of several collectors together without reading the texts
     * again. Not thread-safe.
     */
    public static final class Collector implements HashedFeatures.Sink {
        private int[] all = new int[64];
        private int count;
        private int[] words = new int[32];
        private int wordCount;
        /** The sums of word vectors gathered ({@link #addExtras}), or null. */
        private WordVectorFeatures.Sums vectorSums;
        private float vectorScale;

        /** Adds the features of a text (null or empty adds nothing). */
        public Collector add(CharSequence text) {
            if (text != null && !text.isEmpty()) {
                HashedFeatures.extract(text, this);
            }
            return this;
        }

        /** Adds the words of a text and the features of {@link SectionFeatures} (null or empty adds nothing). */
        public Collector addWithShapes(CharSequence text) {
            if (text != null && !text.isEmpty()) {
                HashedFeatures.extract(text, this);
                SectionFeatures.extract(text, this);
            }
            return this;
        }

        /**
         * Adds the features a model reads besides words in a text ({@link ExtraFeatures}: word clusters, the
         * text's word vectors, which become features when the vector is built, and the letter sequences inside
         * long words; null adds none).
         */
        public Collector addExtras(CharSequence text, ExtraFeatures extras) {
            if (text == null || text.isEmpty() || extras.isNone()) {
                return this;
            }
            if (extras.clusterKinds() != 0) {
                ClusterFeatures.extract(text, extras.clusterKinds(), this);
            }
            if (extras.vectorKinds() != 0) {
                addVectors(text, extras, WordVectors.onClassPath());
            }
            if (extras.subwords()) {
                HashedFeatures.subwords(text, this);
            }
            return this;
        }

        /** Adds the word vectors of a text, of the kinds and at the scale of {@code extras}, from {@code vectors}. */
        Collector addVectors(CharSequence text, ExtraFeatures extras, WordVectors vectors) {
            if (vectorSums == null) {
                vectorSums = new WordVectorFeatures.Sums(vectors.dimensions());
            }
            vectorScale = extras.vectorScale();
            WordVectorFeatures.sum(text, extras.vectorKinds(), vectors, vectorSums);
            return this;
        }

        /** @return the number of single-word occurrences gathered */
        public int wordCount() {
            return wordCount;
        }

        void append(Collector other) {
            for (int k = 0; k < other.count; k++) {
                accept(other.all[k], false);
            }
            for (int k = 0; k < other.wordCount; k++) {
                if (wordCount == words.length) {
                    words = Arrays.copyOf(words, Math.max(32, wordCount * 2));
                }
                words[wordCount++] = other.words[k];
            }
            if (other.vectorSums != null) {
                if (vectorSums == null) {
                    vectorSums = new WordVectorFeatures.Sums(other.vectorSums.words.length);
                }
                vectorSums.add(other.vectorSums);
                vectorScale = other.vectorScale;
            }
        }

        @Override
        public void accept(int hash, boolean word) {
            if (count == all.length) {
                all = Arrays.copyOf(all, count * 2);
            }
            all[count++] = hash;
            if (word) {
                if (wordCount == words.length) {
                    words = Arrays.copyOf(words, wordCount * 2);
                }
                words[wordCount++] = hash;
            }
        }

        /** @return the vector of everything gathered so far */
        public FeatureVector build() {
            int[] sorted = Arrays.copyOf(all, count);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int k = 0; k < count; k++) {
                if (k == 0 || sorted[k] != sorted[k - 1]) {
                    distinct++;
                }
            }
            int[] hashes = new int[distinct];
            float[] weights = new float[distinct];
            int d = -1;
            for (int k = 0; k < count; k++) {
                if (k == 0 || sorted[k] != sorted[k - 1]) {
                    hashes[++d] = sorted[k];
                }
                weights[d]++;
            }
            double norm = 0;
            for (float w : weights) {
                norm += (double) w * w;
            }
            float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
            for (int k = 0; k < distinct; k++) {
                weights[k] *= scale;
            }
            if (vectorSums != null) {
                return withVectors(hashes, weights);
            }
            return new FeatureVector(hashes, weights, Arrays.copyOf(words, wordCount));
        }

        /** The unit vector of the words and the dense word-vector features beside it, in hash order. */
        private FeatureVector withVectors(int[] sparseHashes, float[] sparseWeights) {
            int n = sparseHashes.length;
            int[] hashes = Arrays.copyOf(sparseHashes, n + 2 * vectorSums.words.length);
            float[] weights = Arrays.copyOf(sparseWeights, hashes.length);
            n += WordVectorFeatures.emit(vectorSums, vectorScale, hashes, weights, n);
            long[] order = new long[n];
            for (int k = 0; k < n; k++) {
                order[k] = ((long) hashes[k] << 32) | k; // sorts by hash, as the words' features are
            }
            Arrays.sort(order);
            int[] mergedHashes = new int[n];
            float[] mergedWeights = new float[n];
            int d = -1;
            for (int k = 0; k < n; k++) {
                int from = (int) order[k];
                if (d < 0 || mergedHashes[d] != hashes[from]) {
                    mergedHashes[++d] = hashes[from];
                }
                mergedWeights[d] += weights[from]; // a dense feature sharing a word's hash adds to it
            }
            return new FeatureVector(Arrays.copyOf(mergedHashes, d + 1), Arrays.copyOf(mergedWeights, d + 1),
                    Arrays.copyOf(words, wordCount));
        }
    }
}
