package io.newsline.enrich.topics.internal;

/**
 * Dense features from word vectors ({@link WordVectors}), of the kinds a model asks for ({@link ExtraFeatures}): the
 * direction of the mean unit vector of the text's content words the vectors have ({@link LinearTopicModel#WORD_VECTORS};
 * function words out, as {@link ContentWords} walks them), and, as features of their own, the same over its
 * capitalised words inside a sentence (names: {@link LinearTopicModel#NAME_VECTORS}). Each mean is scaled to unit
 * length and added as one feature per dimension with a fixed hash ("dimension 17 of the words' mean"), weighing the
 * component times {@link ExtraFeatures#vectorScale()}: the words' own features are a unit vector too, so the scale
 * sets how much the dense part weighs beside them. A text none of whose words the vectors have gets none.
 *
 * <p>So a model can place a headline of words it never saw in its labelled material near headlines of words used
 * alike. Sums are gathered per text part ({@link #sum}) and turned into features once the parts are together
 * ({@link #emit}). Stateless and thread-safe; the vectors are read on first use.
 */
public final class WordVectorFeatures {

    private static final int WORD_SEED = 0x3C6EF372;
    private static final int NAME_SEED = 0xA54FF53A;
    private static final int MAX_DIMENSIONS = 1024;
    private static final int[] WORD_HASH = HashedFeatures.numbered(WORD_SEED, "v:", MAX_DIMENSIONS);
    private static final int[] NAME_HASH = HashedFeatures.numbered(NAME_SEED, "v:", MAX_DIMENSIONS);

    private WordVectorFeatures() {}

    /** A text's (or several parts') sums of unit word vectors: the words', then the names'. Not thread-safe. */
    static final class Sums {
        final float[] words;
        final float[] names;
        int wordCount;
        int nameCount;

        Sums(int dimensions) {
            if (dimensions > MAX_DIMENSIONS) {
                throw new IllegalArgumentException("at most " + MAX_DIMENSIONS + " dimensions, not " + dimensions);
            }
            words = new float[dimensions];
            names = new float[dimensions];
        }

        void add(Sums other) {
            for (int d = 0; d < words.length; d++) {
                words[d] += other.words[d];
                names[d] += other.names[d];
            }
            wordCount += other.wordCount;
            nameCount += other.nameCount;
        }
    }

    /** Adds the vectors of the content words of {@code text} (and of its names, if asked) to {@code sums}. */
    static void sum(CharSequence text, int kinds, WordVectors vectors, Sums sums) {
        boolean words = (kinds & LinearTopicModel.WORD_VECTORS) != 0;
        boolean names = (kinds & LinearTopicModel.NAME_VECTORS) != 0;
        ContentWords.forEach(text, (s, start, end, name) -> {
            if (!words && !(names && name)) {
                return;
            }
            int row = vectors.row(s, start, end);
            if (row >= 0) {
                if (words) {
                    vectors.addTo(row, sums.words, 0);
                    sums.wordCount++;
                }
                if (names && name) {
                    vectors.addTo(row, sums.names, 0);
                    sums.nameCount++;
                }
            }
        });
    }

    /**
     * Writes the features of {@code sums} into {@code hashes} and {@code weights} from {@code at} on (room for twice
     * the dimensions).
     *
     * @return how many were written
     */
    static int emit(Sums sums, float scale, int[] hashes, float[] weights, int at) {
        int n = at;
        n = emit(sums.words, WORD_HASH, scale, hashes, weights, n);
        n = emit(sums.names, NAME_HASH, scale, hashes, weights, n);
        return n - at;
    }

    private static int emit(float[] sum, int[] hash, float scale, int[] hashes, float[] weights, int at) {
        double norm = 0;
        for (float x : sum) {
            norm += (double) x * x;
        }
        if (norm == 0) {
            return at;
        }
        float unit = (float) (scale / Math.sqrt(norm));
        for (int d = 0; d < sum.length; d++) {
            hashes[at] = hash[d];
            weights[at++] = sum[d] * unit;
        }
        return at;
    }

    /** @return the hash of the feature "dimension {@code d} of the words' mean vector" */
    static int wordHash(int d) {
        return WORD_HASH[d];
    }

    /** @return the hash of the feature "dimension {@code d} of the names' mean vector" */
    static int nameHash(int d) {
        return NAME_HASH[d];
    }
}
