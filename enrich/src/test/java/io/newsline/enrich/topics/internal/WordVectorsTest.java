package io.newsline.enrich.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class WordVectorsTest {

    private static WordVectors extracted() {
        assumeTrue(WordVectors.available(), "no word vectors in enrich/target/word-vectors:"
                + " run scripts/extract-word-vectors.sh to test the vectors themselves");
        return WordVectors.onClassPath();
    }

    private static double cosine(WordVectors vectors, String a, String b) {
        float[] x = vectors.vector(a);
        float[] y = vectors.vector(b);
        double dot = 0;
        for (int d = 0; d < x.length; d++) {
            dot += x[d] * y[d];
        }
        return dot;
    }

    @Test
    void theExtractedVectorsHoldTheMostFrequentWordsIn100Dimensions() {
        WordVectors vectors = extracted();
        assertThat(vectors.size()).isEqualTo(100_000);
        assertThat(vectors.dimensions()).isEqualTo(100);
    }

    @Test
    void eachVectorHasUnitLength() {
        WordVectors vectors = extracted();
        for (String word : new String[] {"striker", "profit", "parliament", "smartphone", "earthquake"}) {
            double norm = 0;
            for (float x : vectors.vector(word)) {
                norm += x * x;
            }
            assertThat(Math.sqrt(norm)).as(word).isCloseTo(1, offset(0.01));
        }
    }

    @Test
    void wordsUsedAlikePointAlike() {
        WordVectors vectors = extracted();
        assertThat(cosine(vectors, "striker", "midfielder")).isGreaterThan(cosine(vectors, "striker", "dividend"))
                .isGreaterThan(0.5);
        assertThat(cosine(vectors, "profit", "revenue")).isGreaterThan(cosine(vectors, "profit", "goalkeeper"))
                .isGreaterThan(0.5);
        assertThat(cosine(vectors, "microsoft", "google")).isGreaterThan(cosine(vectors, "microsoft", "parliament"));
    }

    @Test
    void wordsAreLookedUpWhateverTheirCaseAndUnknownWordsHaveNone() {
        WordVectors vectors = extracted();
        assertThat(vectors.vector("Chelsea")).containsExactly(vectors.vector("chelsea"));
        assertThat(vectors.vector("qxzvbnmwq")).isNull();
        assertThat(vectors.vector("2010")).as("numbers were not kept").isNull();
        String text = "Juventus beat Chelsea";
        assertThat(vectors.row(text, 14, text.length())).isEqualTo(vectors.row("chelsea", 0, 7)).isNotNegative();
    }
}
