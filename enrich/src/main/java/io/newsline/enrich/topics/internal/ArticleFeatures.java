package io.newsline.enrich.topics.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The features of one article, each part read once: the words of the headline, of each paragraph that has any and
 * of the entity hints, and, the first time a vector asks for them, the word clusters of the headline and paragraphs
 * (so a long text whose section model is faded out never reads them). The topic model's vector, each paragraph's
 * vector and the section model's vector are built from these without reading the text again. Not thread-safe (one
 * per text).
 */
public final class ArticleFeatures {

    private final List<FeatureVector.Collector> words = new ArrayList<>();
    private final String title;
    private final List<String> paragraphs = new ArrayList<>();
    private final FeatureVector.Collector hints = new FeatureVector.Collector();
    /** Per part of {@link #words}, its clusters; null until asked for. */
    private List<FeatureVector.Collector> clusters;

    /** Reads the words of the headline, of each paragraph of {@code text} (split at line breaks) and of the hints. */
    public ArticleFeatures(String title, String text, List<String> entityHints) {
        this.title = title;
        words.add(new FeatureVector.Collector().add(title));
        for (String paragraph : text.split("\n")) {
            FeatureVector.Collector c = new FeatureVector.Collector().add(paragraph);
            if (c.wordCount() > 0) {
                words.add(c);
                paragraphs.add(paragraph);
            }
        }
        entityHints.forEach(hints::add);
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
            clusters = new ArrayList<>();
            clusters.add(new FeatureVector.Collector().addClusters(title));
            paragraphs.forEach(p -> clusters.add(new FeatureVector.Collector().addClusters(p)));
        }
        return clusters;
    }
}
