package io.newsline.enrich.topics.training;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Extracts the distributional word clusters that CoreNLP's English NER model carries inside it (its "distsim"
 * lexicon: {@code egw4-reut.512.clusters}, Clark clusters over English Gigaword 4 and Reuters RCV1, words
 * lower-cased and digits written as 9; GPL-3.0-or-later like CoreNLP, Stanford NLP Group) into a
 * {@code word-clusters.txt.gz} that {@code WordClusters} reads: one line per cluster, {@code CLUSTER<TAB>word word
 * ...}, clusters and words sorted, so the same model jar gives the same file byte for byte (2.0 MB).
 *
 * <p>Kept: the words the topic features can meet, runs of letters and digits joined by single hyphens,
 * ampersands, apostrophes or dots ("semi-final", "at&amp;t", "u.s."): 522,390 of 533,629; dropped: the lexicon's
 * e-mail addresses, web addresses, slash pairs ("eu/us"), numbers with commas, and the empty word.
 *
 * <p>Usage: {@code scripts/extract-word-clusters.sh}, which writes it into the build (not the jar):
 * {@code enrich/target/word-clusters/io/newsline/enrich/topics/word-clusters.txt.gz}.
 */
public final class WordClusterExtraction {

    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    private static final Pattern KEPT = Pattern.compile("[\\p{L}\\p{M}0-9]+([-&'.][\\p{L}\\p{M}0-9]+)*");

    private WordClusterExtraction() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: WordClusterExtraction OUT_FILE.txt.gz");
            System.exit(2);
        }
        Map<String, String> lexicon = lexicon(CRFClassifier.getClassifier(MODEL));
        Map<Integer, TreeSet<String>> clusters = new TreeMap<>();
        int kept = 0;
        for (Map.Entry<String, String> e : lexicon.entrySet()) {
            if (KEPT.matcher(e.getKey()).matches()) {
                clusters.computeIfAbsent(Integer.parseInt(e.getValue()), c -> new TreeSet<>()).add(e.getKey());
                kept++;
            }
        }
        Path out = Path.of(args[0]);
        try (OutputStream file = Files.newOutputStream(out);
             Writer w = new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16), StandardCharsets.UTF_8)) {
            w.write("# Distributional word clusters (Clark clusters egw4-reut.512 over English Gigaword 4 and Reuters"
                    + " RCV1), from the distsim lexicon of\n# CoreNLP 4.5.10's " + MODEL + "\n# (GPL-3.0-or-later,"
                    + " Stanford NLP Group), extracted by WordClusterExtraction: " + kept + " of " + lexicon.size()
                    + " words.\n# cluster<TAB>words (lower-cased, digits as 9)\n");
            for (Map.Entry<Integer, TreeSet<String>> c : clusters.entrySet()) {
                w.write(c.getKey() + "\t" + String.join(" ", c.getValue()) + "\n");
            }
        }
        System.out.printf("wrote %s: %d clusters, %d of the lexicon's %d words (%d bytes)%n", out, clusters.size(),
                kept, lexicon.size(), Files.size(out));
    }

    /** The model's distsim lexicon (word to cluster id), read from its NER feature factory. */
    @SuppressWarnings("unchecked")
    static Map<String, String> lexicon(CRFClassifier<?> classifier) throws ReflectiveOperationException {
        Field factories = AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
        factories.setAccessible(true);
        for (Object factory : (List<?>) factories.get(classifier)) {
            for (Class<?> k = factory.getClass(); k != null; k = k.getSuperclass()) {
                try {
                    Field field = k.getDeclaredField("lexicon");
                    field.setAccessible(true);
                    Object lexicon = field.get(factory);
                    if (lexicon instanceof Map<?, ?> map && !map.isEmpty()) {
                        return (Map<String, String>) map;
                    }
                } catch (NoSuchFieldException notHere) {
                    // the field is declared on one class of the hierarchy only
                }
            }
        }
        throw new IllegalStateException(MODEL + " has no distsim lexicon");
    }
}
