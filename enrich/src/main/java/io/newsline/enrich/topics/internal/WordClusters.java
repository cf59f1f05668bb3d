package io.newsline.enrich.topics.internal;

import io.newsline.schemas.reference.DataFiles;
import java.util.List;

/**
 * Distributional word clusters: each of about half a million English words belongs to one of 511 Clark clusters
 * learned from the contexts the word keeps in a very large news corpus (English Gigaword 4 and Reuters RCV1), so
 * words used alike share a cluster ("Chelsea" and "Juventus"; "striker" and "goalkeeper") whether or not the
 * labelled topic material ever showed them. The lexicon is the one CoreNLP's English NER model embeds (its distsim
 * lexicon, GPL-3.0-or-later like CoreNLP).
 *
 * <p>Topic and section models can be trained to read clusters ({@code -Dtopics.wordClusters}; measured and not
 * kept, docs/QUALITY.md), so the lexicon is not shipped: {@code scripts/extract-word-clusters.sh} writes it as
 * {@code word-clusters.txt.gz} into a folder of the build ({@code enrich/target/word-clusters}) that enrich's tests
 * and the experiment's command (docs/QUALITY.md) put on the class path. {@link #onClassPath()} reads it from there,
 * once, on first use, and names that command when it is missing.
 *
 * <p>Words are looked up as the lexicon keys them: lower-cased, each digit written as {@code 9} ("2-0" and "3-1"
 * are both "9-9"), a typographic apostrophe as {@code '}. The words are kept as 64-bit hashes in a
 * {@link WordTable} (8 MB of heap for the extracted lexicon). Immutable and thread-safe once built.
 */
public final class WordClusters {

    static final String RESOURCE = "/io/newsline/enrich/topics/word-clusters.txt.gz";
    private static final int CLUSTER_BITS = 10;

    private final WordTable table;

    private WordClusters(WordTable table) {
        this.table = table;
    }

    /**
     * The extracted lexicon on the class path, read on first use and shared.
     *
     * @throws IllegalStateException when it is not on the class path
     */
    public static WordClusters onClassPath() {
        if (Bundled.LEXICON == null) {
            throw new IllegalStateException("no word clusters on the class path (" + RESOURCE + "): a model that reads"
                    + " them needs scripts/extract-word-clusters.sh and enrich/target/word-clusters on the class path");
        }
        return Bundled.LEXICON;
    }

    /** @return whether the extracted lexicon is on the class path */
    public static boolean available() {
        return Bundled.LEXICON != null;
    }

    /** Holder: the lexicon is read when first asked for, once (class initialisation is thread-safe). */
    private static final class Bundled {
        static final WordClusters LEXICON = WordClusters.class.getResource(RESOURCE) == null ? null
                : parse(DataFiles.lines(WordClusters.class, RESOURCE));
    }

    /**
     * Builds a lexicon from lines {@code CLUSTER<TAB>word word ...} (one line per cluster, words as the lexicon
     * keys them).
     */
    public static WordClusters parse(List<String> lines) {
        int words = 0;
        for (String line : lines) {
            words += count(line);
        }
        WordTable table = new WordTable(words, CLUSTER_BITS);
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("a word-cluster line without a cluster id: " + line);
            }
            int cluster = Integer.parseInt(line.substring(0, tab));
            if (cluster <= 0 || cluster >= 1 << CLUSTER_BITS) {
                throw new IllegalArgumentException("cluster id out of range: " + cluster);
            }
            int start = tab + 1;
            for (int k = start; k <= line.length(); k++) {
                if (k == line.length() || line.charAt(k) == ' ') {
                    if (k > start) {
                        table.put(line, start, k, cluster);
                    }
                    start = k + 1;
                }
            }
        }
        return new WordClusters(table);
    }

    private static int count(String line) {
        int n = 0;
        for (int k = line.indexOf('\t') + 1; k > 0 && k < line.length(); k++) {
            if (line.charAt(k) != ' ' && (k == 0 || line.charAt(k - 1) == ' ' || line.charAt(k - 1) == '\t')) {
                n++;
            }
        }
        return n;
    }

    /** @return the number of words in the lexicon */
    public int size() {
        return table.size();
    }

    /**
     * @param word a word as written (any case; digits are looked up as {@code 9})
     * @return its cluster id (1 to 511), or 0 for a word the lexicon does not have
     */
    public int cluster(CharSequence word) {
        return cluster(word, 0, word.length());
    }

    /** @return the cluster id of the word from {@code from} to {@code to} (exclusive) in {@code text}, or 0 */
    public int cluster(CharSequence text, int from, int to) {
        return table.get(text, from, to);
    }
}
