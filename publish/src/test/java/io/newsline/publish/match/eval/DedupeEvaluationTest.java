package io.newsline.publish.match.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.publish.match.Fingerprinter;
import io.newsline.publish.match.Matcher;
import io.newsline.publish.match.eval.DedupeEvaluation.Scored;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated evaluation at the shipped scheme and thresholds: no false merge, high recall (docs/QUALITY.md). */
class DedupeEvaluationTest {

    @Test
    void generatedCasesHaveNoFalseMergeAndFindNearlyAllCopies() {
        List<SyntheticCases.Case> cases = DedupeEvaluation.allCases();
        List<Scored> scored = DedupeEvaluation.judge(DedupeEvaluation.prepare(cases, new Fingerprinter()),
                new Matcher());

        DedupeEvaluation.Totals totals = DedupeEvaluation.totals(scored);

        assertThat(scored.stream().filter(s -> !s.pair().copy() && s.found()).map(s -> s.pair().name()))
                .isEmpty();
        assertThat(totals.recall()).as(totals.toString()).isGreaterThan(0.95);
        assertThat(totals.truePositives()).isGreaterThan(4000);
    }

    @Test
    void theGeneratorIsDeterministic() {
        List<Corpus.Article> articles = Corpus.articles().subList(0, 20);

        assertThat(new SyntheticCases(7).generate(articles)).isEqualTo(new SyntheticCases(7).generate(articles));
    }

    @Test
    void editedCopiesTemplatedBulletinsAndQuotingReportsAreDecidedAsTheCurveChose() {
        List<RecallEvaluation.Evidence> evidence = RecallEvaluation.evidence(RecallEvaluation.syntheticCases(),
                new Fingerprinter());
        io.newsline.publish.match.SentenceThresholds shipped = io.newsline.publish.match.SentenceThresholds.DEFAULT;

        DedupeEvaluation.Totals score = RecallEvaluation.score(evidence, RecallEvaluation.align(evidence, shipped),
                shipped);

        assertThat(score.falsePositives()).as(score.toString()).isZero();
        assertThat(score.recall()).as(score.toString()).isGreaterThan(0.98);
        java.util.Map<String, double[]> byKind = new java.util.TreeMap<>();
        Matcher matcher = new Matcher();
        for (RecallEvaluation.Evidence e : evidence) {
            if (e.pair().copy() && e.pair().category().startsWith("copy: ")) {
                boolean found = e.candidate() && matcher.verify(e.a(), e.b()).relation().isCopy();
                double[] counts = byKind.computeIfAbsent(e.pair().category(), k -> new double[2]);
                counts[0] += found ? 1 : 0;
                counts[1]++;
            }
        }
        byKind.forEach((kind, counts) -> assertThat(counts[0] / counts[1]).as(kind).isGreaterThan(
                kind.contains("excerpt") || kind.contains("substituted (10%)") ? 0.85 : 0.95));
    }

    @Test
    void theRealPagesOfTheSecondDevelopmentSetHaveNoFalseMerge() {
        List<SyntheticCases.Case> cases = SharedSets.pairs("syndication-dev2");
        org.junit.jupiter.api.Assumptions.assumeFalse(cases.isEmpty(),
                "../shared/fixtures/syndication-dev2 is absent: the real pages are read there, never copied");
        List<RecallEvaluation.Evidence> evidence = RecallEvaluation.evidence(cases, new Fingerprinter());
        io.newsline.publish.match.SentenceThresholds shipped = io.newsline.publish.match.SentenceThresholds.DEFAULT;

        DedupeEvaluation.Totals score = RecallEvaluation.score(evidence, RecallEvaluation.align(evidence, shipped),
                shipped);

        assertThat(score.falsePositives()).as(score.toString()).isZero();
        assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(0.9);
    }
}
