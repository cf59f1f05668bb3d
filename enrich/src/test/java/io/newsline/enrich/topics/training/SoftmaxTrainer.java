package io.newsline.enrich.topics.training;

import io.newsline.enrich.topics.internal.FeatureVector;
import io.newsline.enrich.topics.internal.LinearTopicModel;
import java.util.List;
import java.util.Random;

/**
 * Trains a multinomial logistic regression over hashed features with AdaGrad (per-weight step sizes, so
 * rare words learn as fast as common ones), class-balanced item weights and a small L2 penalty. Deterministic
 * for a given seed. Not thread-safe.
 */
final class SoftmaxTrainer {

    /** Trained, unquantised weights: bucket-major, {@code classes} per bucket. */
    record Weights(int classes, int bucketBits, float[] weights, float[] bias) {

        /** @return the raw (uncalibrated) scores of {@code vector} */
        double[] logits(FeatureVector vector) {
            double[] z = new double[classes];
            for (int j = 0; j < classes; j++) {
                z[j] = bias[j];
            }
            for (int k = 0; k < vector.size(); k++) {
                int offset = LinearTopicModel.bucket(vector.hash(k), bucketBits) * classes;
                float v = vector.weight(k);
                for (int j = 0; j < classes; j++) {
                    z[j] += v * weights[offset + j];
                }
            }
            return z;
        }
    }

    private static final double MAX_CLASS_WEIGHT = 5;

    private final TrainingSettings settings;
    private final int classes;

    /** Per class, its group (a coarse news section), or null: groups are balanced too ({@code sectionBalance}). */
    private final int[] groups;

    SoftmaxTrainer(TrainingSettings settings, int classes) {
        this(settings, classes, null);
    }

    SoftmaxTrainer(TrainingSettings settings, int classes, int[] groups) {
        this.settings = settings;
        this.classes = classes;
        this.groups = groups;
    }

    Weights train(List<TrainingItem> items) {
        double[] classWeight = classWeights(items);
        int buckets = 1 << settings.bucketBits();
        float[] w = new float[buckets * classes];
        float[] squares = new float[w.length];
        float[] bias = new float[classes];
        float[] biasSquares = new float[classes];
        Weights model = new Weights(classes, settings.bucketBits(), w, bias);
        int[] order = new int[items.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        double rate = settings.learningRate();
        double l2 = settings.l2();
        double[] gradient = new double[classes];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int i : order) {
                TrainingItem item = items.get(i);
                FeatureVector x = item.vector();
                if (x.size() == 0) {
                    continue;
                }
                double[] p = LinearTopicModel.softmax(model.logits(x));
                double weight = item.weight() * classWeight[item.label()];
                for (int j = 0; j < classes; j++) {
                    gradient[j] = weight * (p[j] - (j == item.label() ? 1 : 0));
                    biasSquares[j] += (float) (gradient[j] * gradient[j]);
                    bias[j] -= (float) (rate * gradient[j] / Math.sqrt(biasSquares[j] + 1e-8));
                }
                for (int k = 0; k < x.size(); k++) {
                    int offset = LinearTopicModel.bucket(x.hash(k), settings.bucketBits()) * classes;
                    float v = x.weight(k);
                    for (int j = 0; j < classes; j++) {
                        int at = offset + j;
                        double g = gradient[j] * v + l2 * w[at];
                        squares[at] += (float) (g * g);
                        w[at] -= (float) (rate * g / Math.sqrt(squares[at] + 1e-8));
                    }
                }
            }
        }
        return model;
    }

    /** Per class, the weight its items' losses are multiplied by (besides the items' own weights). */
    double[] classWeights(List<TrainingItem> items) {
        double[] mass = new double[classes];
        for (TrainingItem item : items) {
            mass[item.label()] += item.weight();
        }
        double total = 0;
        int present = 0;
        for (double m : mass) {
            total += m;
            present += m > 0 ? 1 : 0;
        }
        double mean = total / Math.max(1, present);
        double[] weight = new double[classes];
        for (int j = 0; j < classes; j++) {
            // capped, so a class known only from its definition does not drown the others
            weight[j] = mass[j] > 0 ? Math.min(MAX_CLASS_WEIGHT, Math.pow(mean / mass[j], settings.balance())) : 0;
        }
        if (groups != null && settings.sectionBalance() > 0) {
            // the groups' weighted masses brought towards their mean: world news is many classes, sport one
            int n = java.util.Arrays.stream(groups).max().orElse(0) + 1;
            double[] groupMass = new double[n];
            for (int j = 0; j < classes; j++) {
                groupMass[groups[j]] += weight[j] * mass[j];
            }
            double groupMean = java.util.Arrays.stream(groupMass).filter(m -> m > 0).average().orElse(1);
            for (int j = 0; j < classes; j++) {
                weight[j] *= groupMass[groups[j]] > 0 ? Math.pow(groupMean / groupMass[groups[j]], settings.sectionBalance()) : 0;
            }
        }
        return weight;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
