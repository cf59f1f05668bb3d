package io.newsline.enrich.topics.training;

import io.newsline.enrich.topics.IptcTaxonomy;
import io.newsline.enrich.topics.eval.NewsSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The answers of models on items from sources they were not trained on, and the tables made of them:
 * level-1 accuracy per fold and per language, per-topic precision and recall, the four-section confusion,
 * and how well the calibrated probabilities match the observed accuracy. Not thread-safe.
 */
final class HeldOutPredictions {

    /**
     * One answer.
     *
     * @param fold    the fold whose model answered
     * @param item    the item
     * @param logits  the model's raw level-1 scores
     * @param best    the class index of the classifier's best level-1 topic, or -1 for no topics
     * @param score   the score of the classifier's best level-1 topic (0 for no topics)
     * @param section the section of the classifier's answer (its best path)
     */
    record Prediction(String fold, TrainingItem item, double[] logits, int best, double score, NewsSection section) {}

    private final List<String> classes;
    /** Per model class, the class index of its level-1 topic (itself for a level-1 class). */
    private final int[] levelOne;
    private final List<Prediction> predictions = new ArrayList<>();

    HeldOutPredictions(List<String> classes, IptcTaxonomy taxonomy) {
        this.classes = classes;
        this.levelOne = classes.stream().mapToInt(c -> classes.indexOf(taxonomy.root(c).id())).toArray();
    }

    /** The class index of the item's level-1 topic, the one a level-1 answer is checked against. */
    private int goldLevelOne(Prediction p) {
        return levelOne[p.item().label()];
    }

    void add(Prediction p) {
        predictions.add(p);
    }

    List<Prediction> all() {
        return predictions;
    }

    /**
     * The temperature at which the best topic's probability best matches how often it is right (the
     * smallest expected calibration error over ten bins, by grid search), on the labelled held-out items the
     * classifier answered: so that a threshold on the score means the same share right on every text.
     * Items it refuses to read (too few known words) do not pull the calibration.
     */
    double fitTemperature() {
        double bestT = 1;
        double bestError = Double.MAX_VALUE;
        for (double t = 0.5; t <= 3.0; t += 0.05) {
            double error = calibrationError(t);
            if (error < bestError) {
                bestError = error;
                bestT = t;
            }
        }
        return bestT;
    }

    /** Expected calibration error of the best topic's probability over ten bins. */
    double calibrationError(double temperature) {
        double[] confidence = new double[10];
        int[] count = new int[10];
        int[] right = new int[10];
        int n = 0;
        for (Prediction p : predictions) {
            if (p.item().label() < 0 || p.best() < 0) {
                continue;
            }
            double[] prob = probabilities(p, temperature);
            int top = 0;
            for (int j = 1; j < prob.length; j++) {
                top = prob[j] > prob[top] ? j : top;
            }
            int bin = Math.min(9, (int) (prob[top] * 10));
            confidence[bin] += prob[top];
            count[bin]++;
            right[bin] += top == p.item().label() ? 1 : 0;
            n++;
        }
        double error = 0;
        for (int b = 0; b < 10; b++) {
            error += Math.abs(confidence[b] - right[b]) / Math.max(1, n);
        }
        return error;
    }

    double logLoss(double temperature) {
        double loss = 0;
        int n = 0;
        for (Prediction p : predictions) {
            if (p.item().label() >= 0 && p.best() >= 0) {
                loss -= Math.log(Math.max(1e-12, probabilities(p, temperature)[p.item().label()]));
                n++;
            }
        }
        return loss / Math.max(1, n);
    }

    static double[] probabilities(Prediction p, double temperature) {
        double[] z = p.logits().clone();
        for (int j = 0; j < z.length; j++) {
            z[j] /= temperature;
        }
        return io.newsline.enrich.topics.internal.LinearTopicModel.softmax(z);
    }

    /** @return {correct, total} of the level-1 answers of the labelled items that pass the filter */
    int[] accuracy(Predicate<Prediction> filter) {
        int correct = 0;
        int total = 0;
        for (Prediction p : predictions) {
            if (p.item().label() >= 0 && filter.test(p)) {
                total++;
                correct += p.best() == goldLevelOne(p) ? 1 : 0;
            }
        }
        return new int[] {correct, total};
    }

    void printAccuracy(String name, Predicate<Prediction> filter) {
        int[] a = accuracy(filter);
        System.out.printf(Locale.ROOT, "  %-34s level-1 accuracy %.3f (%d/%d)%n", name, ratio(a[0], a[1]), a[0], a[1]);
    }

    /** Per-topic precision and recall of the level-1 answers, pooled over the filtered predictions. */
    void printPerTopic(Predicate<Prediction> filter, Map<String, String> labels) {
        int c = classes.size();
        int[] tp = new int[c];
        int[] predicted = new int[c];
        int[] gold = new int[c];
        for (Prediction p : predictions) {
            if (p.item().label() < 0 || !filter.test(p)) {
                continue;
            }
            gold[goldLevelOne(p)]++;
            if (p.best() >= 0) {
                predicted[p.best()]++;
                tp[p.best()] += p.best() == goldLevelOne(p) ? 1 : 0;
            }
        }
        System.out.println("  | topic | items | precision | recall |");
        for (int j = 0; j < c; j++) {
            if (gold[j] + predicted[j] > 0) {
                System.out.printf(Locale.ROOT, "  | %s %s | %d | %.3f | %.3f |%n", classes.get(j),
                        labels.get(classes.get(j)), gold[j], ratio(tp[j], predicted[j]), ratio(tp[j], gold[j]));
            }
        }
    }

