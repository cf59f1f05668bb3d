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
}
