package io.newsline.enrich.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterFeaturesTest {

    private static final WordClusters LEXICON = WordClusters.parse(List.of(
            "3\tchelsea juventus", "5\tstriker goalkeeper", "8\tsigns", "9\tthe"));

    private static List<Integer> features(String text) {
        List<Integer> out = new ArrayList<>();
        ClusterFeatures.extract(text, LEXICON, (hash, word) -> {
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
    void functionWordsAndUnknownWordsGiveNothing() {
        assertThat(features("the the zzqx")).isEmpty();
    }
}
