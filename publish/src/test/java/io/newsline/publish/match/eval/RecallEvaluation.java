package io.newsline.publish.match.eval;

import io.newsline.publish.match.BandKey;
import io.newsline.publish.match.Fingerprint;
import io.newsline.publish.match.Fingerprinter;
import io.newsline.publish.match.MatchThresholds;
import io.newsline.publish.match.Matcher;
import io.newsline.publish.match.SentenceAlignment;
import io.newsline.publish.match.SentenceThresholds;
import io.newsline.publish.match.eval.DedupeEvaluation.Totals;
import io.newsline.publish.match.eval.SyntheticCases.Case;
import io.newsline.publish.story.CandidatePolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recall on edited copies and the curve behind {@link SentenceThresholds#DEFAULT}: {@code scripts/eval-dedupe.sh
 * --sentences}. Two sets: the <b>synthetic</b> one (the cases of {@link DedupeEvaluation#allCases}, every edit of
 * {@link EditedCopyCases}, {@link TemplatedBulletins}) and the real pages of {@code ../shared/fixtures/syndication-dev2}
 * (read at run time; absent: reported as absent). Thresholds are chosen on one set and reported on the other, both
 * ways. Every copy pair counts, short excerpts included; a pair is found when the two texts share an index key
 * ({@link Fingerprint#indexKeys}) and verification ({@link CandidatePolicy#verify}) calls it a copy.
 */
public final class RecallEvaluation {

    private static final long SEED = 20261203L;

    /** One pair's evidence, computed once: the curve only varies the sentence thresholds. */
    record Evidence(Case pair, Fingerprint a, Fingerprint b, boolean bandCandidate, boolean candidate,
                    boolean minHashCopy) {

        boolean counted() {
            return pair.keptShare() >= 0;
        }
    }

    private RecallEvaluation() {
    }

    public static List<Case> syntheticCases() {
        List<Case> cases = new ArrayList<>(DedupeEvaluation.allCases());
        cases.addAll(new EditedCopyCases(SEED).generate(Corpus.articles()));
        cases.addAll(new TemplatedBulletins(SEED).generate());
        return cases;
    }

    static List<Evidence> evidence(List<Case> cases, Fingerprinter fingerprinter) {
        Matcher minHashOnly = new Matcher(MatchThresholds.DEFAULT, SentenceThresholds.OFF);
        Map<String, Fingerprint> fingerprints = new HashMap<>();
        Map<Fingerprint, Set<BandKey>> bands = new HashMap<>();
        Map<Fingerprint, Set<BandKey>> keys = new HashMap<>();
        List<Evidence> out = new ArrayList<>(cases.size());
        for (Case pair : cases) {
            Fingerprint a = fingerprints.computeIfAbsent(pair.a(), fingerprinter::fingerprint);
            Fingerprint b = fingerprints.computeIfAbsent(pair.b(), fingerprinter::fingerprint);
            Set<BandKey> bandsOfA = bands.computeIfAbsent(a, f -> new HashSet<>(f.bandKeys()));
            Set<BandKey> keysOfA = keys.computeIfAbsent(a, f -> new HashSet<>(f.indexKeys()));
            boolean bandCandidate = b.bandKeys().stream().anyMatch(bandsOfA::contains);
            boolean candidate = keys.computeIfAbsent(b, f -> new HashSet<>(f.indexKeys())).stream()
                    .anyMatch(keysOfA::contains);
            out.add(new Evidence(pair, a, b, bandCandidate, candidate, minHashOnly.verify(a, b).relation().isCopy()));
        }
        return out;
    }

    /** Totals over every counted pair (excerpts included) at the thresholds {@code t}. */
    static Totals score(List<Evidence> evidence, List<SentenceAlignment> aligned, SentenceThresholds t) {
        return count(evidence, i -> evidence.get(i).candidate() && (evidence.get(i).minHashCopy()
                && !t.figuresDiffer(aligned.get(i)) || t.isCopy(aligned.get(i))));
    }

    /** The matcher before aligned sentences: MinHash band candidates and MinHash rules only. */
    static Totals minHashAlone(List<Evidence> evidence) {
        return count(evidence, i -> evidence.get(i).bandCandidate() && evidence.get(i).minHashCopy());
    }

    private static Totals count(List<Evidence> evidence, java.util.function.IntPredicate found) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            if (!e.counted()) {
                continue;
            }
            boolean isFound = found.test(i);
            if (e.pair().copy()) {
                tp += isFound ? 1 : 0;
                fn += isFound ? 0 : 1;
            } else if (isFound) {
                fp++;
            }
        }
        return new Totals(tp, fp, fn);
    }

    static List<SentenceAlignment> align(List<Evidence> evidence, SentenceThresholds shape) {
        return evidence.stream().map(e -> SentenceAlignment.of(e.a().sentences(), e.b().sentences(), shape)).toList();
    }

    /** Every threshold combination of the curve, lede offset and gap first (they change the alignment). */
    static List<SentenceThresholds> grid() {
        List<SentenceThresholds> grid = new ArrayList<>();
        for (int lede : new int[] {1, 2, 3}) {
            for (int gap : new int[] {1, 2}) {
                for (int sentences : new int[] {1, 2, 3}) {
                    for (int words : new int[] {20, 30, 40}) {
                        for (int facts : new int[] {0, 16, 24, 32}) {
                            for (double share : new double[] {0, 0.5, 0.7}) {
                                for (double coverage : new double[] {1.01, 0.9, 0.8}) {
                                    grid.add(new SentenceThresholds(lede, gap, sentences, words, facts, share,
                                            coverage));
                                }
                            }
                        }
                    }
                }
            }
        }
        return grid;
    }

    /** The curve on both sets: one score per grid point and set. */
    static Map<SentenceThresholds, Totals[]> curve(List<List<Evidence>> sets) {
        Map<SentenceThresholds, Totals[]> curve = new LinkedHashMap<>();
        Map<String, List<List<SentenceAlignment>>> byShape = new HashMap<>();
        for (SentenceThresholds t : grid()) {
            List<List<SentenceAlignment>> aligned = byShape.computeIfAbsent(t.maxLedeOffset() + "/" + t.maxGap(),
                    k -> sets.stream().map(s -> align(s, t)).toList());
            Totals[] scores = new Totals[sets.size()];
            for (int s = 0; s < sets.size(); s++) {
                scores[s] = score(sets.get(s), aligned.get(s), t);
            }
            curve.put(t, scores);
        }
        return curve;
    }

    /** Recall within this of the best counts as the best: the plateau the choice takes its most cautious point of. */
    static final double RECALL_PLATEAU = 0.001;

    /**
     * The choice on one set: no false merge (or the fewest), recall within {@link #RECALL_PLATEAU} of the best, then
     * the most cautious thresholds (most sentences, words, fact words and fact share; the smallest lede offset and
     * gap), so that a point that is best by a pair or two does not win over firmer evidence.
     */
    static SentenceThresholds choose(Map<SentenceThresholds, Totals[]> curve, int set) {
        int fewest = curve.values().stream().mapToInt(s -> s[set].falsePositives()).min().orElseThrow();
        double best = curve.values().stream().filter(s -> s[set].falsePositives() == fewest)
                .mapToDouble(s -> s[set].recall()).max().orElseThrow();
        Comparator<SentenceThresholds> cautious = Comparator.comparingInt(SentenceThresholds::minSentences)
                .thenComparingInt(SentenceThresholds::minWords)
                .thenComparingInt(SentenceThresholds::minFactWords)
                .thenComparingDouble(SentenceThresholds::minFactShare)
                .thenComparingDouble(SentenceThresholds::minCoverage)
                .thenComparing(Comparator.comparingInt(SentenceThresholds::maxLedeOffset).reversed())
                .thenComparing(Comparator.comparingInt(SentenceThresholds::maxGap).reversed())
                .thenComparingDouble(t -> curve.get(t)[set].recall());
        return curve.keySet().stream().filter(t -> curve.get(t)[set].falsePositives() == fewest
                        && curve.get(t)[set].recall() >= best - RECALL_PLATEAU).max(cautious).orElseThrow();
    }

    static void printCategories(String set, List<Evidence> evidence, Matcher matcher) {
        CandidatePolicy policy = new CandidatePolicy(matcher);
        System.out.printf("%n%s: per kind, MinHash alone (bands, v1 rules) and with aligned sentences (shipped)%n", set);
        System.out.println("| kind | pairs | MinHash alone | with sentences |");
        System.out.println("|---|---:|---|---|");
        Map<String, List<Evidence>> byCategory = new LinkedHashMap<>();
        evidence.forEach(e -> byCategory.computeIfAbsent(e.pair().category(), k -> new ArrayList<>()).add(e));
        for (Map.Entry<String, List<Evidence>> entry : byCategory.entrySet()) {
            List<Evidence> list = entry.getValue();
            long before = list.stream().filter(e -> e.bandCandidate() && e.minHashCopy()).count();
            long after = list.stream().filter(e -> e.candidate()
                    && policy.verify(e.a(), e.b()).relation().isCopy()).count();
            boolean copies = list.get(0).pair().copy();
            System.out.printf("| %s | %d | %s | %s |%n", entry.getKey(), list.size(), result(list, before, copies),
                    result(list, after, copies));
        }
    }

    private static String result(List<Evidence> list, long found, boolean copies) {
        if (!list.get(0).counted()) {
            return found + " joined (not counted)";
        }
        return copies ? String.format("%d, recall %.3f", found, (double) found / list.size())
                : found == 0 ? "no false merge" : "**" + found + " false merges**";
    }

    private static CandidatePolicy policy(Matcher matcher) {
        return new CandidatePolicy(matcher);
    }

    public static void main(String[] args) {
        Fingerprinter fingerprinter = new Fingerprinter();
        List<Evidence> synthetic = evidence(syntheticCases(), fingerprinter);
        List<Case> dev2Cases = SharedSets.pairs("syndication-dev2");
        if (dev2Cases.isEmpty()) {
            System.out.println("syndication-dev2: skipped (../shared/fixtures/syndication-dev2 is absent; set"
                    + " -Dnewsline.shared or NEWSLINE_SHARED)");
        }
        List<Evidence> dev2 = evidence(dev2Cases, fingerprinter);
        List<List<Evidence>> sets = List.of(synthetic, dev2);
        String[] names = {"synthetic + syndication-dev", "syndication-dev2"};
        Map<SentenceThresholds, Totals[]> curve = curve(sets);
        System.out.printf("Aligned-sentence thresholds: %d combinations; every copy pair counted (excerpts too)%n",
                curve.size());
        System.out.println("Before: MinHash bands and rules alone:");
        for (int s = 0; s < sets.size(); s++) {
            System.out.printf("  %s: %s%n", names[s], minHashAlone(sets.get(s)));
        }
        System.out.println();
        System.out.println("Curve (a slice: lede offset and gap of the shipped thresholds; cells: recall/false merges"
                + " on synthetic | on dev2)");
        SentenceThresholds shipped = SentenceThresholds.DEFAULT;
        System.out.println("| sentences, words \\ fact words, fact share | 0, 0 | 16, 0 | 24, 0.5 | 32, 0.5 | 16, 0.7"
                + " | 32, 0.7 |");
        System.out.println("|---|---|---|---|---|---|---|");
        double[][] columns = {{0, 0}, {16, 0}, {24, 0.5}, {32, 0.5}, {16, 0.7}, {32, 0.7}};
        for (int sentences : new int[] {1, 2, 3}) {
            for (int words : new int[] {20, 30, 40}) {
                StringBuilder row = new StringBuilder(String.format("| %d, %d |", sentences, words));
                for (double[] column : columns) {
                    Totals[] scores = curve.get(new SentenceThresholds(shipped.maxLedeOffset(), shipped.maxGap(),
                            sentences, words, (int) column[0], column[1], shipped.minCoverage()));
                    row.append(String.format(" %.3f/%d \\| %.3f/%d |", scores[0].recall(), scores[0].falsePositives(),
                            scores[1].recall(), scores[1].falsePositives()));
                }
                System.out.println(row);
            }
        }
        System.out.println();
        System.out.println("Lede offset and gap (best recall without a false merge on synthetic, and its dev2 score):");
        for (int lede : new int[] {1, 2, 3}) {
            for (int gap : new int[] {1, 2}) {
                Map<SentenceThresholds, Totals[]> slice = new LinkedHashMap<>();
                curve.forEach((t, s) -> {
                    if (t.maxLedeOffset() == lede && t.maxGap() == gap) {
                        slice.put(t, s);
                    }
                });
                SentenceThresholds best = choose(slice, 0);
                System.out.printf("  lede %d, gap %d: %s: synthetic %s; dev2 %s%n", lede, gap, best,
                        slice.get(best)[0], slice.get(best)[1]);
            }
        }
        System.out.println("Coverage of the smaller text (best recall without a false merge on synthetic):");
        for (double coverage : new double[] {1.01, 0.9, 0.8}) {
            Map<SentenceThresholds, Totals[]> slice = new LinkedHashMap<>();
            curve.forEach((t, s) -> {
                if (t.minCoverage() == coverage) {
                    slice.put(t, s);
                }
            });
            SentenceThresholds best = choose(slice, 0);
            System.out.printf("  coverage %s: %s: synthetic %s; dev2 %s%n", coverage > 1 ? "off" : coverage, best,
                    slice.get(best)[0], slice.get(best)[1]);
        }
        System.out.println();
        for (int s = 0; s < sets.size(); s++) {
            if (sets.get(s).isEmpty()) {
                continue;
            }
            SentenceThresholds chosen = choose(curve, s);
            int other = 1 - s;
            System.out.printf("Chosen on %s: %s%n  there: %s%n  held out, %s: %s%n", names[s], chosen,
                    curve.get(chosen)[s], names[other], curve.get(chosen)[other]);
        }
        System.out.printf("Shipped %s: synthetic %s; dev2 %s%n", shipped, score(synthetic, align(synthetic, shipped),
                shipped), score(dev2, align(dev2, shipped), shipped));
        Matcher matcher = new Matcher();
        printCategories(names[0], synthetic, matcher);
        if (!dev2.isEmpty()) {
            printCategories(names[1], dev2, matcher);
        }
        System.out.println();
        System.out.println("False merges of the shipped thresholds (both sets):");
        for (List<Evidence> set : sets) {
            set.stream().filter(e -> !e.pair().copy() && e.counted() && e.candidate()
                            && policy(matcher).verify(e.a(), e.b()).relation().isCopy())
                    .forEach(e -> System.out.printf("  %s %s %s %s%n", e.pair().category(), e.pair().name(),
                            SentenceAlignment.of(e.a().sentences(), e.b().sentences(), shipped),
                            policy(matcher).verify(e.a(), e.b())));
        }
        System.out.println();
        System.out.println("Copies still missed (at most 3 per kind):");
        Map<String, Integer> shown = new HashMap<>();
        for (List<Evidence> set : sets) {
            set.stream().filter(e -> e.pair().copy() && !(e.candidate() && policy(matcher).verify(e.a(), e.b())
                            .relation().isCopy()))
                    .filter(e -> shown.merge(e.pair().category(), 1, Integer::sum) <= 3)
                    .forEach(e -> System.out.printf("  %s %s cand=%s %s %s%n", e.pair().category(), e.pair().name(),
                            e.candidate(), SentenceAlignment.of(e.a().sentences(), e.b().sentences(), shipped),
                            policy(matcher).verify(e.a(), e.b()).rule()));
        }
    }
}
