package io.newsline.enrich.topics.internal;

import io.newsline.enrich.topics.IptcTaxonomy;
import io.newsline.enrich.topics.IptcTopic;
import java.util.List;

/**
 * A second, small decision for short English text: which news section (world, sport, business, science and
 * technology) a text belongs to, from a logistic regression trained with the sections weighed equally over the
 * words of {@link HashedFeatures} and the shapes of {@link SectionFeatures}. It re-weighs the topic model's class
 * probabilities so that their section shares move towards its own, leaving the order of the topics inside each
 * section as the topic model has it.
 *
 * <p>Its classes are named by the IPTC ids that root each section, space-separated ({@code "15000000"} for sport,
 * {@code "13000000 20000225"} for science and technology with the computing industry); the class with no id takes
 * every other topic. A topic class belongs to the section of its deepest ancestor (or itself) named there.
 * Immutable and thread-safe.
 */
public final class SectionModel {

    private final LinearTopicModel model;
    /** Per topic-model class, the section-model class it belongs to. */
    private final int[] sectionOf;

    /**
     * @param model        the section model (its classes named as above)
     * @param topicClasses the topic model's classes (IPTC ids), in its order
     */
    public SectionModel(LinearTopicModel model, String[] topicClasses, IptcTaxonomy taxonomy) {
        this.model = model;
        String[] sections = model.classes();
        this.sectionOf = new int[topicClasses.length];
        for (int j = 0; j < topicClasses.length; j++) {
            sectionOf[j] = sectionOf(topicClasses[j], sections, taxonomy);
        }
    }

    private static int sectionOf(String topic, String[] sections, IptcTaxonomy taxonomy) {
        List<IptcTopic> path = taxonomy.path(topic);
        int rest = -1;
        for (int s = 0; s < sections.length; s++) {
            rest = sections[s].isBlank() ? s : rest;
        }
        for (int k = path.size() - 1; k >= 0; k--) {
            for (int s = 0; s < sections.length; s++) {
                if (List.of(sections[s].trim().split(" ")).contains(path.get(k).id())) {
                    return s;
                }
            }
        }
        if (rest < 0) {
            throw new IllegalArgumentException("no section takes topic " + topic);
        }
        return rest;
    }

    /** @return the underlying model */
    public LinearTopicModel model() {
        return model;
    }

    /** @return what the section model reads besides words and shapes (clusters, word vectors, or none) */
    public ExtraFeatures extraFeatures() {
        return model.extraFeatures();
    }

    /**
     * @param extras what to read too ({@link #extraFeatures()})
     * @return the features the section model reads: words and shapes of each text, and the extras if asked
     */
    public static FeatureVector features(ExtraFeatures extras, CharSequence... texts) {
        FeatureVector.Collector collector = new FeatureVector.Collector();
        for (CharSequence text : texts) {
            collector.addWithShapes(text).addExtras(text, extras);
        }
        return collector.build();
    }

    /**
     * @param read the words (and, where the section model reads them, the extras) already gathered for the topic
     *     model, so they are not read twice
     * @return the features the section model reads: those, and the shapes of each text
     */
    public static FeatureVector features(List<FeatureVector.Collector> read, CharSequence... texts) {
        FeatureVector.Collector all = new FeatureVector.Collector();
        read.forEach(all::append);
        for (CharSequence text : texts) {
            if (text != null && !text.isEmpty()) {
                SectionFeatures.extract(text, all);
            }
        }
        return all.build();
    }

    /** @return the section probabilities of a text's section features, in the order of the model's classes */
    public double[] sections(FeatureVector features) {
        return model.probabilities(features);
    }

    /**
     * Multiplies each topic class's probability by (section model's share of its section / topic model's share
     * of it) raised to {@code strength}, and normalises again: at 1 the sections take the section model's shares,
     * at 0 nothing changes.
     *
     * @param p topic-model class probabilities, changed in place
     * @return {@code p}
     */
    public double[] reweigh(double[] p, FeatureVector features, double strength) {
        if (strength == 0) {
            return p;
        }
        double[] q = sections(features);
        double[] share = new double[q.length];
        for (int j = 0; j < p.length; j++) {
            share[sectionOf[j]] += p[j];
        }
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            int s = sectionOf[j];
            p[j] *= Math.pow(q[s] / Math.max(1e-12, share[s]), strength);
            sum += p[j];
        }
        for (int j = 0; j < p.length; j++) {
            p[j] /= sum;
        }
        return p;
    }
}
