package io.newsline.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.EntityType;
import io.newsline.enrich.TextField;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {

    private static FieldSpan span(String field, String surface, int occurrence, EntityType type) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = field.indexOf(surface, at + 1);
        }
        return new FieldSpan(TextField.TEXT, at, at + surface.length(), type, surface);
    }

    @Test
    void aNameTaggedOnceIsTaggedWhereverItRecursAsAWord() {
        String text = "Marit Jansen scored.\nJansen then left; Jansenville is elsewhere.";
        List<FieldSpan> result = DocumentConsistency.apply("", text,
                List.of(span(text, "Marit Jansen", 0, EntityType.PERSON)));

        assertThat(result).extracting(FieldSpan::text).containsExactly("Marit Jansen", "Jansen");
        assertThat(result.get(1).start()).isEqualTo(text.indexOf("Jansen then"));
        assertThat(result.get(1).type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void withTheMajorityStepEveryOccurrenceOfANameTakesTheMajorityType() {
        String text = "Chelsea won. Chelsea lost. Chelsea drew.";
        List<FieldSpan> result = DocumentConsistency.apply("", text, List.of(
                span(text, "Chelsea", 0, EntityType.PERSON),
                span(text, "Chelsea", 1, EntityType.ORGANIZATION),
                span(text, "Chelsea", 2, EntityType.ORGANIZATION)), DocumentConsistency.ALL_STEPS);

        assertThat(result).extracting(FieldSpan::type).containsOnly(EntityType.ORGANIZATION).hasSize(3);
    }

    @Test
    void byDefaultEachOccurrenceKeepsItsOwnTypeAndRecurrencesTakeTheMajorityType() {
        String text = "Monaco won the Monaco Grand Prix. Monaco is rich. Monaco votes.";
        List<FieldSpan> result = DocumentConsistency.apply("", text, List.of(
                span(text, "Monaco", 0, EntityType.LOCATION),
                span(text, "Monaco", 1, EntityType.ORGANIZATION),
                span(text, "Monaco", 2, EntityType.LOCATION)));

        assertThat(result).extracting(FieldSpan::type).containsExactly(
                EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.LOCATION);
        assertThat(result.get(3).start()).isEqualTo(text.lastIndexOf("Monaco"));
    }

    @Test
    void aPlaceOrOrganisationThatIsTheSurnameOfAPersonNamedInFullIsThatPerson() {
        String text = "MaliVai Washington lost in five sets.\nWashington served well, said Washington Post writer Ann Dale."
                + "\nHe studied in Washington State .";
        List<FieldSpan> spans = List.of(
                span(text, "MaliVai Washington", 0, EntityType.PERSON),
                span(text, "Washington", 1, EntityType.LOCATION),
                span(text, "Washington Post", 0, EntityType.ORGANIZATION),
                span(text, "Ann Dale", 0, EntityType.PERSON),
                span(text, "Washington State", 0, EntityType.LOCATION));

        assertThat(DocumentConsistency.apply("", text, spans)).extracting(s -> s.text() + "/" + s.type())
                .containsExactly("MaliVai Washington/PERSON", "Washington/PERSON", "Washington Post/ORGANIZATION",
                        "Ann Dale/PERSON", "Washington State/LOCATION");
        assertThat(DocumentConsistency.apply("", text, spans, EnumSet.of(DocumentConsistency.Step.DROP_NOISE)))
                .extracting(FieldSpan::type).containsExactly(EntityType.PERSON, EntityType.LOCATION,
                        EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION);
    }

    @Test
    void aPersonThatIsTheFirstWordOfAnOrganisationNamedInFullIsThatOrganisation() {
        String text = "Real drew at Deportivo Coruna .\nDeportivo started strongly ; Ana Deportivo watched , and so did Deportivo .";
        List<FieldSpan> spans = List.of(
                span(text, "Deportivo Coruna", 0, EntityType.ORGANIZATION),
                span(text, "Deportivo", 1, EntityType.PERSON),
                span(text, "Ana Deportivo", 0, EntityType.PERSON),
                span(text, "Deportivo", 3, EntityType.PERSON));

        // the last is also the surname of a person named in full: it stays a person
        assertThat(DocumentConsistency.apply("", text, spans)).extracting(s -> s.text() + "/" + s.type())
                .containsExactly("Deportivo Coruna/ORGANIZATION", "Deportivo/PERSON", "Ana Deportivo/PERSON",
                        "Deportivo/PERSON");
        String plain = "Real drew at Deportivo Coruna .\nDeportivo started strongly .";
        assertThat(DocumentConsistency.apply("", plain, List.of(
                span(plain, "Deportivo Coruna", 0, EntityType.ORGANIZATION),
                span(plain, "Deportivo", 1, EntityType.PERSON)))).extracting(FieldSpan::type)
                .containsExactly(EntityType.ORGANIZATION, EntityType.ORGANIZATION);
    }

    @Test
    void anOrganisationOrPlaceNamedByAMonthOrDayAloneIsNoiseButAPersonIsNot() {
        String text = "M1 63.02 July 96 June 96\nTheresa May spoke ; May said Monday was fine .";
        List<FieldSpan> spans = List.of(
                span(text, "July", 0, EntityType.ORGANIZATION),
                span(text, "June", 0, EntityType.LOCATION),
                span(text, "Theresa May", 0, EntityType.PERSON),
                span(text, "May", 1, EntityType.PERSON));

        assertThat(DocumentConsistency.apply("", text, spans)).extracting(FieldSpan::text)
                .containsExactly("Theresa May", "May");
    }

    @Test
    void lowerCaseWordsAtTheEndOfANameAreLeftOut() {
        String text = "Farmers in Jiangsu province met the Freedom Front party , the interior ministry and al-Aqsa guards .";
        List<FieldSpan> spans = List.of(
                span(text, "Jiangsu province", 0, EntityType.LOCATION),
                span(text, "Freedom Front party", 0, EntityType.ORGANIZATION),
                span(text, "interior ministry", 0, EntityType.ORGANIZATION),
                span(text, "al-Aqsa", 0, EntityType.LOCATION));

        List<FieldSpan> result = DocumentConsistency.apply("", text, spans);
        assertThat(result).extracting(FieldSpan::text)
                .containsExactly("Jiangsu", "Freedom Front", "interior ministry", "al-Aqsa");
        assertThat(result.get(1).end()).isEqualTo(text.indexOf(" party"));
    }

    @Test
    void leftOutStepsAreNotTaken() {
        String text = "Marit Jansen scored.\nJansen then left.";
        List<FieldSpan> spans = List.of(span(text, "Marit Jansen", 0, EntityType.PERSON));

        assertThat(DocumentConsistency.apply("", text, spans, EnumSet.of(DocumentConsistency.Step.SPREAD_NAMES)))
                .extracting(FieldSpan::text).containsExactly("Marit Jansen");
        assertThat(DocumentConsistency.apply("", text, spans, EnumSet.of(DocumentConsistency.Step.SPREAD_SURNAMES)))
                .extracting(FieldSpan::text).containsExactly("Marit Jansen", "Jansen");
    }

    @Test
    void aWordTheArticleAlsoUsesInLowerCaseIsNotSpread() {
        String text = "Will Smith arrived. Will it rain? It will.";
        List<FieldSpan> result = DocumentConsistency.apply("", text, List.of(
                span(text, "Will Smith", 0, EntityType.PERSON),
                new FieldSpan(TextField.TEXT, 0, 4, EntityType.PERSON, "Will")));

        assertThat(result).extracting(FieldSpan::start).doesNotContain(text.indexOf("Will it"));
    }

    @Test
    void aWholeNameReplacesThePartTheEngineTaggedOfItsRecurrence() {
        String text = "He met Min Aung Hlaing.\nMin Aung Hlaing said so.";
        int second = text.indexOf("Min Aung Hlaing", 10);
        List<FieldSpan> result = DocumentConsistency.apply("", text, List.of(
                span(text, "Min Aung Hlaing", 0, EntityType.PERSON),
                new FieldSpan(TextField.TEXT, second + 4, second + 15, EntityType.PERSON, "Aung Hlaing")));

        assertThat(result).extracting(FieldSpan::text).containsExactly("Min Aung Hlaing", "Min Aung Hlaing");
        assertThat(result.get(1).start()).isEqualTo(second);
    }

    @Test
    void pronounsAreDroppedButUpperCaseAbbreviationsAreNot() {
        String text = "He said US troops stay.";
        List<FieldSpan> result = DocumentConsistency.apply("", text, List.of(
                span(text, "He", 0, EntityType.PERSON),
                span(text, "US", 0, EntityType.LOCATION)));

        assertThat(result).extracting(FieldSpan::text).containsExactly("US");
    }

    @Test
    void titleSpansComeFirst() {
        String title = "Putin visits";
        String text = "Vladimir Putin arrived.";
        List<FieldSpan> result = DocumentConsistency.apply(title, text, List.of(
                span(text, "Vladimir Putin", 0, EntityType.PERSON),
                new FieldSpan(TextField.TITLE, 0, 5, EntityType.PERSON, "Putin")));

        assertThat(result).extracting(FieldSpan::in).containsExactly(TextField.TITLE, TextField.TEXT);
    }
}
