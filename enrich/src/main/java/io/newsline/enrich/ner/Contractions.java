package io.newsline.enrich.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A language's contractions of a preposition and an article ("im" = "in dem", "au" = "à le"), read from the
 * multi-word-token table of CoreNLP's models jar for the language. CoreNLP's German and French CRFs were trained on
 * text with these split (its pipelines run the {@code mwt} annotator before NER); given "im" or "au" as one word they
 * run organisations and places across it ("am Sonntag beim VfB Stuttgart", "mer au Royaume-Uni"). {@link #classify}
 * lets the CRF read the split words and gives each original token the label of its first word, so the spans keep the
 * text's own tokens and offsets.
 *
 * <p>Immutable and thread-safe.
 */
final class Contractions {

    /** Classifies one sentence's tokens (the CRF's {@code classifySentence}). */
    interface Classifier {
        List<CoreLabel> classify(List<CoreLabel> tokens);
    }

    private final Map<String, String[]> expansions;

    private Contractions(Map<String, String[]> expansions) {
        this.expansions = expansions;
    }

    /**
     * @param resource a CoreNLP {@code mwt} mapping file on the class path: a word, a tab and its words joined by
     *                 commas per line (lines whose word carries a part-of-speech suffix, "des-ADP_DET", need a tagger to
     *                 decide and are left out)
     */
    static Contractions load(String resource) {
        Map<String, String[]> expansions = new HashMap<>();
        try (InputStream stream = Contractions.class.getClassLoader().getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("missing contractions table " + resource);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                String[] columns = line.split("\t");
                if (columns.length == 2 && !columns[0].contains("-")) {
                    expansions.put(columns[0], columns[1].split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Contractions(Map.copyOf(expansions));
    }

    /** @return labelled copies of {@code tokens}, one per token, labelled by the CRF reading the contractions split */
    List<CoreLabel> classify(List<CoreLabel> tokens, Classifier classifier) {
        List<CoreLabel> words = new ArrayList<>(tokens.size() + 4);
        int[] firstWord = new int[tokens.size()];
        boolean any = false;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            String[] parts = expansions.get(token.word());
            firstWord[i] = words.size();
            if (parts == null) {
                words.add(token);
            } else {
                any = true;
                for (String part : parts) {
                    CoreLabel copy = new CoreLabel(token);
                    copy.setWord(part);
                    copy.setValue(part);
                    words.add(copy);
                }
            }
        }
        List<CoreLabel> labelled = classifier.classify(words);
        if (!any) {
            return labelled;
        }
        List<CoreLabel> result = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel copy = new CoreLabel(tokens.get(i));
            copy.set(CoreAnnotations.AnswerAnnotation.class,
                    labelled.get(firstWord[i]).get(CoreAnnotations.AnswerAnnotation.class));
            result.add(copy);
        }
        return result;
    }
}
