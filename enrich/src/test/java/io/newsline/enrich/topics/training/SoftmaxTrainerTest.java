package io.newsline.enrich.topics.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.topics.internal.FeatureVector;
import io.newsline.enrich.topics.internal.LinearTopicModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoftmaxTrainerTest {

    private static final String[][] VOCABULARY = {
        {"striker", "goal", "league", "coach", "match", "season", "penalty", "stadium"},
        {"shares", "profit", "market", "investors", "quarter", "revenue", "bank", "stocks"},
        {"parliament", "minister", "election", "vote", "party", "president", "opposition", "cabinet"}};

    private static TrainingItem item(String source, String lang, String text, int label) {
        return new TrainingItem(source, "t", lang, "", text, label, null, "", "", 1.0, FeatureVector.of(text));
    }

    /** Items of three words each from one class's vocabulary, in a fixed pseudo-random order. */
    private static List<TrainingItem> corpus(int perClass, int seed) {
        List<TrainingItem> items = new ArrayList<>();
        java.util.Random random = new java.util.Random(seed);
        for (int c = 0; c < VOCABULARY.length; c++) {
            for (int i = 0; i < perClass; i++) {
                String text = VOCABULARY[c][random.nextInt(8)] + " " + VOCABULARY[c][random.nextInt(8)] + " "
                        + VOCABULARY[c][random.nextInt(8)];
                items.add(item("mewsc16", "en", text, c));
            }
        }
        return items;
    }

    @Test
    void learnsClassesFromTheirWordsAndGeneralisesToNewCombinations() {
        TrainingSettings settings = new TrainingSettings(12, 12, 4, 0.2, 1e-6, 0.5, 1, 1, 1, 1, 1, 7L);
        SoftmaxTrainer.Weights weights = new SoftmaxTrainer(settings, 3).train(corpus(40, 1));
        int right = 0;
        List<TrainingItem> test = corpus(20, 2);
        for (TrainingItem t : test) {
            double[] p = LinearTopicModel.softmax(weights.logits(t.vector()));
            int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
            right += best == t.label() ? 1 : 0;
        }
        assertThat(right).isEqualTo(test.size());
    }

    @Test
    void theSameSeedGivesTheSameModel() {
        TrainingSettings settings = new TrainingSettings(12, 12, 2, 0.2, 1e-6, 0.5, 1, 1, 1, 1, 1, 7L);
        float[] a = new SoftmaxTrainer(settings, 3).train(corpus(10, 1)).weights();
        float[] b = new SoftmaxTrainer(settings, 3).train(corpus(10, 1)).weights();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void sectionBalanceRaisesAClassThatIsASectionOfItsOwnAboveClassesSharingOne() {
        // classes 0 and 1 form one section, class 2 another: balancing sections doubles class 2's share of the mass
        int[] sections = {0, 0, 1};
        TrainingSettings off = new TrainingSettings(12, 12, 2, 0.2, 1e-6, 1, 1, 1, 1, 1, 1, 7L, 0);
        TrainingSettings on = new TrainingSettings(12, 12, 2, 0.2, 1e-6, 1, 1, 1, 1, 1, 1, 7L, 1);
        FeatureVector unseen = FeatureVector.of("zzz qqq");
        List<TrainingItem> items = corpus(30, 3);
        double[] before = LinearTopicModel.softmax(new SoftmaxTrainer(off, 3, sections).train(items).logits(unseen));
        double[] after = LinearTopicModel.softmax(new SoftmaxTrainer(on, 3, sections).train(items).logits(unseen));
        assertThat(after[2]).isGreaterThan(before[2]);
        assertThat(after[2]).isGreaterThan(after[0]).isGreaterThan(after[1]);
    }

    @Test
    void knownWordsAreThoseSeenAtLeastTwice() {
        List<TrainingItem> items = List.of(item("mewsc16", "en", "striker goal", 0),
                item("mewsc16", "en", "striker", 0));
        long[] known = TopicsTrainer.knownWords(items, 12);
        int striker = LinearTopicModel.bucket(FeatureVector.of("striker").word(0), 12);
        int goal = LinearTopicModel.bucket(FeatureVector.of("goal").word(0), 12);
        assertThat(known[striker >>> 6] & (1L << striker)).isNotZero();
        assertThat(known[goal >>> 6] & (1L << goal)).isZero();
    }

    @Test
    void theJapaneseWikinewsFoldAlsoHoldsOutTheJapaneseWikinewsArticlesOfJfinteb() {
        List<TrainingItem> items = List.of(item("mewsc16", "ja", "a", 0), item("jfinteb", "ja", "b", 1),
                item("sib200", "ja", "c", 2), item("mewsc16", "en", "d", 0), item("mewsc16", "ar", "e", 0));
        TopicsTrainer.Fold ja = TopicsTrainer.folds(items).stream()
                .filter(f -> f.name().contains("-ja")).findFirst().orElseThrow();
        assertThat(items.stream().filter(ja.test()).map(TrainingItem::source).toList())
                .containsExactly("mewsc16", "jfinteb", "mewsc16");
    }
}
