package io.newsline.publish.match.eval;

import io.newsline.publish.match.BandKey;
import io.newsline.publish.match.Fingerprint;
import io.newsline.publish.match.Fingerprinter;
import io.newsline.publish.match.MatchScheme;
import io.newsline.publish.match.MatchThresholds;
import io.newsline.publish.match.MatchVerdict;
import io.newsline.publish.match.Matcher;
import io.newsline.publish.match.eval.Corpus.DevPage;
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
 * Pairwise precision and recall of "is a copy" on the syndication dev set, edits of its seed page and the
 * generated cases: {@code scripts/eval-dedupe.sh}, or {@code main} with {@code --explore} to compare schemes.
 * A pair counts as found only when the two fingerprints share an LSH band key and the verdict is a copy.
 */
public final class DedupeEvaluation {

    /** Copies keeping less than this share of the original's words are reported apart from the headline recall. */
    public static final double MIN_KEPT_SHARE = 0.3;
    public static final long SEED = 20250304L;

    /** One scored pair. */
    public record Scored(Case pair, boolean candidate, MatchVerdict verdict) {

        boolean found() {
            return candidate && verdict.relation().isCopy();
        }

        boolean headline() {
            return !pair.copy() || pair.keptShare() >= MIN_KEPT_SHARE;
        }
    }

    private DedupeEvaluation() {
    }

    /**
     * The dev set's pairs (rewrite pairs of one group left out, as score.py does; none when ../shared is absent) and
     * edits of the seed page.
     */
    public static List<Case> devCases() {
        List<DevPage> pages = Corpus.devPages();
        if (pages.isEmpty()) {
            System.err.println("DedupeEvaluation: ../shared/fixtures/syndication-dev is absent (set NEWSLINE_SHARED): "
                    + "the real dev set's pairs are left out, the seed's edits and the generated cases remain");
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            for (int j = i + 1; j < pages.size(); j++) {
                DevPage a = pages.get(i);
                DevPage b = pages.get(j);
                boolean same = a.group().equals(b.group()) && !a.group().equals("none");
                if (same && (a.kind().equals("rewrite") || b.kind().equals("rewrite"))) {
                    cases.add(new Case("dev: rewrite of the same wire story (not counted)", a.file() + "+" + b.file(),
                            a.text(), b.text(), false, -1));
                    continue;
                }
                cases.add(new Case(same ? "dev: copies in CLUSTERS.tsv" : "dev: different groups in CLUSTERS.tsv",
                        a.file() + "+" + b.file(), a.text(), b.text(), same, 1));
            }
        }
        String seed = Corpus.devText("urdupoint-putin-myanmar-2025-03-05.txt");
        List<String> seedParagraphs = seed.lines().filter(l -> SyntheticCases.words(l) >= 12).toList();
        String seedBody = String.join("\n", seedParagraphs);
        for (String file : List.of("seed-copy-afp-wire.txt", "seed-copy-edited.txt", "seed-copy-truncated.txt")) {
            cases.add(new Case("dev: hand-made copies of the seed", file, seed, Corpus.devText(file), true, 1));
        }
        String nextDay = Corpus.devText("seed-next-day-afp.txt");
        cases.add(new Case("dev: next-day story reusing the seed's background", "seed-next-day", seed, nextDay,
                false, 1));
        cases.add(new Case("dev: next-day story reusing the seed's background", "seed-next-day+copy",
                Corpus.devText("seed-copy-truncated.txt"), nextDay, false, 1));
        for (DevPage page : pages) {
            if (!page.group().equals("afp-putin-myanmar-2025-03-04")) {
                cases.add(new Case("dev: different groups in CLUSTERS.tsv", "seed-copy-afp-wire+" + page.file(),
                        Corpus.devText("seed-copy-afp-wire.txt"), page.text(), false, 1));
                cases.add(new Case("dev: different groups in CLUSTERS.tsv", "seed-next-day+" + page.file(),
                        nextDay, page.text(), false, 1));
            }
        }
        for (int keep = 1; keep < seedParagraphs.size(); keep++) {
            String cut = String.join("\n", seedParagraphs.subList(0, keep));
            cases.add(new Case("dev: seed truncated at each paragraph", "seed@" + keep, seedBody, cut, true,
                    (double) SyntheticCases.words(cut) / SyntheticCases.words(seedBody)));
        }
        return cases;
    }

    public static List<Case> allCases() {
        List<Case> cases = new ArrayList<>(devCases());
        cases.addAll(new SyntheticCases(SEED).generate(Corpus.articles()));
        return cases;
    }

    /** A pair with both fingerprints made and the LSH candidate check done. */
    public record Prepared(Case pair, Fingerprint a, Fingerprint b, boolean candidate) {
    }

