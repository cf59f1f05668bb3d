package io.newsline.enrich.topics.training;

import io.newsline.enrich.topics.IptcTaxonomy;
import io.newsline.enrich.topics.eval.NewsSection;
import io.newsline.enrich.topics.internal.FeatureVector;
import io.newsline.enrich.topics.internal.LinearTopicModel;
import io.newsline.enrich.topics.internal.SectionModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the news-section model of short English text ({@link SectionModel}): the English labelled items, each
 * with the section of its class, over words and section shapes, the four sections weighed equally. Keeps each
 * item's section features once, for every fold. Not thread-safe.
 */
final class SectionTraining {

    /** The section model has {@code 2^BUCKET_BITS} buckets per section. */
    static final int BUCKET_BITS = Integer.getInteger("topics.sectionBits", 18);
    private static final int KNOWN_BITS = 6; // the section model never refuses text: the topic model does

    private final List<String> classes;
    private final IptcTaxonomy taxonomy;
    private final TrainingSettings settings;
    private final Map<TrainingItem, FeatureVector> features = new IdentityHashMap<>();

    SectionTraining(List<String> classes, IptcTaxonomy taxonomy, TrainingSettings settings) {
        this.classes = classes;
        this.taxonomy = taxonomy;
        // every section weighed equally after the class weights (the groups are the sections themselves)
        this.settings = new TrainingSettings(BUCKET_BITS, KNOWN_BITS, settings.epochs(), settings.learningRate(),
                settings.l2(), settings.balance(), settings.huffpost(), settings.wikinews(), settings.sib(),
                settings.ownItems(), settings.definitions(), settings.seed(), 1, settings.wordClusters(),
                settings.clusterFeatures(), settings.wordVectors(), settings.vectorFeatures(), settings.vectorScale(),
                settings.medicalResearch(), settings.subwords());
    }

    /** Trains on the English labelled items of {@code train}. */
    SoftmaxTrainer.Weights train(List<TrainingItem> train) {
        List<TrainingItem> items = new ArrayList<>();
        for (TrainingItem item : train) {
            if (item.label() >= 0 && item.lang().equals("en")) {
                FeatureVector v = features.computeIfAbsent(item,
                        i -> SectionModel.features(settings.sectionExtras(), i.title(), i.text()));
                int section = NewsSection.ofTopic(classes.get(item.label()), taxonomy).ordinal();
                items.add(new TrainingItem(item.source(), item.id(), item.lang(), item.title(), item.text(), section,
                        item.section(), item.category(), item.date(), item.weight(), v));
            }
        }
        int[] groups = new int[NewsSection.values().length];
        for (int s = 0; s < groups.length; s++) {
            groups[s] = s;
        }
        return new SoftmaxTrainer(settings, groups.length, groups).train(items);
    }

    /** Writes a section model in {@link LinearTopicModel}'s format, its classes named by their IPTC roots. */
    void write(OutputStream out, SoftmaxTrainer.Weights weights) throws IOException {
        String[] names = java.util.Arrays.stream(NewsSection.values()).map(NewsSection::rootIds)
                .toArray(String[]::new);
        float[] equal = new float[names.length];
        java.util.Arrays.fill(equal, 1f / names.length);
        LinearTopicModel.write(out, names, weights.bucketBits(), weights.weights(), weights.bias(), 1f, KNOWN_BITS,
                new long[1], equal, settings.sectionExtras());
    }

    LinearTopicModel inMemory(SoftmaxTrainer.Weights weights) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, weights);
        return LinearTopicModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
