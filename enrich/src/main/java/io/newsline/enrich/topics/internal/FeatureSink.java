package io.newsline.enrich.topics.internal;

/** Receives the features of a text one occurrence at a time. */
@FunctionalInterface
public interface FeatureSink {

    /** Called for each feature occurrence with the weight of the text it came from. */
    void accept(String feature, double weight);
}
