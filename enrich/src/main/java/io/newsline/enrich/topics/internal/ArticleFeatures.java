package io.newsline.enrich.topics.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The features of one article, each part read once: the words of the headline, of each paragraph that has any and
 * of the entity hints, and, when asked, the word clusters of the headline and paragraphs. The topic model's vector,
 * each paragraph's vector and the section model's vector are built from these without reading the text again.
 * Not thread-safe (one per text).
 */
public final class ArticleFeatures {

    private final List<FeatureVector.Collector> words = new ArrayList<>();
    /** Per part of {@link #words}, its clusters; null when not read. */
    private final List<FeatureVector.Collector> clusters;
    private final List<String> paragraphs = new ArrayList<>();
    private final FeatureVector.Collector hints = new FeatureVector.Collector();

    /**
     * @param readClusters whether to read the word clusters of the headline and paragraphs
     */
    public ArticleFeatures(String title, String text, List<String> entityHints, boolean readClusters) {
        this.clusters = readClusters ? new ArrayList<>() : null;
        addPart(title, new FeatureVector.Collector().add(title));
        for (String paragraph : text.split("\n")) {
            FeatureVector.Collector c = new FeatureVector.Collector().add(paragraph);
            if (c.wordCount() > 0) {
                addPart(paragraph, c);
                paragraphs.add(paragraph);
            }
        }
        entityHints.forEach(hints::add);
    }

    private void addPart(String text, FeatureVector.Collector partWords) {
        words.add(partWords);
        if (clusters != null) {
            clusters.add(new FeatureVector.Collector().addClusters(text));
        }
    }

    /** @return the paragraphs with words, in order */
    public List<String> paragraphs() {
        return paragraphs;
    }

    /** @return the topic model's vector: every part's words, the hints' words and, if asked, the clusters */
    public FeatureVector topicVector(boolean withClusters) {
        List<FeatureVector.Collector> all = new ArrayList<>(words);
        all.add(hints);
        if (withClusters) {
            all.addAll(readClusters());
        }
        return FeatureVector.of(all);
    }

    /** @return the vector of paragraph {@code k} of {@link #paragraphs()} alone */
    public FeatureVector paragraphVector(int k, boolean withClusters) {
        return withClusters ? FeatureVector.of(List.of(words.get(k + 1), readClusters().get(k + 1)))
                : words.get(k + 1).build();
    }

    /** @return the section model's vector: every part's words, if asked their clusters, and the shapes of the texts */
    public FeatureVector sectionVector(boolean withClusters, CharSequence... texts) {
        List<FeatureVector.Collector> read = new ArrayList<>(words);
        if (withClusters) {
            read.addAll(readClusters());
        }
        return SectionModel.features(read, texts);
    }

    private List<FeatureVector.Collector> readClusters() {
        if (clusters == null) {
            throw new IllegalStateException("the word clusters were not read");
        }
        return clusters;
    }
}