    /**
     * Fingerprints each text once. For cut copies the kept share becomes the share of the original's shingles the
     * copy keeps (tables and menus are not fingerprinted, so words would overstate it).
     */
    public static List<Prepared> prepare(List<Case> cases, Fingerprinter fingerprinter) {
        Map<String, Fingerprint> fingerprints = new HashMap<>();
        Map<Fingerprint, Set<BandKey>> bands = new HashMap<>();
        List<Prepared> prepared = new ArrayList<>(cases.size());
        for (Case pair : cases) {
            Fingerprint a = fingerprints.computeIfAbsent(pair.a(), fingerprinter::fingerprint);
            Fingerprint b = fingerprints.computeIfAbsent(pair.b(), fingerprinter::fingerprint);
            Set<BandKey> bandsOfA = bands.computeIfAbsent(a, f -> new HashSet<>(f.indexKeys()));
            Set<BandKey> bandsOfB = bands.computeIfAbsent(b, f -> new HashSet<>(f.indexKeys()));
            boolean candidate = bandsOfB.stream().anyMatch(bandsOfA::contains);
            Case scoredPair = pair;
            if (pair.copy() && pair.keptShare() < 1 && a.shingleCount() > 0) {
                scoredPair = new Case(pair.category(), pair.name(), pair.a(), pair.b(), true,
                        Math.min(1, (double) b.shingleCount() / a.shingleCount()));
            }
            prepared.add(new Prepared(scoredPair, a, b, candidate));
        }
        return prepared;
    }

    public static List<Scored> judge(List<Prepared> prepared, Matcher matcher) {
        // The application's verification step, so that evidence added there is what this evaluation scores.
        CandidatePolicy policy = new CandidatePolicy(matcher);
        return prepared.stream().map(p -> new Scored(p.pair(), p.candidate(), policy.verify(p.a(), p.b()))).toList();
    }

