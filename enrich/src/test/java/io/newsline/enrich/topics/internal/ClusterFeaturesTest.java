package io.newsline.enrich.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterFeaturesTest {

    private static final WordClusters LEXICON = WordClusters.parse(List.of(
            "3\tchelsea juventus", "5\tstriker goalkeeper", "8\tsigns", "9\tthe"));

    private static List<Integer> features(String text) {
        return features(text, LinearTopicModel.WORD_CLUSTERS);
    }

    private static List<Integer> features(String text, int kinds) {
        List<Integer> out = new ArrayList<>();
        ClusterFeatures.extract(text, kinds, LEXICON, (hash, word) -> {
            assertThat(word).as("cluster features are not words").isFalse();
            out.add(hash);
        });
        return out;
    }

    @Test
    void anUnseenNameReadsAsTheNamesOfItsCluster() {
        assertThat(features("Juventus signs striker"))
                .isEqualTo(features("Chelsea signs goalkeeper"))
                .containsExactly(ClusterFeatures.clusterHash(3), ClusterFeatures.clusterHash(8),
                        ClusterFeatures.clusterHash(5));
    }

    @Test
    void aCapitalisedWordInsideASentenceAlsoGivesItsNameFeature() {
        assertThat(features("The striker joins Chelsea's squad."))
                .containsExactly(ClusterFeatures.clusterHash(5), ClusterFeatures.clusterHash(3),
                        ClusterFeatures.capitalisedHash(3));
    }

    @Test
    void namesAloneAndPairsOfNeighboursAreKindsOfTheirOwn() {
        assertThat(features("The striker joins Chelsea's squad.", LinearTopicModel.NAME_CLUSTERS))
                .containsExactly(ClusterFeatures.capitalisedHash(3));
        assertThat(features("Juventus signs striker. Chelsea", LinearTopicModel.CLUSTER_PAIRS))
                .as("pairs within a sentence only")
                .containsExactly(ClusterFeatures.pairHash(3, 8), ClusterFeatures.pairHash(8, 5));
        assertThat(ClusterFeatures.pairHash(3, 8)).isNotEqualTo(ClusterFeatures.pairHash(8, 3));
    }

    @Test
    void functionWordsAndUnknownWordsGiveNothing() {
        assertThat(features("the the zzqx")).isEmpty();
    }
}