    /** The four-section confusion matrix (rows gold, columns answered) and accuracy of the filtered items. */
    void printSections(String name, Predicate<Prediction> filter) {
        Map<NewsSection, int[]> rows = new LinkedHashMap<>();
        for (NewsSection s : NewsSection.values()) {
            rows.put(s, new int[NewsSection.values().length]);
        }
        int correct = 0;
        int total = 0;
        for (Prediction p : predictions) {
            if (p.item().section() != null && filter.test(p)) {
                rows.get(p.item().section())[p.section().ordinal()]++;
                total++;
                correct += p.section() == p.item().section() ? 1 : 0;
            }
        }
        // a benchmark with as many items of each section weighs them equally: the mean of the sections' recalls
        double recallSum = 0;
        int sections = 0;
        double worstConfusion = 0;
        for (Map.Entry<NewsSection, int[]> row : rows.entrySet()) {
            int n = 0;
            for (int v : row.getValue()) {
                n += v;
            }
            if (n > 0) {
                sections++;
                recallSum += ratio(row.getValue()[row.getKey().ordinal()], n);
                for (NewsSection other : NewsSection.values()) {
                    if (other != row.getKey()) {
                        worstConfusion = Math.max(worstConfusion, ratio(row.getValue()[other.ordinal()], n));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "  %s: four-section accuracy %.3f (%d/%d), sections weighed equally %.3f,"
                + " largest confusion %.3f%n", name, ratio(correct, total), correct, total,
                sections == 0 ? 0 : recallSum / sections, worstConfusion);
        System.out.println("  | gold \\ answer | world | sports | business | sci/tech | items | right |");
        rows.forEach((gold, counts) -> {
            int n = 0;
            for (int v : counts) {
                n += v;
            }
            if (n > 0) {
                StringBuilder b = new StringBuilder("  | " + gold.name().toLowerCase(Locale.ROOT) + " |");
                for (int v : counts) {
                    b.append(String.format(Locale.ROOT, " %.3f |", ratio(v, n)));
                }
                b.append(" ").append(n).append(String.format(Locale.ROOT, " | %.3f |", ratio(counts[gold.ordinal()], n)));
                System.out.println(b);
            }
        });
    }

    /**
     * Calibration at the given temperature: the expected calibration error over ten confidence bins, and per
     * answered topic the mean confidence against the share right.
     */
    void printCalibration(double temperature, Map<String, String> labels) {
        int c = classes.size();
        double[] confidence = new double[c];
        int[] answered = new int[c];
        int[] right = new int[c];
        for (Prediction p : predictions) {
            if (p.item().label() < 0 || p.best() < 0) {
                continue;
            }
            double[] prob = probabilities(p, temperature);
            int top = 0;
            for (int j = 1; j < c; j++) {
                top = prob[j] > prob[top] ? j : top;
            }
            confidence[top] += prob[top];
            answered[top]++;
            right[top] += top == p.item().label() ? 1 : 0;
        }
        double ece = calibrationError(temperature);
        int n = 0;
        for (int a : answered) {
            n += a;
        }
        System.out.printf(Locale.ROOT, "  temperature %.2f: log loss %.3f, expected calibration error %.3f (%d items)%n",
                temperature, logLoss(temperature), ece, n);
        System.out.println("  | answered topic | answers | mean probability | share right |");
        for (int j = 0; j < c; j++) {
            if (answered[j] > 0) {
                System.out.printf(Locale.ROOT, "  | %s %s | %d | %.3f | %.3f |%n", classes.get(j),
                        labels.get(classes.get(j)), answered[j], confidence[j] / answered[j],
                        ratio(right[j], answered[j]));
            }
        }
    }

    /** Calibration of the classifier's reported best-topic score: mean score against share right, by score band. */
    void printAnswerCalibration(String name, Predicate<Prediction> filter) {
        double[] sum = new double[5];
        int[] count = new int[5];
        int[] right = new int[5];
        for (Prediction p : predictions) {
            if (p.item().label() >= 0 && p.best() >= 0 && filter.test(p)) {
                int band = Math.min(4, (int) (p.score() * 5));
                sum[band] += p.score();
                count[band]++;
                right[band] += p.best() == goldLevelOne(p) ? 1 : 0;
            }
        }
        System.out.println("  " + name + ": | best-topic score | answers | mean score | share right |");
        for (int b = 0; b < 5; b++) {
            if (count[b] > 0) {
                System.out.printf(Locale.ROOT, "  | %.1f-%.1f | %d | %.3f | %.3f |%n", b / 5.0, (b + 1) / 5.0, count[b],
                        sum[b] / count[b], ratio(right[b], count[b]));
            }
        }
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
