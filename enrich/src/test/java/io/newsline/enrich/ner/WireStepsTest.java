package io.newsline.enrich.ner;

import static io.newsline.enrich.ner.TestSpans.span;
import static io.newsline.enrich.ner.TestSpans.typed;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.EntityType;
import io.newsline.enrich.TextField;
import io.newsline.enrich.link.EntityLinker;
import io.newsline.enrich.ner.WireSteps.Step;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WireStepsTest {

    private final WireSteps steps = new WireSteps(EntityLinker.standard()::isNation);

    @Test
    void anAgencyDatelineNamesAPlaceAndTheAgencyInEveryLanguage() {
        String french = "Grève à la SNCF\nLILLE, 5 déc 2026 (AFP) - Les syndicats de la SNCF appellent à la grève.";
        String spanish = "A Coruña, 5 dic (EFE).- La empresa presentó sus cuentas.";
        String german = "Frankfurt am Main (dpa-AFX) - Die Aktie fiel.";

        assertThat(typed(steps.apply("fr", "", french, List.of(span(french, "AFP", EntityType.ORGANIZATION)),
                Set.of(Step.DATELINE)))).containsExactly("LILLE/LOCATION", "AFP/ORGANIZATION");
        assertThat(typed(steps.apply("es", "", spanish, List.of(span(spanish, "Coruña", EntityType.LOCATION)),
                Set.of(Step.DATELINE)))).containsExactly("A Coruña/LOCATION", "EFE/ORGANIZATION");
        assertThat(typed(steps.apply("de", "", german, List.of(span(german, "Frankfurt", EntityType.LOCATION)),
                Set.of(Step.DATELINE)))).containsExactly("Frankfurt am Main/LOCATION", "dpa-AFX/ORGANIZATION");
    }

    @Test
    void aPersonWithAPartyInParenthesesIsNoDateline() {
        String text = "Die Stadt prüft den Antrag.\nSenatorin Katharina Fegebank (Grüne) begrüßte den Plan.";
        List<FieldSpan> spans = List.of(span(text, "Katharina Fegebank", EntityType.PERSON),
                span(text, "Grüne", EntityType.ORGANIZATION));

        assertThat(steps.apply("de", "", text, spans, Set.of(Step.DATELINE))).isEqualTo(spans);
    }

    @Test
    void aPlaceInCapitalsBeforeADateAndADashIsADatelineButAHeadlineInCapitalsIsNot() {
        String text = "RUGBY - LE XV DE FRANCE EN TOURNÉE\nBORDEAUX, 5 déc - Le sélectionneur a dévoilé sa liste.";

        assertThat(typed(steps.apply("fr", "", text, List.of(), Set.of(Step.DATELINE))))
                .containsExactly("BORDEAUX/LOCATION");
    }

    @Test
    void lowerCaseWordsAndElidedArticlesOpeningANameAreTrimmedButParticlesInsideStay() {
        String text = "Le chantier de l'aéroport de Nantes-Atlantique reprend, avec le belge Besix et l' ONU, "
                + "selon Laurence des Cars, Ursula von der Leyen et le Fonds monétaire international.";
        List<FieldSpan> spans = List.of(
                span(text, "aéroport de Nantes-Atlantique", EntityType.LOCATION),
                span(text, "belge Besix", EntityType.ORGANIZATION),
                span(text, "l' ONU", EntityType.ORGANIZATION),
                span(text, "Laurence des Cars", EntityType.PERSON),
                span(text, "von der Leyen", EntityType.PERSON),
                span(text, "Fonds monétaire international", EntityType.ORGANIZATION));

        assertThat(typed(steps.apply("fr", "", text, spans, Set.of(Step.NAME_EDGES)))).containsExactly(
                "Nantes-Atlantique/LOCATION", "Besix/ORGANIZATION", "ONU/ORGANIZATION", "Laurence des Cars/PERSON",
                "von der Leyen/PERSON", "Fonds monétaire international/ORGANIZATION");
    }

    @Test
    void placesThatPlayInAStoryWithAScoreAreClubsWhereverTheStoryNamesThem() {
        String text = "Le Stade Rennais a battu Lille 2-0 dimanche à Rennes. Lille reste cinquième, devant Nice.";
        List<FieldSpan> spans = List.of(
                span(text, "Stade Rennais", EntityType.LOCATION),
                span(text, "Lille", EntityType.LOCATION),
                new FieldSpan(TextField.TEXT, text.lastIndexOf("Lille"), text.lastIndexOf("Lille") + 5,
                        EntityType.LOCATION, "Lille"),
                span(text, "Rennes", EntityType.LOCATION),
                span(text, "Nice", EntityType.LOCATION));

        assertThat(typed(steps.apply("fr", "", text, spans, Set.of(Step.CLUBS)))).containsExactly(
                "Stade Rennais/ORGANIZATION", "Lille/ORGANIZATION", "Lille/ORGANIZATION", "Rennes/LOCATION",
                "Nice/ORGANIZATION");
    }

    @Test
    void spanishAndGermanMarkClubsByArticlesAndMatchWordsButNationsStayPlaces() {
        String spanish = "El Valencia venció 3-1 al Getafe y España prepara el Mundial en Valencia.";
        String german = "Freiburg gewinnt 2:1 gegen Österreich, in Freiburg wird gefeiert.";

        assertThat(typed(steps.apply("es", "", spanish, List.of(
                span(spanish, "Valencia", EntityType.LOCATION),
                span(spanish, "Getafe", EntityType.LOCATION),
                span(spanish, "España", EntityType.LOCATION)), Set.of(Step.CLUBS))))
                .containsExactly("Valencia/ORGANIZATION", "Getafe/ORGANIZATION", "España/LOCATION");
        assertThat(typed(steps.apply("de", "", german, List.of(
                span(german, "Freiburg", EntityType.LOCATION),
                span(german, "Österreich", EntityType.LOCATION)), Set.of(Step.CLUBS))))
                .containsExactly("Freiburg/ORGANIZATION", "Österreich/LOCATION");
    }

    @Test
    void theDatelinesPlaceStaysAPlaceWhenTheClubOfTheSameCityPlays() {
        String text = "Sevilla, 4 dic (EFE).- El Sevilla venció 2-0 al Betis en el Ramón Sánchez-Pizjuán.";
        List<FieldSpan> spans = List.of(
                span(text, "Sevilla", EntityType.LOCATION),
                new FieldSpan(TextField.TEXT, text.lastIndexOf("Sevilla"), text.lastIndexOf("Sevilla") + 7,
                        EntityType.LOCATION, "Sevilla"),
                span(text, "Betis", EntityType.LOCATION));

        assertThat(typed(steps.apply("es", "", text, spans, Set.of(Step.DATELINE, Step.CLUBS)))).containsExactly(
                "Sevilla/LOCATION", "EFE/ORGANIZATION", "Sevilla/ORGANIZATION", "Betis/ORGANIZATION");
    }

    @Test
    void withoutAScoreNoPlaceIsTakenForAClub() {
        String text = "Die EU verhängt Sanktionen gegen Minsk; die Regierung in Minsk protestiert.";
        List<FieldSpan> spans = List.of(span(text, "Minsk", EntityType.LOCATION));

        assertThat(steps.apply("de", "", text, spans, Set.of(Step.CLUBS))).isEqualTo(spans);
    }

    @Test
    void aClockTimeIsNoScoreSoPlacesInAStoryWithATimeStayPlaces() {
        // each place has a match word before it: in a story with a score it would be a club
        String german = "Der Stadtrat von Köln tagt um 20:30 Uhr und klagt gegen Leverkusen.";
        String french = "Le conseil se réunit à 20:30 et porte plainte contre Lyon.";
        String spanish = "El pleno empieza a las 21:00 y recurre contra Sevilla.";

        for (String[] story : new String[][] {{"de", german, "Leverkusen"}, {"fr", french, "Lyon"},
                {"es", spanish, "Sevilla"}}) {
            List<FieldSpan> spans = List.of(span(story[1], story[2], EntityType.LOCATION));
            assertThat(steps.apply(story[0], "", story[1], spans, Set.of(Step.CLUBS))).as(story[1]).isEqualTo(spans);
        }
    }

    @Test
    void aStoryWithATimeAndAScoreStillHasItsClubs() {
        String text = "Anpfiff war um 20:30 Uhr. Leverkusen gewinnt 2:1 (1:0) gegen Freiburg, in Freiburg wird gefeiert.";
        List<FieldSpan> spans = List.of(
                span(text, "Leverkusen", EntityType.LOCATION),
                span(text, "Freiburg", EntityType.LOCATION));

        assertThat(typed(steps.apply("de", "", text, spans, Set.of(Step.CLUBS))))
                .containsExactly("Leverkusen/ORGANIZATION", "Freiburg/ORGANIZATION");
    }

    @Test
    void aPersonOrPlaceOpeningWithAnInstitutionsWordIsAnOrganisationWithoutTheArticle() {
        String text = "La Universidad de Salamanca y el Banco de España firmaron con Carlos Museo Ruiz.";
        List<FieldSpan> spans = List.of(
                span(text, "La Universidad de Salamanca", EntityType.LOCATION),
                span(text, "Banco de España", EntityType.PERSON),
                span(text, "Carlos Museo Ruiz", EntityType.PERSON));

        assertThat(typed(steps.apply("es", "", text, spans, Set.of(Step.INSTITUTIONS)))).containsExactly(
                "Universidad de Salamanca/ORGANIZATION", "Banco de España/ORGANIZATION", "Carlos Museo Ruiz/PERSON");
    }

    @Test
    void eachLanguageKeepsTheStepsThatAddedToItsDevelopmentSetAndEnglishNone() {
        assertThat(WireSteps.kept("fr")).containsExactlyInAnyOrder(Step.DATELINE, Step.NAME_EDGES, Step.CLUBS);
        assertThat(WireSteps.kept("de-AT")).containsExactlyInAnyOrder(Step.DATELINE, Step.CLUBS);
        assertThat(WireSteps.kept("es")).containsExactlyInAnyOrder(Step.DATELINE, Step.CLUBS, Step.INSTITUTIONS);
        assertThat(WireSteps.kept("en")).isEmpty();
    }
}
