package io.newsline.ingest.extract.body;

import io.newsline.schemas.reference.DataFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A learned scorer of boosted decision stumps: over {@link BlockFeatures}, the block scorer read from the data file
 * {@code block-model.txt} (written by the training command, see docs/QUALITY.md); the training tools use it over
 * other features too (selectors between two answers). The probability that a block is main text is the logistic of
 * a bias plus, per stump, one of two values by which side of its split the example's feature falls; at or above
 * {@link #threshold()} is yes.
 *
 * <p>File format, one item per line ({@code #} starts a comment): {@code features NAME...} (must equal the
 * feature names of the code that computes them), {@code threshold T}, {@code bias B}, then
 * {@code stump FEATURE SPLIT BELOW ABOVE} (value {@code BELOW} when the feature is below {@code SPLIT}, else
 * {@code ABOVE}).
 *
 * <p>Immutable and thread-safe.
 */
final class BlockModel {

    static final String RESOURCE = "block-model.txt";

    private final List<String> names;
    private final double bias;
    private final double threshold;
    private final int[] features;
    private final float[] splits;
    private final double[] below;
    private final double[] above;

    BlockModel(double bias, double threshold, int[] features, float[] splits, double[] below, double[] above) {
        this(BlockFeatures.NAMES, bias, threshold, features, splits, below, above);
    }

    BlockModel(List<String> names, double bias, double threshold, int[] features, float[] splits, double[] below,
            double[] above) {
        this.names = List.copyOf(names);
        this.bias = bias;
        this.threshold = threshold;
        this.features = features.clone();
        this.splits = splits.clone();
        this.below = below.clone();
        this.above = above.clone();
    }

    /** The model shipped in the jar. */
    static BlockModel shipped() {
        return parse(DataFiles.lines(BlockModel.class, RESOURCE));
    }

    static BlockModel parse(List<String> lines) {
        return parse(lines, BlockFeatures.NAMES, RESOURCE);
    }

    /** A model over the features {@code expected} from the lines of the file {@code resource}. */
    static BlockModel parse(List<String> lines, List<String> expected, String resource) {
        double bias = 0;
        double threshold = 0.5;
        List<String[]> stumps = new ArrayList<>();
        boolean named = false;
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+");
            switch (parts[0]) {
                case "features" -> {
                    List<String> names = List.of(parts).subList(1, parts.length);
                    if (!names.equals(expected)) {
                        throw new IllegalStateException(resource + ": features differ from the code's: " + names);
                    }
                    named = true;
                }
                case "threshold" -> threshold = Double.parseDouble(parts[1]);
                case "bias" -> bias = Double.parseDouble(parts[1]);
                case "stump" -> stumps.add(parts);
                default -> throw new IllegalStateException(resource + ": unknown line: " + line);
            }
        }
        if (!named) {
            throw new IllegalStateException(resource + ": no features line");
        }
        int n = stumps.size();
        int[] features = new int[n];
        float[] splits = new float[n];
        double[] below = new double[n];
        double[] above = new double[n];
        for (int i = 0; i < n; i++) {
            String[] s = stumps.get(i);
            features[i] = expected.indexOf(s[1]);
            if (features[i] < 0) {
                throw new IllegalStateException(resource + ": unknown feature " + s[1]);
            }
            splits[i] = Float.parseFloat(s[2]);
            below[i] = Double.parseDouble(s[3]);
            above[i] = Double.parseDouble(s[4]);
        }
        return new BlockModel(expected, bias, threshold, features, splits, below, above);
    }

    /** The file form of this model, which {@link #parse} reads back. */
    String format(String header) {
        StringBuilder sb = new StringBuilder(header);
        sb.append("features ").append(String.join(" ", names)).append('\n');
        sb.append(String.format(Locale.ROOT, "threshold %.4f%nbias %.6f%n", threshold, bias));
        for (int i = 0; i < features.length; i++) {
            sb.append(String.format(Locale.ROOT, "stump %s %s %.6f %.6f%n", names.get(features[i]),
                    Float.toString(splits[i]), below[i], above[i]));
        }
        return sb.toString();
    }

    /** The probability that a block with these features is main text. */
    double probability(float[] f) {
        double z = bias;
        for (int i = 0; i < features.length; i++) {
            z += f[features[i]] < splits[i] ? below[i] : above[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    double threshold() {
        return threshold;
    }

    BlockModel withThreshold(double newThreshold) {
        return new BlockModel(names, bias, newThreshold, features, splits, below, above);
    }

    int stumps() {
        return features.length;
    }

    /** The names of the features this model reads, in the order of the feature vectors. */
    List<String> names() {
        return names;
    }

    float splitOf(int stump) {
        return splits[stump];
    }

    int feature(int stump) {
        return features[stump];
    }

    /** How far the stump's two values lie apart: how much its feature can move a block's score. */
    double swing(int stump) {
        return Math.abs(above[stump] - below[stump]);
    }
}
