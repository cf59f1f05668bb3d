package io.newsline.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.EntityType;
import io.newsline.enrich.SharedEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The German, Spanish and French CRFs on sentences written for these tests: names, types and exact offsets. */
class LanguageModelsTest {

    private static EntitySpan span(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return new EntitySpan(start, start + name.length(), type);
    }

    private static NerEngine engine(String language) {
        return SharedEngine.load(language).orElseThrow();
    }

    @Test
    void germanFindsPeoplePlacesAndOrganisationsWithHyphenatedNamesWhole() {
        String text = "Bundespräsident Frank-Walter Steinmeier empfing am Montag im Schloss Bellevue in Berlin "
                + "den Vorstand der Deutschen Telekom.";

        assertThat(engine("de").recognize(text)).containsExactly(
                span(text, "Frank-Walter Steinmeier", EntityType.PERSON),
                span(text, "Schloss Bellevue", EntityType.LOCATION),
                span(text, "Berlin", EntityType.LOCATION),
                span(text, "Deutschen Telekom", EntityType.ORGANIZATION));
    }

    @Test
    void germanContractionsStayOutsideTheNamesAfterThem() {
        // read as one word, "am" and "beim" ran into the club's name ("am Sonntag beim VfB Stuttgart")
        String text = "Der Hamburger SV spielt am Sonntag beim VfB Stuttgart, teilte die Deutsche Fußball Liga in "
                + "Frankfurt mit.";

        assertThat(engine("de").recognize(text)).containsExactly(
                span(text, "Hamburger SV", EntityType.ORGANIZATION),
                span(text, "VfB Stuttgart", EntityType.ORGANIZATION),
                span(text, "Deutsche Fußball Liga", EntityType.ORGANIZATION),
                span(text, "Frankfurt", EntityType.LOCATION));
    }

    @Test
    void spanishLabelsOfAncoraBecomePersonOrganisationAndLocation() {
        String text = "Nadia Calviño se reunió en Bruselas con representantes del Banco Santander y de la "
                + "Comisión Europea.";

        assertThat(engine("es").recognize(text)).containsExactly(
                span(text, "Nadia Calviño", EntityType.PERSON),
                span(text, "Bruselas", EntityType.LOCATION),
                span(text, "Banco Santander", EntityType.ORGANIZATION),
                span(text, "Comisión Europea", EntityType.ORGANIZATION));
    }

    @Test
    void frenchFindsNamesAfterElisionsAndContractions() {
        String text = "Le maire de Lyon, Grégory Doucet, a reçu au Portugal les dirigeants de la SNCF et de "
                + "l'Union européenne.";

        assertThat(engine("fr").recognize(text)).containsExactly(
                span(text, "Lyon", EntityType.LOCATION),
                span(text, "Grégory Doucet", EntityType.PERSON),
                span(text, "Portugal", EntityType.LOCATION),
                span(text, "SNCF", EntityType.ORGANIZATION),
                span(text, "Union européenne", EntityType.ORGANIZATION));
    }

    @Test
    void eachEngineSupportsItsOwnLanguageAndSaysWhichModelItIs() {
        assertThat(engine("de").supports("de-AT")).isTrue();
        assertThat(engine("de").supports("en")).isFalse();
        assertThat(engine("es").supports("es_MX")).isTrue();
        assertThat(engine("fr").supports("FR")).isTrue();
        assertThat(List.of(engine("de").id(), engine("es").id(), engine("fr").id())).containsExactly(
                "corenlp-4.5.10/german.distsim", "corenlp-4.5.10/spanish.ancora.distsim.s512",
                "corenlp-4.5.10/french-wikiner-4class");
        assertThat(CoreNlpNerEngine.load("it")).isEmpty();
        assertThat(CoreNlpNerEngine.load(null)).isEmpty();
    }
}
