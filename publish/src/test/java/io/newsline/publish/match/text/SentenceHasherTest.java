package io.newsline.publish.match.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceHasherTest {

    /** One hashed sentence. */
    record Hashed(long skeleton, long figures, int words) {
    }

    private static List<Hashed> sentences(String line) {
        List<Hashed> out = new ArrayList<>();
        SentenceHasher.sentences(line, (skeleton, figures, words) -> out.add(new Hashed(skeleton, figures, words)));
        return out;
    }

    private static Hashed only(String line) {
        List<Hashed> all = sentences(line);
        assertThat(all).as(line).hasSize(1);
        return all.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The rescue teams reached the village on Sunday, officials said.|The rescue teams reached the village yesterday, officials said.",
        "Les secours ont atteint le village dimanche, selon les autorités.|Les secours ont atteint le village hier, selon les autorités.",
        "Los equipos de rescate llegaron al pueblo el domingo, dijeron las autoridades.|Los equipos de rescate llegaron al pueblo ayer, dijeron las autoridades.",
        "Die Rettungskräfte erreichten das Dorf am Sonntag, teilten die Behörden mit.|Die Rettungskräfte erreichten das Dorf gestern, teilten die Behörden mit.",
        "\"We will rebuild,\" the mayor said - and thanked the volunteers.|“We will rebuild,” the Mayor said — and thanked the volunteers."
    })
    void dayWordsQuotesDashesAndCaseDoNotChangeASentence(String a, String b) {
        Hashed first = only(a);
        Hashed second = only(b);

        assertThat(second.skeleton()).isEqualTo(first.skeleton());
        assertThat(second.figures()).isEqualTo(first.figures());
    }

    @Test
    void aChangedFigureKeepsTheSkeletonAndChangesTheFigures() {
        Hashed before = only("The death toll rose to 2,122 after rescuers reached the hardest-hit district.");
        Hashed after = only("The death toll rose to 2,120 after rescuers reached the hardest-hit district.");
        Hashed noFigure = only("The death toll rose again after rescuers reached the hardest-hit district.");

        assertThat(after.skeleton()).isEqualTo(before.skeleton());
        assertThat(after.figures()).isNotEqualTo(before.figures()).isNotZero();
        assertThat(noFigure.figures()).isZero();
        assertThat(noFigure.skeleton()).isNotEqualTo(before.skeleton());
    }

    @Test
    void aWordChangeChangesTheSkeleton() {
        assertThat(only("The minister resigned after the vote in parliament on Tuesday.").skeleton())
                .isNotEqualTo(only("The minister resigned before the vote in parliament on Tuesday.").skeleton());
    }

    @Test
    void sentencesEndAtStopsFollowedBySpaceNotInsideFiguresAndShortOnesAreLeftOut() {
        List<Hashed> all = sentences("Growth slowed to 2.5 percent in the third quarter, the agency said. "
                + "He agreed. \"Exports fell sharply in September and October,\" the report added! Why now?");

        assertThat(all).extracting(Hashed::words).containsExactly(13, 10);
    }

    @Test
    void everyRunOfDigitsIsAWord() {
        assertThat(only("A 5.3-magnitude quake struck at 03:12 GMT.").words()).isEqualTo(10);
    }
}
