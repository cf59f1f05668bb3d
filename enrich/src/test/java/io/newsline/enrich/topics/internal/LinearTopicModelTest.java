package io.newsline.enrich.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class LinearTopicModelTest {

    private static final int BITS = 10;
    private static final String[] CLASSES = {"15000000", "04000000"};

    /** Weights that tie each word of {@code sport} to class 0 and of {@code business} to class 1. */
    private static LinearTopicModel model(float temperature) throws IOException {
        float[] w = new float[(1 << BITS) * CLASSES.length];
        set(w, "football goal", 0);
        set(w, "shares profit", 1);
        long[] known = new long[(1 << 12) / 64];
        FeatureVector seen = FeatureVector.of("football goal shares profit");
        for (int k = 0; k < seen.wordCount(); k++) {
            int bit = LinearTopicModel.bucket(seen.word(k), 12);
            known[bit >>> 6] |= 1L << bit;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LinearTopicModel.write(out, CLASSES, BITS, w, new float[] {0.1f, -0.1f}, temperature, 12, known);
        return LinearTopicModel.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void set(float[] w, String text, int cls) {
        FeatureVector v = FeatureVector.of(text);
        for (int k = 0; k < v.size(); k++) {
            w[LinearTopicModel.bucket(v.hash(k), BITS) * CLASSES.length + cls] = 3f;
        }
    }

    @Test
    void aWrittenModelReadsBackAndScoresItsWords() throws IOException {
        LinearTopicModel m = model(1f);
        assertThat(m.classes()).containsExactly(CLASSES);
        assertThat(m.probabilities(FeatureVector.of("late goal in the football final"))[0]).isGreaterThan(0.9);
        assertThat(m.probabilities(FeatureVector.of("profit lifts shares"))[1]).isGreaterThan(0.9);
        double[] unknown = m.probabilities(FeatureVector.of("zzz"));
        assertThat(unknown[0] + unknown[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aHigherTemperatureFlattensTheProbabilities() throws IOException {
        FeatureVector v = FeatureVector.of("football goal");
        assertThat(model(3f).probabilities(v)[0]).isLessThan(model(1f).probabilities(v)[0]).isGreaterThan(0.5);
    }

    @Test
    void knownShareCountsTheWordsSeenInTraining() throws IOException {
        LinearTopicModel m = model(1f);
        assertThat(m.knownShare(FeatureVector.of("football goal"))).isEqualTo(1.0);
        assertThat(m.knownShare(FeatureVector.of("football zzzq"))).isEqualTo(0.5);
        assertThat(m.knownShare(FeatureVector.of(""))).isZero();
    }

    @Test
    void takingOutThePriorDividesByItAndNormalises() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LinearTopicModel.write(out, CLASSES, BITS, new float[(1 << BITS) * CLASSES.length], new float[2], 1f, 12,
                new long[(1 << 12) / 64], new float[] {0.75f, 0.25f}, ExtraFeatures.NONE);
        LinearTopicModel m = LinearTopicModel.read(new ByteArrayInputStream(out.toByteArray()));
        org.assertj.core.data.Offset<Double> close = org.assertj.core.data.Offset.offset(1e-6);
        assertThat(m.withoutPrior(new double[] {0.6, 0.4}, 0)).containsExactly(new double[] {0.6, 0.4}, close);
        // 0.6 / 0.75 = 0.8 against 0.4 / 0.25 = 1.6
        assertThat(m.withoutPrior(new double[] {0.6, 0.4}, 1)).containsExactly(new double[] {1 / 3.0, 2 / 3.0}, close);
        double[] half = m.withoutPrior(new double[] {0.6, 0.4}, 0.5);
        assertThat(half[0]).isBetween(1 / 3.0, 0.6);
        // written without priors, a model's priors are equal and change nothing
        assertThat(model(1f).withoutPrior(new double[] {0.6, 0.4}, 1)).containsExactly(new double[] {0.6, 0.4}, close);
    }

    @Test
    void somethingElseIsNotReadAsAModel() {
        assertThatThrownBy(() -> LinearTopicModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IOException.class);
    }

    /** A model with priors 0.75 and 0.25 that reads no word clusters or vectors, as the writer stores it (version 3). */
    private static byte[] currentWithPriors() throws IOException {
        return currentWithPriors(0);
    }

    private static byte[] currentWithPriors(int features) throws IOException {
        return currentWithPriors(new ExtraFeatures(features, 0));
    }

    private static LinearTopicModel writtenAndRead(ExtraFeatures features) throws IOException {
        return LinearTopicModel.read(new ByteArrayInputStream(currentWithPriors(features)));
    }

    private static byte[] currentWithPriors(ExtraFeatures features) throws IOException {
        float[] w = new float[(1 << BITS) * CLASSES.length];
        set(w, "football goal", 0);
        set(w, "shares profit", 1);
        long[] known = new long[(1 << 12) / 64];
        known[0] = 0b1011;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LinearTopicModel.write(out, CLASSES, BITS, w, new float[] {0.1f, -0.1f}, 1.5f, 12, known,
                new float[] {0.75f, 0.25f}, features);
        return out.toByteArray();
    }

    /**
     * The model file of another version: the version number after the 4-byte magic replaced, and the last
     * {@code dropTail} bytes (a version-2 file has no feature kinds, an int at the end; a version-1 file no priors
     * either, one float per class before it) left out.
     */
    private static byte[] asVersion(byte[] model, int version, int dropTail) throws IOException {
        byte[] plain;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(model))) {
            plain = in.readAllBytes();
        }
        ByteBuffer.wrap(plain).putInt(4, version);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain, 0, plain.length - dropTail);
        }
        return out.toByteArray();
    }

    @Test
    void aVersionOneFileReadsAsTheSameModelWithEqualPriors() throws IOException {
        byte[] current = currentWithPriors();
        LinearTopicModel two = LinearTopicModel.read(new ByteArrayInputStream(asVersion(current, 2, Integer.BYTES)));
        LinearTopicModel one = LinearTopicModel.read(new ByteArrayInputStream(
                asVersion(current, 1, Integer.BYTES + Float.BYTES * CLASSES.length)));

        assertThat(one.classes()).containsExactly(CLASSES);
        assertThat(one.temperature()).isEqualTo(1.5f);
        for (String text : new String[] {"late goal in the football final", "profit lifts shares", "zzz"}) {
            FeatureVector v = FeatureVector.of(text);
            assertThat(one.probabilities(v)).as(text).containsExactly(two.probabilities(v));
            assertThat(one.knownShare(v)).as(text).isEqualTo(two.knownShare(v));
        }
        org.assertj.core.data.Offset<Double> close = org.assertj.core.data.Offset.offset(1e-6);
        assertThat(two.withoutPrior(new double[] {0.6, 0.4}, 1)).as("version 2 keeps its priors")
                .containsExactly(new double[] {1 / 3.0, 2 / 3.0}, close);
        assertThat(one.withoutPrior(new double[] {0.6, 0.4}, 1)).as("version 1 has equal priors: nothing to take out")
                .containsExactly(new double[] {0.6, 0.4}, close);
    }

    @Test
    void aModelSaysWhetherItReadsWordClusters() throws IOException {
        byte[] plain = currentWithPriors(0);
        byte[] withClusters = currentWithPriors(LinearTopicModel.WORD_CLUSTERS);

        assertThat(LinearTopicModel.read(new ByteArrayInputStream(plain)).wordClusterKinds()).isZero();
        assertThat(LinearTopicModel.read(new ByteArrayInputStream(withClusters)).wordClusterKinds())
                .isEqualTo(LinearTopicModel.WORD_CLUSTERS);
        assertThat(LinearTopicModel.read(new ByteArrayInputStream(asVersion(plain, 2, Integer.BYTES)))
                .wordClusterKinds()).as("a version-2 file reads words only").isZero();
    }

    @Test
    void aModelSaysWhetherItReadsWordVectorsAndAtWhatScale() throws IOException {
        ExtraFeatures vectors = new ExtraFeatures(LinearTopicModel.WORD_VECTORS | LinearTopicModel.WORD_CLUSTERS, 2.5f);
        LinearTopicModel model = writtenAndRead(vectors);

        assertThat(model.extraFeatures()).isEqualTo(vectors);
        assertThat(model.wordClusterKinds()).isEqualTo(LinearTopicModel.WORD_CLUSTERS);
        assertThat(LinearTopicModel.read(new ByteArrayInputStream(currentWithPriors())).extraFeatures())
                .isEqualTo(ExtraFeatures.NONE);
    }

    @Test
    void aModelSaysWhetherItReadsLetterSequencesAndReadsThemOnlyInOtherLanguages() throws IOException {
        ExtraFeatures both = new ExtraFeatures(LinearTopicModel.SUBWORDS | LinearTopicModel.WORD_CLUSTERS, 0);
        LinearTopicModel model = writtenAndRead(both);

        assertThat(model.extraFeatures()).isEqualTo(both).matches(ExtraFeatures::subwords);
        assertThat(model.extraFeatures().english()).as("English text reads the clusters alone")
                .isEqualTo(new ExtraFeatures(LinearTopicModel.WORD_CLUSTERS, 0));
        assertThat(model.extraFeatures().otherLanguages()).as("other languages read the letter sequences alone")
                .isEqualTo(new ExtraFeatures(LinearTopicModel.SUBWORDS, 0));
        assertThat(ExtraFeatures.NONE.otherLanguages()).isEqualTo(ExtraFeatures.NONE);

        String german = "Die Bundesregierung beschließt das Haushaltsgesetz";
        FeatureVector words = FeatureVector.of(german);
        FeatureVector withLetters = new FeatureVector.Collector().add(german)
                .addExtras(german, model.extraFeatures().otherLanguages()).build();
        assertThat(withLetters.size()).isGreaterThan(words.size());
        assertThat(withLetters.wordCount()).as("letter sequences are not words").isEqualTo(words.wordCount());
    }

    @Test
    void aModelWithoutWordVectorsIsWrittenAsBeforeThem() throws IOException {
        byte[] plain;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(
                currentWithPriors(LinearTopicModel.WORD_CLUSTERS)))) {
            plain = in.readAllBytes();
        }
        assertThat(ByteBuffer.wrap(plain).getInt(4)).as("version").isEqualTo(3);
    }

    @Test
    void aVersionThisBuildDoesNotKnowIsRefusedByNumber() throws IOException {
        byte[] future = asVersion(currentWithPriors(), 5, 0);
        assertThatThrownBy(() -> LinearTopicModel.read(new ByteArrayInputStream(future)))
                .isInstanceOf(IOException.class)
                .hasMessage("a topic model of version 5; this build reads versions 1 to 4");
    }
}
