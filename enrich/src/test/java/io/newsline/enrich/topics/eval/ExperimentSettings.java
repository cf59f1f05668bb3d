package io.newsline.enrich.topics.eval;

import io.newsline.enrich.topics.IptcTopicClassifier;

/**
 * The classifier settings an evaluation runs with: the defaults, with {@code topics.naiveBayesWeight},
 * {@code topics.longTextNaiveBayesWeight}, {@code topics.minKnownShare} and
 * {@code topics.shortTextPriorCorrection} and {@code topics.shortTextSectionWeight} system properties overriding
 * them for experiments.
 */
public final class ExperimentSettings {

    private ExperimentSettings() {}

    /** @return the default settings with the system properties' overrides */
    public static IptcTopicClassifier.Settings classifier() {
        IptcTopicClassifier.Settings d = IptcTopicClassifier.Settings.defaults();
        return new IptcTopicClassifier.Settings(d.alsoShare(), d.maxTopLevel(),
                property("topics.minKnownShare", d.minKnownShare()),
                property("topics.naiveBayesWeight", d.naiveBayesWeight()),
                property("topics.longTextNaiveBayesWeight", d.longTextNaiveBayesWeight()), d.descent(),
                property("topics.shortTextPriorCorrection", d.shortTextPriorCorrection()),
                property("topics.shortTextSectionWeight", d.shortTextSectionWeight()));
    }

    private static double property(String name, double fallback) {
        String value = System.getProperty(name);
        return value == null ? fallback : Double.parseDouble(value);
    }
}
