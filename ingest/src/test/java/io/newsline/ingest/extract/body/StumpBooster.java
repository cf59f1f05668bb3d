package io.newsline.ingest.extract.body;

import java.util.Arrays;
import java.util.List;

/**
 * Trains a {@link BlockModel} (the block scorer, or a selector between two answers): gradient boosting of decision
 * stumps under the logistic loss, with the candidate splits of each feature at its quantiles over the training
 * examples (at most {@value #BINS}), each stump's values shrunk by the learning rate. Deterministic: the same
 * examples give the same model.
 */
final class StumpBooster {

    static final int BINS = 32;
    private static final double L2 = 1.0;

    private final int rounds;
    private final double learningRate;

    StumpBooster(int rounds, double learningRate) {
        this.rounds = rounds;
        this.learningRate = learningRate;
    }

    /**
     * @param x       features, one row per example
     * @param label   whether each example is main text
     * @param weight  each example's weight
     */
    BlockModel train(float[][] x, boolean[] label, double[] weight) {
        return train(x, label, weight, BlockFeatures.NAMES);
    }

    /** As {@link #train(float[][], boolean[], double[])}, over features with these names. */
    BlockModel train(float[][] x, boolean[] label, double[] weight, List<String> names) {
        int n = x.length;
        int d = names.size();
        float[][] splits = new float[d][];
        byte[][] bin = new byte[d][n];
        float[] column = new float[n];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                column[i] = x[i][j];
            }
            splits[j] = quantileSplits(column);
            for (int i = 0; i < n; i++) {
                int b = Arrays.binarySearch(splits[j], column[i]);
                bin[j][i] = (byte) (b >= 0 ? b + 1 : -b - 1); // bin k holds values in [splits[k-1], splits[k])
            }
        }
        double positive = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += weight[i];
            positive += label[i] ? weight[i] : 0;
        }
        double p0 = Math.min(0.99, Math.max(0.01, positive / total));
        double bias = Math.log(p0 / (1 - p0));
        double[] score = new double[n];
        Arrays.fill(score, bias);
        int[] features = new int[rounds];
        float[] chosenSplits = new float[rounds];
        double[] below = new double[rounds];
        double[] above = new double[rounds];
        double[] g = new double[n];
        double[] h = new double[n];
        double[] gBin = new double[BINS + 1];
        double[] hBin = new double[BINS + 1];
        for (int r = 0; r < rounds; r++) {
            double gSum = 0;
            double hSum = 0;
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-score[i]));
                g[i] = weight[i] * (p - (label[i] ? 1 : 0));
                h[i] = weight[i] * Math.max(p * (1 - p), 1e-6);
                gSum += g[i];
                hSum += h[i];
            }
            double parent = gSum * gSum / (hSum + L2);
            double bestGain = 0;
            int bestFeature = -1;
            int bestBin = -1;
            double bestGl = 0;
            double bestHl = 0;
            for (int j = 0; j < d; j++) {
                Arrays.fill(gBin, 0);
                Arrays.fill(hBin, 0);
                byte[] bj = bin[j];
                for (int i = 0; i < n; i++) {
                    gBin[bj[i]] += g[i];
                    hBin[bj[i]] += h[i];
                }
                double gl = 0;
                double hl = 0;
                for (int k = 0; k < splits[j].length; k++) { // left side: bins 0..k, values below splits[k]
                    gl += gBin[k];
                    hl += hBin[k];
                    double gr = gSum - gl;
                    double hr = hSum - hl;
                    double gain = gl * gl / (hl + L2) + gr * gr / (hr + L2) - parent;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestFeature = j;
                        bestBin = k;
                        bestGl = gl;
                        bestHl = hl;
                    }
                }
            }
            if (bestFeature < 0) {
                return new BlockModel(names, bias, 0.5, Arrays.copyOf(features, r), Arrays.copyOf(chosenSplits, r),
                        Arrays.copyOf(below, r), Arrays.copyOf(above, r));
            }
            features[r] = bestFeature;
            chosenSplits[r] = splits[bestFeature][bestBin];
            below[r] = -learningRate * bestGl / (bestHl + L2);
            above[r] = -learningRate * (gSum - bestGl) / (hSum - bestHl + L2);
            byte[] bj = bin[bestFeature];
            for (int i = 0; i < n; i++) {
                score[i] += bj[i] <= bestBin ? below[r] : above[r];
            }
        }
        return new BlockModel(names, bias, 0.5, features, chosenSplits, below, above);
    }

    /** Distinct split points at the quantiles of the values; a value below split k falls in bins 0..k. */
    private static float[] quantileSplits(float[] values) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        float[] out = new float[BINS - 1];
        int m = 0;
        for (int q = 1; q < BINS; q++) {
            float v = sorted[(int) ((long) q * (sorted.length - 1) / BINS)];
            if (v > sorted[0] && (m == 0 || v > out[m - 1])) {
                out[m++] = v;
            }
        }
        return Arrays.copyOf(out, m);
    }
}
