package io.newsline.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.topics.internal.FeatureVector;
import io.newsline.enrich.topics.internal.LinearTopicModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A model class below level 1 (the computing industry under economy) adds to its level-1 topic's probability
 * and, when it holds most of it, is reported with its path, in any language.
 */
class ModelBranchTest {

    private static final int BITS = 12;
    private static final String[] CLASSES = {"15000000", "04000000", "20000225"};

    private static IptcTopicClassifier classifier() throws IOException {
        float[] w = new float[(1 << BITS) * CLASSES.length];
        tie(w, "football but match", 0);
        tie(w, "bourse actions dividende", 1);
        tie(w, "logiciel smartphone application", 2);
        long[] known = new long[(1 << 12) / 64];
        java.util.Arrays.fill(known, -1L); // every word counts as known: this test is about the branch alone
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LinearTopicModel.write(out, CLASSES, BITS, w, new float[3], 1f, 12, known);
        LinearTopicModel model = LinearTopicModel.read(new ByteArrayInputStream(out.toByteArray()));
        return IptcTopicClassifier.build(model, Set.of("fr"), IptcTopicClassifier.Settings.defaults());
    }

    private static void tie(float[] w, String text, int cls) {
        FeatureVector v = FeatureVector.of(text);
        for (int k = 0; k < v.size(); k++) {
            w[LinearTopicModel.bucket(v.hash(k), BITS) * CLASSES.length + cls] = 8f;
        }
    }

    private static List<TopicScore> classify(IptcTopicClassifier c, String text) {
        return c.classify(new TopicInput("", text, "fr", List.of()));
    }

    @Test
    void aLeadingBranchIsReportedWithItsPathUnderItsLevelOneTopic() throws IOException {
        List<TopicScore> topics = classify(classifier(), "logiciel smartphone application");
        assertThat(topics).extracting(TopicScore::id).startsWith("04000000", "20000209", "20000225");
        assertThat(topics).extracting(TopicScore::level).startsWith(1, 2, 3);
        // economy's probability is its own class's plus its branch's
        assertThat(topics.get(0).score()).isGreaterThan(0.9);
        assertThat(topics.get(2).score()).isLessThanOrEqualTo(topics.get(0).score()).isGreaterThan(0.5);
        assertThat(topics).noneMatch(t -> t.id().equals("20000225") && t.level() != 3);
    }

    @Test
    void withoutTheBranchLeadingOnlyTheLevelOneTopicIsGivenOutsideEnglish() throws IOException {
        List<TopicScore> topics = classify(classifier(), "bourse actions dividende");
        assertThat(topics.get(0).id()).isEqualTo("04000000");
        assertThat(topics).allSatisfy(t -> assertThat(t.level()).isEqualTo(1));
        assertThat(classify(classifier(), "football but match").get(0).id()).isEqualTo("15000000");
    }
}
