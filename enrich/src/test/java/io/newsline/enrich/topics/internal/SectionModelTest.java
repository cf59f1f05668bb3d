package io.newsline.enrich.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsline.enrich.topics.IptcTaxonomy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SectionModelTest {

    private static final int BITS = 8;
    /** World, sport, business, science and technology with the computing industry. */
    private static final String[] SECTIONS = {"", "15000000", "04000000", "13000000 20000225"};
    /** Topic classes: sport, economy, the computing industry (under economy), politics. */
    private static final String[] TOPICS = {"15000000", "04000000", "20000225", "11000000"};

    /** A section model that answers the given section shares whatever the text (biases only). */
    private static SectionModel sections(double... shares) throws IOException {
        float[] bias = new float[shares.length];
        for (int s = 0; s < shares.length; s++) {
            bias[s] = (float) Math.log(shares[s]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LinearTopicModel.write(out, SECTIONS, BITS, new float[(1 << BITS) * SECTIONS.length], bias, 1f, 6,
                new long[1]);
        return new SectionModel(LinearTopicModel.read(new ByteArrayInputStream(out.toByteArray())), TOPICS,
                IptcTaxonomy.loadDefault());
    }

    @Test
    void atFullStrengthTheSectionsTakeTheSectionModelsSharesAndKeepTheirInnerOrder() throws IOException {
        double[] p = {0.1, 0.2, 0.1, 0.6};
        sections(0.1, 0.2, 0.3, 0.4).reweigh(p, SectionModel.features(ExtraFeatures.NONE, "anything"), 1);
        assertThat(p[0]).isCloseTo(0.2, within(1e-6)); // sport
        assertThat(p[1]).isCloseTo(0.3, within(1e-6)); // economy alone is business
        assertThat(p[2]).isCloseTo(0.4, within(1e-6)); // the computing industry counts as science and technology
        assertThat(p[3]).isCloseTo(0.1, within(1e-6)); // politics is world
    }

    @Test
    void atHalfStrengthTheSectionsMoveHalfwayInLogOdds() throws IOException {
        double[] p = {0.25, 0.25, 0.25, 0.25};
        sections(0.04, 0.16, 0.16, 0.64).reweigh(p, SectionModel.features(ExtraFeatures.NONE, "anything"), 0.5);
        // p * sqrt(q / 0.25): world (politics) 0.1, sport 0.2, business 0.2, science and technology 0.4
        assertThat(p[2] / p[3]).isCloseTo(4, within(1e-6));
        assertThat(p[0] / p[3]).isCloseTo(2, within(1e-6));
        assertThat(p[1] / p[3]).isCloseTo(2, within(1e-6));
        assertThat(p[0] + p[1] + p[2] + p[3]).isCloseTo(1, within(1e-9));
    }

    @Test
    void atNoStrengthNothingChanges() throws IOException {
        double[] p = {0.1, 0.2, 0.1, 0.6};
        sections(0.7, 0.1, 0.1, 0.1).reweigh(p, SectionModel.features(ExtraFeatures.NONE, "anything"), 0);
        assertThat(p).containsExactly(0.1, 0.2, 0.1, 0.6);
    }
}
