package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockModelTest {

    private static final int IN_RULES = BlockFeatures.NAMES.indexOf("in_rules");
    private static final int LINK_DENSITY = BlockFeatures.NAMES.indexOf("link_density");

    private static float[] block(float inRules, float linkDensity) {
        float[] f = new float[BlockFeatures.NAMES.size()];
        f[IN_RULES] = inRules;
        f[LINK_DENSITY] = linkDensity;
        return f;
    }

    @Test
    void aStumpAddsItsBelowValueUnderTheSplitAndItsAboveValueFromTheSplitOn() {
        BlockModel model = new BlockModel(0, 0.5, new int[] {LINK_DENSITY}, new float[] {0.5f},
                new double[] {2}, new double[] {-2});

        assertThat(model.probability(block(0, 0.1f))).isCloseTo(1 / (1 + Math.exp(-2)), within());
        assertThat(model.probability(block(0, 0.5f))).isCloseTo(1 / (1 + Math.exp(2)), within());
    }

    @Test
    void theFileFormReadsBackAsTheSameModel() {
        BlockModel model = new BlockModel(-0.25, 0.4, new int[] {IN_RULES, LINK_DENSITY}, new float[] {0.5f, 0.3f},
                new double[] {-1.5, 0.75}, new double[] {2.5, -1});

        BlockModel back = BlockModel.parse(Arrays.stream(model.format("# a test model\n").split("\n"))
                .filter(line -> !line.startsWith("#")).toList());

        for (float[] f : List.of(block(0, 0), block(1, 0), block(1, 0.9f), block(0, 0.3f))) {
            assertThat(back.probability(f)).isCloseTo(model.probability(f), within());
        }
        assertThat(back.threshold()).isEqualTo(0.4);
    }

    @Test
    void aModelWhoseFeaturesDifferFromTheCodesIsRejected() {
        assertThatThrownBy(() -> BlockModel.parse(List.of("features in_rules log_chars", "bias 0")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("features differ");
    }

    @Test
    void aModelOverOtherFeaturesReadsBackUnderThoseNamesOnly() {
        List<String> names = List.of("length_ratio", "overlap");
        BlockModel model = new BlockModel(names, 0, 0.5, new int[] {1}, new float[] {0.5f}, new double[] {1},
                new double[] {-1});
        List<String> lines = Arrays.stream(model.format("").split("\n")).toList();

        BlockModel back = BlockModel.parse(lines, names, "pair.txt");

        assertThat(back.names()).isEqualTo(names);
        assertThat(back.probability(new float[] {0, 0.9f})).isCloseTo(model.probability(new float[] {0, 0.9f}),
                within());
        assertThatThrownBy(() -> BlockModel.parse(lines)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("features differ");
    }

    @Test
    void theShippedModelLoadsAndTrustsTheRulesChoiceOverALinkList() {
        BlockModel shipped = BlockModel.shipped();

        assertThat(shipped.stumps()).isPositive();
        assertThat(shipped.probability(block(1, 0))).isGreaterThan(shipped.probability(block(0, 0.9f)));
    }

    @Test
    void boostingLearnsWhichFeatureSeparatesTheLabels() {
        int n = 400;
        float[][] x = new float[n][];
        boolean[] label = new boolean[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            float linkDensity = (i % 20) / 20f;
            x[i] = block(i % 3 == 0 ? 1 : 0, linkDensity); // in_rules is noise here
            label[i] = linkDensity < 0.4f;
            weight[i] = 1;
        }

        BlockModel model = new StumpBooster(30, 0.3).train(x, label, weight);

        assertThat(BlockFeatures.NAMES.get(model.feature(0))).isEqualTo("link_density");
        assertThat(model.probability(block(0, 0.1f))).isGreaterThan(0.9);
        assertThat(model.probability(block(1, 0.8f))).isLessThan(0.1);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