    /** Precision and recall of the headline pairs: every negative, and copies keeping at least 30% of the words. */
    public record Totals(int truePositives, int falsePositives, int falseNegatives) {

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return String.format("P=%.4f R=%.4f (tp=%d fp=%d fn=%d)", precision(), recall(), truePositives,
                    falsePositives, falseNegatives);
        }
    }

    public static Totals totals(List<Scored> scored) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Scored s : scored) {
            if (!s.headline() || s.pair().keptShare() < 0) {
                continue;
            }
            if (s.pair().copy() && s.found()) {
                tp++;
            } else if (s.pair().copy()) {
                fn++;
            } else if (s.found()) {
                fp++;
            }
        }
        return new Totals(tp, fp, fn);
    }

    public static void main(String[] args) {
        List<Case> cases = allCases();
        if (args.length > 0 && args[0].equals("--explore")) {
            explore(cases);
            return;
        }
        Fingerprinter fingerprinter = new Fingerprinter();
        Matcher matcher = new Matcher();
        List<Prepared> prepared = prepare(cases, fingerprinter);
        List<Scored> scored = judge(prepared, matcher);
        MatchScheme scheme = fingerprinter.scheme();
        System.out.printf("scheme v%d: %d-word shingles, %d bins, %d bands x %d rows; thresholds %s%n",
                scheme.version(), scheme.wordShingleSize(), scheme.bins(), scheme.bands(), scheme.rowsPerBand(),
                matcher.thresholds());
        System.out.printf("pairs: %d%n%n", scored.size());
        System.out.println("| category | pairs | called copy | LSH candidates | related | result |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        Map<String, List<Scored>> byCategory = new LinkedHashMap<>();
        for (Scored s : scored) {
            byCategory.computeIfAbsent(s.pair().category(), k -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<String, List<Scored>> entry : byCategory.entrySet()) {
            List<Scored> list = entry.getValue();
            long found = list.stream().filter(Scored::found).count();
            long candidates = list.stream().filter(Scored::candidate).count();
            long related = list.stream().filter(s -> s.verdict().relation().name().equals("RELATED")).count();
            boolean copies = list.get(0).pair().copy();
            String result = list.get(0).pair().keptShare() < 0 ? "not counted"
                    : copies ? String.format("recall %.3f", (double) found / list.size())
                    : found == 0 ? "no false merge" : found + " FALSE MERGES";
            System.out.printf("| %s | %d | %d | %d | %d | %s |%n", entry.getKey(), list.size(), found, candidates,
                    related, result);
        }
        System.out.println();
        System.out.println("Truncated copies by share of the original's shingles kept:");
        System.out.println("| kept | pairs | recall |");
        System.out.println("|---|---:|---:|");
        double[] edges = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1.01};
        for (int i = 0; i + 1 < edges.length; i++) {
            double lo = edges[i];
            double hi = edges[i + 1];
            List<Scored> bucket = scored.stream().filter(s -> s.pair().copy() && s.pair().category().contains("truncated")
                    && s.pair().keptShare() >= lo && s.pair().keptShare() < hi).toList();
            long found = bucket.stream().filter(Scored::found).count();
            System.out.printf("| %.0f-%.0f%% | %d | %.3f |%n", lo * 100, Math.min(hi, 1) * 100, bucket.size(),
                    bucket.isEmpty() ? 0 : (double) found / bucket.size());
        }
        System.out.println();
        System.out.println("Headline (all negatives; copies keeping >= 30% of the shingles): " + totals(scored));
        System.out.println();
        curve(prepared);
        System.out.println();
        System.out.println("Closest negatives (highest containment):");
        scored.stream().filter(s -> !s.pair().copy() && s.pair().keptShare() >= 0)
                .sorted(Comparator.comparingDouble((Scored s) -> -s.verdict().containment()
                        - s.verdict().leadResemblance())).limit(8)
                .forEach(s -> System.out.printf("  %.3f / %.3f / lead %.2f %s %s [%s]%n", s.verdict().resemblance(),
                        s.verdict().containment(), s.verdict().leadResemblance(), s.pair().category(), s.pair().name(), s.verdict().rule()));
        Map<String, Long> missedByRule = new java.util.TreeMap<>();
        scored.stream().filter(s -> s.pair().copy() && s.headline() && !s.found())
                .forEach(s -> missedByRule.merge(s.candidate() ? s.verdict().rule() : "no LSH candidate", 1L,
                        Long::sum));
        System.out.println("Headline copies missed, by deciding rule: " + missedByRule);
        System.out.println("Dev set pairs:");
        scored.stream().filter(s -> s.pair().category().startsWith("dev") && (s.pair().copy()
                        || s.verdict().containment() > 0.2))
                .forEach(s -> System.out.printf("  %s %.3f / %.3f / lead %.2f cand=%s %s %s [%s]%n",
                        s.pair().copy() ? "copy" : "diff", s.verdict().resemblance(), s.verdict().containment(),
                        s.verdict().leadResemblance(), s.candidate(), s.verdict().relation(),
                        s.pair().name(), s.verdict().rule()));
        System.out.println("Weakest headline copies missed:");
        scored.stream().filter(s -> s.pair().copy() && s.headline() && !s.found())
                .sorted(Comparator.comparingDouble((Scored s) -> -s.verdict().containment())).limit(12)
                .forEach(s -> System.out.printf("  %.3f / %.3f / lead %.2f cand=%s %s %s kept=%.2f [%s]%n",
                        s.verdict().resemblance(), s.verdict().containment(), s.verdict().leadResemblance(),
                        s.candidate(), s.pair().category(),
                        s.pair().name(), s.pair().keptShare(), s.verdict().rule()));
    }

    /** Precision/recall over the copy thresholds, with the shipped scheme. */
    static void curve(List<Prepared> prepared) {
        MatchThresholds base = MatchThresholds.DEFAULT;
        double[] leads = {0, 0.2, 0.3, 0.4, 0.45, 0.5, 0.6, 1.01};
        for (double resemblance : new double[] {0.5, 0.6, 0.7, 0.8}) {
            System.out.printf("Curve (headline pairs) with copyResemblance=%.1f: copyContainment x"
                    + " copyLeadResemblance%n", resemblance);
            StringBuilder header = new StringBuilder("| containment \\ lead |");
            StringBuilder rule = new StringBuilder("|---|");
            for (double lead : leads) {
                header.append(lead > 1 ? " off |" : String.format(" %.2f |", lead));
                rule.append("---|");
            }
            System.out.println(header);
            System.out.println(rule);
            for (double c : new double[] {0.5, 0.6, 0.7, 0.8, 0.9}) {
                StringBuilder row = new StringBuilder(String.format("| %.2f |", c));
                for (double lead : leads) {
                    MatchThresholds t = new MatchThresholds(base.minShingles(), resemblance, c, lead,
                            base.minMatchingBins(), base.truncatedSizeRatio(), base.relatedResemblance(),
                            base.relatedContainment());
                    Totals totals = totals(judge(prepared, new Matcher(t)));
                    row.append(String.format(" P=%.4f R=%.3f fp=%d |", totals.precision(), totals.recall(),
                            totals.falsePositives()));
                }
                System.out.println(row);
            }
            System.out.println();
        }
    }

    /** Compares shingle sizes and band shapes at the default thresholds. */
    static void explore(List<Case> cases) {
        int version = 100;
        for (int k : new int[] {3, 4, 5}) {
            for (int rows : new int[] {2, 3, 4}) {
                MatchScheme v1 = MatchScheme.V1;
                MatchScheme scheme = new MatchScheme(++version, k, v1.charShingleSize(), v1.bins(), rows,
                        v1.leadShingles(), v1.leadBins(), v1.leadRowsPerBand());
                List<Scored> scored = judge(prepare(cases, new Fingerprinter(scheme)), new Matcher());
                long candidatePairs = scored.stream().filter(s -> !s.pair().copy() && s.candidate()).count();
                System.out.printf("k=%d rows=%d bands=%d: %s; negative pairs that are LSH candidates: %d%n", k, rows,
                        scheme.bands(), totals(scored), candidatePairs);
            }
        }
    }
}
