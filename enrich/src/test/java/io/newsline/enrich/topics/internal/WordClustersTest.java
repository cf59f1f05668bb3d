package io.newsline.enrich.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordClustersTest {

    private static WordClusters extracted() {
        assumeTrue(WordClusters.available(), "no word clusters in enrich/target/word-clusters:"
                + " run scripts/extract-word-clusters.sh to test the lexicon itself");
        return WordClusters.onClassPath();
    }

    @Test
    void theExtractedLexiconHoldsTheWordsTheTopicFeaturesCanMeet() {
        assertThat(extracted().size()).isEqualTo(522_390);
    }

    @Test
    void wordsUsedAlikeInNewsShareACluster() {
        WordClusters lexicon = extracted();
        assertThat(lexicon.cluster("Chelsea")).isPositive()
                .isEqualTo(lexicon.cluster("Liverpool")).isEqualTo(lexicon.cluster("Juventus"));
        assertThat(lexicon.cluster("striker")).isPositive()
                .isEqualTo(lexicon.cluster("goalkeeper")).isEqualTo(lexicon.cluster("midfielder"));
        assertThat(lexicon.cluster("profit")).isPositive()
                .isEqualTo(lexicon.cluster("revenue")).isEqualTo(lexicon.cluster("earnings"));
        assertThat(lexicon.cluster("Microsoft")).isPositive().isEqualTo(lexicon.cluster("Samsung"));
    }

    @Test
    void sportsFinanceAndPoliticsWordsAreInDifferentClusters() {
        WordClusters lexicon = extracted();
        List<Integer> clusters = List.of(lexicon.cluster("striker"), lexicon.cluster("dividend"),
                lexicon.cluster("Microsoft"), lexicon.cluster("parliament"), lexicon.cluster("Chelsea"));
        assertThat(clusters).doesNotHaveDuplicates().allMatch(c -> c > 0);
    }

    @Test
    void wordsAreLookedUpWhateverTheirCaseWithDigitsAsNines() {
        WordClusters lexicon = extracted();
        assertThat(lexicon.cluster("CHELSEA")).isEqualTo(lexicon.cluster("chelsea"));
        int score = lexicon.cluster("9-9");
        assertThat(score).isPositive();
        assertThat(lexicon.cluster("2-0")).isEqualTo(score);
        assertThat(lexicon.cluster("31-17")).isEqualTo(lexicon.cluster("99-99"));
        assertThat(lexicon.cluster("21st")).isPositive().isEqualTo(lexicon.cluster("99th"));
        assertThat(lexicon.cluster("O\u2019Neill")).as("a typographic apostrophe").isPositive()
                .isEqualTo(lexicon.cluster("o'neill"));
    }

    @Test
    void aWordCanBeLookedUpInsideAText() {
        WordClusters lexicon = extracted();
        String text = "Juventus beat Chelsea";
        assertThat(lexicon.cluster(text, 0, 8)).isEqualTo(lexicon.cluster("Juventus"));
        assertThat(lexicon.cluster(text, 14, text.length())).isEqualTo(lexicon.cluster("Chelsea"));
    }

    @Test
    void aWordTheLexiconLacksHasNoCluster() {
        WordClusters lexicon = extracted();
        assertThat(lexicon.cluster("qxzvbnmwq")).isZero();
        assertThat(lexicon.cluster("")).isZero();
    }

    @Test
    void aParsedLexiconAnswersItsOwnWordsAndNoOthers() {
        WordClusters small = WordClusters.parse(List.of("7\tgoal try", "12\tshares bond 9-9"));
        assertThat(small.size()).isEqualTo(5);
        assertThat(small.cluster("3-1")).as("digits are looked up as 9s, as the lexicon keys them").isEqualTo(12);
        assertThat(small.cluster("Goal")).isEqualTo(7);
        assertThat(small.cluster("try")).isEqualTo(7);
        assertThat(small.cluster("bond")).isEqualTo(12);
        assertThat(small.cluster("bonds")).isZero();
    }

    @Test
    void aLineWithoutAClusterIdIsRefused() {
        assertThatThrownBy(() -> WordClusters.parse(List.of("goal try")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goal try");
        assertThatThrownBy(() -> WordClusters.parse(List.of("0\tgoal")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    }
}
