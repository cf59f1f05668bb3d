package io.newsline.enrich.topics.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multinomial logistic regression over hashed features ({@link FeatureVector}): one weight per feature
 * bucket and class, a bias per class, and a temperature that calibrates the softmax on text from sources
 * the model was not trained on. Also keeps which single words the model saw in training (a bit set over
 * word hashes), so the classifier can refuse text it cannot read, and a prior per class (the trainer writes how
 * common the class's news section was in the English material, as training weighed it), so a classifier can take
 * part of that prior back out where it would lean short texts towards what the material happens to hold most.
 *
 * <p>Stored as a gzip file: a header, then the weights quantised to one signed byte per bucket and class
 * (bucket-major, with a scale per class), the known-word bit set, the class priors and the feature kinds the model
 * reads besides the hashed words (version 3: the word-cluster kinds, or none; version 4, written only for a model that
 * reads word vectors: their kinds too, then the vectors' scale). A version-2 file is the same but for its version
 * number and the feature kinds it lacks (none); a version-1 file lacks the priors too, which read as equal priors;
 * {@link #read} reads all four and refuses other versions by number. {@link #write} and
 * {@link #read} are the only two places that know the format. Immutable and thread-safe once read.
 */
public final class LinearTopicModel {

    private static final int MAGIC = 0x4E4C5450; // "NLTP"
    private static final int VERSION = 4;
    /** The version of a model that reads no word vectors (the same file as before they existed). */
    private static final int VERSION_WITHOUT_VECTORS = 3;
    /** A feature kind: the model reads each word's and each name's cluster ({@link ClusterFeatures}), in English. */
    public static final int WORD_CLUSTERS = 1;
    /** A feature kind: the model reads the clusters of neighbouring words, as pairs, in English text. */
    public static final int CLUSTER_PAIRS = 2;
    /** A feature kind: the model reads the clusters of names (capitalised words inside a sentence) in English text. */
    public static final int NAME_CLUSTERS = 4;
    /** A feature kind: the model reads the mean word vector of English text ({@link WordVectorFeatures}). */
    public static final int WORD_VECTORS = 8;
    /** A feature kind: the model reads the mean word vector of the names in English text. */
    public static final int NAME_VECTORS = 16;
    /**
     * A feature kind: the model reads the letter sequences inside long words ({@link HashedFeatures#subwords}) in
     * text other than English, where compounds and inflection hide a word's parts from the whole-word features.
     */
    public static final int SUBWORDS = 32;

    private final String[] classes;
    private final int bucketBits;
    private final byte[] weights;
    private final float[] scale;
    private final float[] bias;
    private final float temperature;
    private final int knownBits;
    private final long[] known;
    private final float[] prior;
    private final ExtraFeatures features;

    private LinearTopicModel(String[] classes, int bucketBits, byte[] weights, float[] scale, float[] bias,
                             float temperature, int knownBits, long[] known, float[] prior,
                             ExtraFeatures features) {
        this.classes = classes;
        this.bucketBits = bucketBits;
        this.weights = weights;
        this.scale = scale;
        this.bias = bias;
        this.temperature = temperature;
        this.knownBits = knownBits;
        this.known = known;
        this.prior = prior;
        this.features = features;
    }

    /**
     * @return the kinds of word-cluster features the model reads in English text besides its hashed words
     *     ({@link #WORD_CLUSTERS}, {@link #CLUSTER_PAIRS}, {@link #NAME_CLUSTERS}, or together), 0 for none
     */
    public int wordClusterKinds() {
        return features.clusterKinds();
    }

    /** @return what the model reads in English text besides its hashed words: clusters, word vectors, or none */
    public ExtraFeatures extraFeatures() {
        return features;
    }

    /** @return the class labels (IPTC ids), in the order of {@link #probabilities} */
    public String[] classes() {
        return classes.clone();
    }

    /** @return the softmax temperature the raw scores are divided by */
    public float temperature() {
        return temperature;
    }

    /** @return the bucket a feature hash falls into, for {@code 2^bits} buckets */
    public static int bucket(int hash, int bits) {
        return hash >>> (32 - bits);
    }

    /** @return the calibrated class probabilities of {@code vector} */
    public double[] probabilities(FeatureVector vector) {
        double[] z = new double[classes.length];
        int c = classes.length;
        for (int k = 0; k < vector.size(); k++) {
            int offset = bucket(vector.hash(k), bucketBits) * c;
            float w = vector.weight(k);
            for (int j = 0; j < c; j++) {
                z[j] += w * weights[offset + j];
            }
        }
        for (int j = 0; j < c; j++) {
            z[j] = (z[j] * scale[j] + bias[j]) / temperature;
        }
        return softmax(z);
    }

    /**
     * Divides class probabilities by their prior raised to {@code strength} and normalises them again (a logit
     * adjustment: 0 leaves them, 1 answers as if what the prior describes had been equally common in training).
     *
     * @param p class probabilities in the order of {@link #classes()}, changed in place
     * @return {@code p}
     */
    public double[] withoutPrior(double[] p, double strength) {
        if (strength == 0) {
            return p;
        }
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            p[j] *= Math.pow(prior[j], -strength);
            sum += p[j];
        }
        for (int j = 0; j < p.length; j++) {
            p[j] /= sum;
        }
        return p;
    }

    /** @return the share of the vector's word occurrences the model saw in training, 0 for no words */
    public double knownShare(FeatureVector vector) {
        int words = vector.wordCount();
        if (words == 0) {
            return 0;
        }
        int hits = 0;
        for (int k = 0; k < words; k++) {
            int bit = bucket(vector.word(k), knownBits);
            if ((known[bit >>> 6] & (1L << bit)) != 0) {
                hits++;
            }
        }
        return (double) hits / words;
    }

    /** Softmax in place, numerically stable; returns its argument. */
    public static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int j = 0; j < z.length; j++) {
            z[j] = Math.exp(z[j] - max);
            sum += z[j];
        }
        for (int j = 0; j < z.length; j++) {
            z[j] /= sum;
        }
        return z;
    }

    /** Writes a model with equal priors. */
    public static void write(OutputStream out, String[] classes, int bucketBits, float[] weights, float[] bias,
                             float temperature, int knownBits, long[] known) throws IOException {
        float[] equal = new float[classes.length];
        java.util.Arrays.fill(equal, 1f / classes.length);
        write(out, classes, bucketBits, weights, bias, temperature, knownBits, known, equal, ExtraFeatures.NONE);
    }

    /**
     * Writes a model.
     *
     * @param weights     {@code 2^bucketBits * classes.length} weights, bucket-major
     * @param known       a bit set of {@code 2^knownBits} bits over word hashes seen in training
     * @param prior       per class, a positive prior weight (only the ratios between classes matter)
     * @param features    what the model reads besides the hashed words ({@link #extraFeatures()})
     */
    public static void write(OutputStream out, String[] classes, int bucketBits, float[] weights, float[] bias,
                             float temperature, int knownBits, long[] known, float[] prior,
                             ExtraFeatures features) throws IOException {
        int c = classes.length;
        float[] scale = new float[c];
        for (int k = 0; k < weights.length; k++) {
            scale[k % c] = Math.max(scale[k % c], Math.abs(weights[k]) / 127f);
        }
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(MAGIC);
        boolean vectors = features.vectorKinds() != 0;
        data.writeInt(vectors ? VERSION : VERSION_WITHOUT_VECTORS);
        data.writeInt(c);
        for (String name : classes) {
            data.writeUTF(name);
        }
        data.writeInt(bucketBits);
        data.writeFloat(temperature);
        for (int j = 0; j < c; j++) {
            data.writeFloat(scale[j]);
            data.writeFloat(bias[j]);
        }
        byte[] quantised = new byte[weights.length];
        for (int k = 0; k < weights.length; k++) {
            quantised[k] = scale[k % c] == 0 ? 0 : (byte) Math.round(weights[k] / scale[k % c]);
        }
        data.write(quantised);
        data.writeInt(knownBits);
        for (long word : known) {
            data.writeLong(word);
        }
        for (float share : prior) {
            data.writeFloat(share);
        }
        data.writeInt(features.kinds());
        if (vectors) {
            data.writeFloat(features.vectorScale());
        }
        data.flush();
        gzip.finish();
    }

    /** Reads a model written by {@link #write}. */
    public static LinearTopicModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a topic model (no NLTP header)");
        }
        int version = data.readInt();
        if (version < 1 || version > VERSION) {
            throw new IOException("a topic model of version " + version + "; this build reads versions 1 to "
                    + VERSION);
        }
        int c = data.readInt();
        String[] classes = new String[c];
        for (int j = 0; j < c; j++) {
            classes[j] = data.readUTF();
        }
        int bucketBits = data.readInt();
        float temperature = data.readFloat();
        float[] scale = new float[c];
        float[] bias = new float[c];
        for (int j = 0; j < c; j++) {
            scale[j] = data.readFloat();
            bias[j] = data.readFloat();
        }
        byte[] weights = new byte[(1 << bucketBits) * c];
        data.readFully(weights);
        int knownBits = data.readInt();
        long[] known = new long[Math.max(1, (1 << knownBits) / 64)];
        for (int k = 0; k < known.length; k++) {
            known[k] = data.readLong();
        }
        float[] prior = new float[c];
        for (int j = 0; j < c; j++) {
            prior[j] = version == 1 ? 1f / c : data.readFloat();
        }
        int kinds = version < 3 ? 0 : data.readInt();
        ExtraFeatures features = new ExtraFeatures(kinds, version < 4 ? 0 : data.readFloat());
        return new LinearTopicModel(classes, bucketBits, weights, scale, bias, temperature, knownBits, known, prior,
                features);
    }
}
