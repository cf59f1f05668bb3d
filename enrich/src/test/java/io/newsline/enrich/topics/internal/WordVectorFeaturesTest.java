package io.newsline.enrich.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordVectorFeaturesTest {

    /** Three dimensions: "striker" and "goalkeeper" close, "profit" apart; "the" has a vector but is a function word. */
    private static final WordVectors VECTORS = vectors(List.of("striker", "goalkeeper", "profit", "the", "chelsea"),
            List.of(new float[] {3, 4, 0}, new float[] {4, 3, 0}, new float[] {0, 0, -2}, new float[] {1, 1, 1},
                    new float[] {0, 1, 0}));
    private static final ExtraFeatures WORDS = new ExtraFeatures(LinearTopicModel.WORD_VECTORS, 1);

    private static WordVectors vectors(List<String> words, List<float[]> vectors) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            WordVectors.write(out, words, vectors);
            return WordVectors.read(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FeatureVector vector(String text, ExtraFeatures extras) {
        return new FeatureVector.Collector().add(text).addVectors(text, extras, VECTORS).build();
    }

    /** The weights of the dense features, by hash. */
    private static Map<Integer, Float> dense(FeatureVector v, int kind) {
        Map<Integer, Float> out = new HashMap<>();
        for (int d = 0; d < VECTORS.dimensions(); d++) {
            int hash = kind == LinearTopicModel.WORD_VECTORS ? WordVectorFeatures.wordHash(d)
                    : WordVectorFeatures.nameHash(d);
            for (int k = 0; k < v.size(); k++) {
                if (v.hash(k) == hash) {
                    out.put(d, v.weight(k));
                }
            }
        }
        return out;
    }

    @Test
    void aKnownWordGivesItsUnitVectorAtTheScale() {
        assertThat(VECTORS.vector("Striker")).containsExactly(new float[] {0.6f, 0.8f, 0}, offset(0.8f / 127));
        Map<Integer, Float> one = dense(vector("striker", WORDS), LinearTopicModel.WORD_VECTORS);
        assertThat(one).hasSize(3);
        assertThat(one.get(0)).isCloseTo(0.6f, offset(0.01f));
        assertThat(one.get(1)).isCloseTo(0.8f, offset(0.01f));
        Map<Integer, Float> scaled = dense(vector("striker", new ExtraFeatures(LinearTopicModel.WORD_VECTORS, 2.5f)),
                LinearTopicModel.WORD_VECTORS);
        assertThat(scaled.get(1)).isCloseTo(2.5f * 0.8f, offset(0.02f));
    }

    @Test
    void theMeanOfSeveralWordsIsScaledToUnitLength() {
        Map<Integer, Float> mean = dense(vector("striker profit goalkeeper", WORDS), LinearTopicModel.WORD_VECTORS);
        double norm = 0;
        for (float w : mean.values()) {
            norm += w * w;
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1, offset(1e-4));
        assertThat(mean.get(0)).as("striker and goalkeeper pull alike").isCloseTo(mean.get(1), offset(0.02f));
        assertThat(mean.get(2)).as("profit points the other way on the third").isNegative();
    }

    @Test
    void unknownAndFunctionWordsGiveNothingAndTheWordsStayAsTheyWere() {
        FeatureVector plain = FeatureVector.of("zzqx blorp the");
        FeatureVector read = vector("zzqx blorp the", WORDS);
        assertThat(dense(read, LinearTopicModel.WORD_VECTORS)).isEmpty();
        assertThat(read.size()).isEqualTo(plain.size());
        assertThat(dense(vector("the striker", WORDS), LinearTopicModel.WORD_VECTORS))
                .isEqualTo(dense(vector("striker", WORDS), LinearTopicModel.WORD_VECTORS));
    }

    @Test
    void theWordsFeaturesKeepUnitLengthAndDenseFeaturesAreNotWords() {
        FeatureVector plain = FeatureVector.of("Chelsea sign a striker");
        FeatureVector read = vector("Chelsea sign a striker", WORDS);
        assertThat(read.size()).isEqualTo(plain.size() + 3);
        assertThat(read.words()).containsExactly(plain.words());
        java.util.Set<Integer> denseHashes = java.util.Set.of(WordVectorFeatures.wordHash(0),
                WordVectorFeatures.wordHash(1), WordVectorFeatures.wordHash(2));
        double sparse = 0;
        for (int k = 0; k < read.size(); k++) {
            if (!denseHashes.contains(read.hash(k))) {
                sparse += read.weight(k) * read.weight(k);
            }
        }
        assertThat(sparse).isCloseTo(1, offset(1e-4));
        for (int k = 1; k < read.size(); k++) {
            assertThat(read.hash(k)).as("hashes ascending").isGreaterThan(read.hash(k - 1));
        }
    }

    @Test
    void namesInsideASentenceGetAMeanOfTheirOwn() {
        ExtraFeatures names = new ExtraFeatures(LinearTopicModel.NAME_VECTORS, 1);
        assertThat(dense(vector("The striker joins Chelsea's squad.", names), LinearTopicModel.NAME_VECTORS))
                .containsOnlyKeys(0, 1, 2).containsEntry(1, 1f);
        assertThat(dense(vector("Chelsea sign a striker.", names), LinearTopicModel.NAME_VECTORS))
                .as("a capital at the start of a sentence is no name").isEmpty();
        assertThat(dense(vector("The striker joins Chelsea's squad.", names), LinearTopicModel.WORD_VECTORS))
                .as("names alone").isEmpty();
    }

    @Test
    void partsGatheredApartGiveTheVectorOfTheWhole() {
        FeatureVector.Collector title = new FeatureVector.Collector().add("Striker").addVectors("Striker", WORDS, VECTORS);
        FeatureVector.Collector text = new FeatureVector.Collector().add("profit").addVectors("profit", WORDS, VECTORS);
        FeatureVector parts = FeatureVector.of(List.of(title, text));
        FeatureVector whole = vector("Striker\nprofit", WORDS);
        assertThat(parts.size()).isEqualTo(whole.size());
        for (int k = 0; k < whole.size(); k++) {
            assertThat(parts.hash(k)).isEqualTo(whole.hash(k));
            assertThat(parts.weight(k)).isCloseTo(whole.weight(k), offset(1e-6f));
        }
    }
}
