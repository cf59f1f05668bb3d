package io.newsline.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TruecaserTest {

    private static final Truecaser TRUECASER = Truecaser.fromCoreNlpModels();

    private static List<String> words(String sentence) {
        return Arrays.asList(sentence.split(" "));
    }

    private static List<String> truecased(String sentence, Truecaser.DocumentForms forms) {
        return words(sentence).stream().map(word -> TRUECASER.truecase(word, forms)).toList();
    }

    @Test
    void headlinesInCapitalsAreTruecasedAndDatelinesTableRowsAndRunningTextAreNot() {
        assertThat(Truecaser.isToTruecase(words("SOCCER - CELTIC CRUSH HIBERNIAN IN EDINBURGH ."))).isTrue();
        assertThat(Truecaser.isToTruecase(words("U.S. SENATE PANEL BACKS NEW FAA CHIEF ."))).isTrue();
        assertThat(Truecaser.isToTruecase(words("TOYOTA TO CUT 3,000 JOBS ."))).isTrue();
        // one word in capitals, datelines, a row of a price table
        assertThat(Truecaser.isToTruecase(words("LONDON CALLING"))).isTrue();
        assertThat(Truecaser.isToTruecase(words("LONDON"))).isFalse();
        assertThat(Truecaser.isToTruecase(words("SAN FRANCISCO 2026-08-27"))).isFalse();
        assertThat(Truecaser.isToTruecase(words("HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%"))).isFalse();
        assertThat(Truecaser.isToTruecase(words("AL-AIN , United Arab Emirates 2026-12-06"))).isFalse();
        assertThat(Truecaser.isToTruecase(words("NEW YORK 5 Toronto 3"))).isFalse();
        assertThat(Truecaser.isToTruecase(words("Celtic beat Hibernian 4-0 on Saturday ."))).isFalse();
        // in capitals all the same, so no running text to take forms from
        assertThat(Truecaser.isMostlyUpperCase(words("LONDON 2026-04-11"), 1)).isTrue();
        assertThat(Truecaser.isMostlyUpperCase(words("HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%"), 1)).isTrue();
        assertThat(Truecaser.isMostlyUpperCase(words("ZEALAND AND FRANCE"), 4)).isFalse();
    }

    @Test
    void aHeadlineTakesTheCasingOfTheNamesTheBodyWritesAndOfCoreNlpsListElseLowerCase() {
        Truecaser.DocumentForms forms = new Truecaser.DocumentForms();
        forms.addSentence(words("Celtic beat Hibernian 4-0 at Easter Road on Saturday , the first win of the year ."));
        forms.addSentence(words("The club from Edinburgh had not lost since August ."));
        forms.addName("Celtic");
        forms.addName("Hibernian");
        forms.addSentence(words("The crowd was the smallest of the season ."));

        // CRUSH, IN, SOCCER: lower case; Celtic, Hibernian, Edinburgh from the body (Celtic only opens a sentence
        // there, but the tagger named it)
        assertThat(truecased("SOCCER - CELTIC CRUSH HIBERNIAN IN EDINBURGH .", forms))
                .containsExactly("soccer", "-", "Celtic", "crush", "Hibernian", "in", "Edinburgh", ".");
        // THE opens a body sentence but is written in lower case inside one: lower case
        assertThat(truecased("THE SEASON 'S FIRST WIN", forms)).containsExactly("the", "season", "'s", "first", "win");
        // abbreviations from the list: OPEC, U.S.; a mixed form: McLaren; a word the list merely capitalises is
        // left to the body, else lower case ("Derby" the town, "derby" the match)
        assertThat(truecased("OPEC AND U.S. TALKS , MCLAREN DERBY", forms))
                .containsExactly("OPEC", "and", "U.S.", "talks", ",", "McLaren", "derby");
    }

    @Test
    void aWordTheBodyOnlyOpensSentencesWithKeepsThatFormAndAnAbbreviationStaysOne() {
        Truecaser.DocumentForms forms = new Truecaser.DocumentForms();
        forms.addSentence(words("Brentford held Arsenal to a draw ."));
        forms.addSentence(words("Give us a break , the manager said ."));

        // Brentford: only as a first word; the list does not know it
        assertThat(truecased("ARSENAL HELD BY BRENTFORD", forms)).containsExactly("Arsenal", "held", "by", "Brentford");
        // the body's "us" is the pronoun; the list writes US in capitals
        assertThat(truecased("US FALLS", forms)).containsExactly("US", "falls");
    }

    @Test
    void theListKeepsCoreNlpsAbbreviationsAndMixedForms() {
        // 34,916 of the list's 180,937 words: 16,182 in capitals, the rest mixed ("McLaren", "KWD7,033")
        assertThat(TRUECASER.size()).isEqualTo(34_916);
    }
}
