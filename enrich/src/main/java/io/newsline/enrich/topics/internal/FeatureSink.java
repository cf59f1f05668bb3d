package io.newsline.enrich.topics.internal;

/** Receives the features of a text one occurrence at a time. */
@FunctionalInterface
public interface FeatureSink {

    /**
     * Called for each feature occurrence with the weight of the text it came from.
     *
     * @return whether the feature is of use to the receiver; a word pair is only emitted when both its
     *     words were (a model that never saw a word never saw a pair containing it)
     */
    boolean accept(String feature, double weight);
}
