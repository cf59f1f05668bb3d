package io.newsline.ingest.extract.wire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.wire.Agencies;
import io.newsline.ingest.extract.wire.CreditFinder;
import io.newsline.ingest.extract.wire.eval.CreditSnippet.Label;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The credit finder on the development passages of {@code bench-data/credits/dev.tsv} (the held-out set is scored
 * by {@code scripts/eval-credits.sh} only, never by a test that could be tuned to pass).
 */
class CreditDevSetTest {

    private static final Path DEV = Path.of("..", "bench-data", "credits", "dev.tsv");

    @Test
    void creditsAreFoundAndMentionsAreNotTakenForCredits() {
        List<CreditSnippet> snippets = CreditSnippet.read(DEV);
        CreditScore score = CreditScore.of(new CreditFinder(Agencies.bundled()), snippets);
        assertThat(snippets).hasSizeGreaterThan(150);
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(0.98);
        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(0.97);
        assertThat(score.falselyCredited(Label.NONE)).as("mentions taken for credits").isZero();
        assertThat(score.falselyCredited(Label.PHOTO)).as("photo credits taken for credits").isZero();
        assertThat(score.recognised(Label.PHOTO, CreditFinder.Kind.PHOTO)).isEqualTo(score.count(Label.PHOTO));
    }

    @Test
    void theScoreCountsAMissedCreditAndAFalseOne() {
        CreditSnippet credit = new CreditSnippet("t1", "en", "closing", Label.CREDIT, java.util.Set.of("AFP"),
                List.of("The talks ended.", "Staff reporter"), 0, java.util.Set.of());
        CreditSnippet mention = new CreditSnippet("t2", "en", "closing", Label.NONE, java.util.Set.of("AFP"),
                List.of("The talks ended.", "— AFP"), 0, java.util.Set.of());
        CreditScore score = CreditScore.of(new CreditFinder(Agencies.bundled()), List.of(credit, mention));
        assertThat(score.truePositives()).isZero();
        assertThat(score.falseNegatives()).isEqualTo(1);
        assertThat(score.falsePositives()).isEqualTo(1);
        assertThat(score.right()).isZero();
    }
}
