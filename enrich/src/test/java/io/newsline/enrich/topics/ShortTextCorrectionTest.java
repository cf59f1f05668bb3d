package io.newsline.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.topics.internal.ExtraFeatures;
import io.newsline.enrich.topics.internal.LinearTopicModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * For short English text the classifier takes part of the model's prior out and moves the sections towards the
 * section model's: a class whose section was common in training, or that the section model doubts, loses a close
 * call it would otherwise win; long texts and other languages keep the model's answer.
 */
class ShortTextCorrectionTest {

    private static final int BITS = 10;
    private static final String[] CLASSES = {"15000000", "04000000"};

    /** No word weights: the bias alone leans to sport, whose section the prior says was four times as common. */
    private static IptcTopicClassifier classifier(double correction) throws IOException {
        return classifier(correction, 0);
    }

    private static IptcTopicClassifier classifier(double correction, double sectionWeight) throws IOException {
        long[] known = new long[(1 << 12) / 64];
        java.util.Arrays.fill(known, -1L); // every word counts as known: this test is about the prior alone
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LinearTopicModel.write(out, CLASSES, BITS, new float[(1 << BITS) * CLASSES.length], new float[] {0.3f, 0f},
                1f, 12, known, new float[] {0.8f, 0.2f}, ExtraFeatures.NONE);
        LinearTopicModel model = LinearTopicModel.read(new ByteArrayInputStream(out.toByteArray()));
        IptcTopicClassifier.Settings d = IptcTopicClassifier.Settings.defaults();
        // no naive Bayes mix, so the linear model's probabilities are the answer
        IptcTopicClassifier.Settings settings = new IptcTopicClassifier.Settings(d.alsoShare(), d.maxTopLevel(),
                d.minKnownShare(), 0, 0, d.descent(), correction, sectionWeight);
        return IptcTopicClassifier.build(model, Set.of("en", "fr"), settings).withSectionModel(sectionModel());
    }

    /** A section model (world, sport, business, science) that leans to business whatever the text. */
    private static LinearTopicModel sectionModel() throws IOException {
        String[] sections = {"", "15000000", "04000000", "13000000 20000225"};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LinearTopicModel.write(out, sections, BITS, new float[(1 << BITS) * sections.length],
                new float[] {0f, 0f, 1f, 0f}, 1f, 6, new long[1]);
        return LinearTopicModel.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String best(IptcTopicClassifier c, String text, String language) {
        return c.classify(new TopicInput("", text, language, List.of())).get(0).id();
    }

    @Test
    void aShortEnglishTextLosesTheLeanOfItsSectionPrior() throws IOException {
        assertThat(best(classifier(0), "company results announced", "en")).isEqualTo("15000000");
        assertThat(best(classifier(1), "company results announced", "en")).isEqualTo("04000000");
    }

    @Test
    void aShortEnglishTextTakesTheSectionModelsLean() throws IOException {
        assertThat(best(classifier(0, 0), "company results announced", "en")).isEqualTo("15000000");
        assertThat(best(classifier(0, 1), "company results announced", "en")).isEqualTo("04000000");
    }

    @Test
    void longTextsAndOtherLanguagesKeepTheModelsAnswer() throws IOException {
        String longText = "company results announced today ".repeat(IptcTopicClassifier.Settings.LONG_TEXT_WORDS / 2);
        assertThat(best(classifier(1, 1), longText, "en")).isEqualTo("15000000");
        assertThat(best(classifier(1, 1), "résultats de la société", "fr")).isEqualTo("15000000");
    }

    @Test
    void theCorrectionFadesFromShortToLongTexts() {
        IptcTopicClassifier.Settings s = IptcTopicClassifier.Settings.defaults();
        assertThat(s.shortTextPriorCorrection()).isPositive();
        assertThat(s.priorCorrection(IptcTopicClassifier.Settings.SHORT_TEXT_WORDS))
                .isEqualTo(s.shortTextPriorCorrection());
        assertThat(s.priorCorrection(200)).isBetween(0.0, s.shortTextPriorCorrection());
        assertThat(s.priorCorrection(IptcTopicClassifier.Settings.LONG_TEXT_WORDS)).isZero();
    }
}
