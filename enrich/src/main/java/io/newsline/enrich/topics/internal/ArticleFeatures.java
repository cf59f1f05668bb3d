package io.newsline.enrich.topics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features of one article, each part read once: the words of the headline, of each paragraph that has any and
 * of the entity hints, and, the first time a vector asks for them, the extras of the headline and paragraphs (word
 * clusters, word vectors: so a long text whose section model is faded out never reads them). The topic model's vector, each paragraph's
 * vector and the section model's vector are built from these without reading the text again. Not thread-safe (one
 * per text).
 */
public final class ArticleFeatures {

    private final List<FeatureVector.Collector> words = new ArrayList<>();
    private final String title;
    private final List<String> paragraphs = new ArrayList<>();
    private final FeatureVector.Collector hints = new FeatureVector.Collector();
    /** Per extras asked for, per part of {@link #words}, its extras. */
    private final Map<ExtraFeatures, List<FeatureVector.Collector>> extras = new HashMap<>(4);

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

    /**
     * @param extras what the topic model reads besides words
     * @return the topic model's vector: every part's words, the hints' words and the parts' extras
     */
    public FeatureVector topicVector(ExtraFeatures extras) {
        List<FeatureVector.Collector> all = new ArrayList<>(words);
        all.add(hints);
        all.addAll(extras(extras));
        return FeatureVector.of(all);
    }

    /** @return the vector of paragraph {@code k} of {@link #paragraphs()} alone */
    public FeatureVector paragraphVector(int k, ExtraFeatures extras) {
        return !extras.isNone() ? FeatureVector.of(List.of(words.get(k + 1), extras(extras).get(k + 1)))
                : words.get(k + 1).build();
    }

    /**
     * @param extras what the section model reads besides words and shapes
     * @return the section model's vector: every part's words and extras, and the shapes of the texts
     */
    public FeatureVector sectionVector(ExtraFeatures extras, CharSequence... texts) {
        List<FeatureVector.Collector> read = new ArrayList<>(words);
        read.addAll(extras(extras));
        return SectionModel.features(read, texts);
    }

    private List<FeatureVector.Collector> extras(ExtraFeatures asked) {
        if (asked.isNone()) {
            return List.of();
        }
        return extras.computeIfAbsent(asked, k -> {
            List<FeatureVector.Collector> read = new ArrayList<>();
            read.add(new FeatureVector.Collector().addExtras(title, k));
            paragraphs.forEach(p -> read.add(new FeatureVector.Collector().addExtras(p, k)));
            return read;
        });
    }
}
