package io.newsline.enrich.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashedFeaturesTest {

    private static List<Integer> words(String text) {
        List<Integer> out = new ArrayList<>();
        HashedFeatures.extract(text, (hash, word) -> {
            if (word) {
                out.add(hash);
            }
        });
        return out;
    }

    private static List<Integer> all(String text) {
        List<Integer> out = new ArrayList<>();
        HashedFeatures.extract(text, (hash, word) -> out.add(hash));
        return out;
    }

    private static List<Integer> subwords(String text) {
        List<Integer> out = new ArrayList<>();
        HashedFeatures.subwords(text, (hash, word) -> {
            assertThat(word).as("a letter sequence is not a word").isFalse();
            out.add(hash);
        });
        return out;
    }

    @Test
    void longWordsGiveEveryFourLetterSequenceButTheirFirst() {
        // 15 letters: sequences starting at letters 2 to 12
        assertThat(subwords("Bundesregierung")).hasSize(11).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(all("Bundesregierung"));
        assertThat(subwords("Regierung")).hasSize(5).isSubsetOf(subwords("Bundesregierung"));
        // a compound and its inflected form share their parts, where the whole words differ
        assertThat(words("Fußballspiel")).doesNotContainAnyElementsOf(words("Fußballspiele"));
        assertThat(subwords("Fußballspiele")).containsAll(subwords("Fußballspiel"));
    }

    @Test
    void shortWordsNumbersAndUnspacedScriptsGiveNoLetterSequences() {
        assertThat(subwords("Der Bund hat 2024 gewählt")).isEmpty(); // no word of eight letters
        assertThat(subwords("東京株式市場が上昇した")).isEmpty();
        assertThat(subwords("shares rose 5 % to $ 100, 2-1")).isEmpty();
        assertThat(subwords("Regierung, Regierung")).hasSize(10);
    }

    @Test
    void caseAndPossessivesAndPluralsDoNotMakeNewWords() {
        assertThat(words("Chile's ELECTIONS")).isEqualTo(words("chile election"));
    }

    @Test
    void englishFunctionWordsAreSkippedButOtherLanguagesKeepTheirWords() {
        assertThat(words("the of and")).isEmpty();
        assertThat(words("le président et la ministre")).hasSize(5);
    }

    @Test
    void abbreviationsWithDotsStayOneWord() {
        assertThat(words("U.S. troops")).hasSize(2).isEqualTo(words("u.s. troop"));
        assertThat(words("U.S. troops")).doesNotContainAnyElementsOf(words("us troops").subList(0, 1));
    }

    @Test
    void scriptsWithoutSpacesAreReadAsCharactersAndCharacterPairs() {
        // four characters: four single-character features and three pairs
        assertThat(words("東京株式")).hasSize(4);
        assertThat(all("東京株式")).hasSize(7);
        assertThat(words("東京")).isEqualTo(words("東京 ").subList(0, 2));
    }

    @Test
    void moneyAndPercentSignsAreFeaturesButBareNumbersAreNot() {
        assertThat(all("shares rose 5 %")).hasSizeGreaterThan(all("shares rose 5").size());
        assertThat(all("shares rose 5")).isEqualTo(all("shares rose"));
    }

    @Test
    void wordPairsDoNotCrossSentences() {
        assertThat(all("bank loan")).hasSize(3);
        assertThat(all("bank. loan")).hasSize(2);
    }

    @Test
    void longWordsAlsoGiveTheirPrefixSoInflectedFormsMeet() {
        List<Integer> nominative = all("prezydent");
        List<Integer> genitive = all("prezydenta");
        assertThat(nominative).hasSize(2);
        assertThat(genitive.get(1)).isEqualTo(nominative.get(1));
        assertThat(genitive.get(0)).isNotEqualTo(nominative.get(0));
    }
}
