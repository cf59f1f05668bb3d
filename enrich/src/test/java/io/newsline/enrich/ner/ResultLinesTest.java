package io.newsline.enrich.ner;

import static io.newsline.enrich.ner.TestSpans.span;
import static io.newsline.enrich.ner.TestSpans.typed;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.EntityType;
import io.newsline.enrich.TextField;
import io.newsline.enrich.link.EntityLinker;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultLinesTest {

    private final ResultLines resultLines = new ResultLines(EntityLinker.standard()::isNation);

    @Test
    void clubsNamedAfterCitiesInAResultsLineAreOrganisations() {
        String text = "Results on Monday :\nBOSTON 118 Miami 104\nGolden State 112 SACRAMENTO 109 ( OT )";
        List<FieldSpan> spans = List.of(
                span(text, "BOSTON", EntityType.LOCATION),
                span(text, "Miami", EntityType.LOCATION),
                span(text, "SACRAMENTO", EntityType.LOCATION));

        assertThat(typed(resultLines.apply(TextField.TEXT, text, spans))).containsExactly(
                "BOSTON/ORGANIZATION", "Miami/ORGANIZATION", "Golden State/ORGANIZATION", "SACRAMENTO/ORGANIZATION");
    }

    @Test
    void nationalTeamsStayPlaces() {
        String text = "Japan 2 Syria 1\nScotland 0 England 3";

        assertThat(typed(resultLines.apply(TextField.TEXT, text, List.of()))).containsExactly(
                "Japan/LOCATION", "Syria/LOCATION", "Scotland/LOCATION", "England/LOCATION");
    }

    @Test
    void aStandingsLineNamesOneTeamAndScorersInParenthesesAreLeftAlone() {
        String text = "Real Betis 3 ( Isco 12 , Bakambu 40 ) Getafe 1 ( Mayoral 30 ) . Halftime 2-1 .\n"
                + "Barcelona 31 23 4 4 82 30 73";
        List<FieldSpan> spans = List.of(span(text, "Isco", EntityType.ORGANIZATION), span(text, "Bakambu", EntityType.PERSON));

        assertThat(typed(resultLines.apply(TextField.TEXT, text, spans))).containsExactly(
                "Real Betis/ORGANIZATION", "Isco/ORGANIZATION", "Bakambu/PERSON", "Getafe/ORGANIZATION",
                "Barcelona/ORGANIZATION");
    }

    @Test
    void cricketScoresAfterTheGroundAndBaseballStandingsNameTeams() {
        String text = "At Leeds : Yorkshire 405-8 declared ( A. Lyth 143 ) ; Lancashire 77-2 .\n"
                + "NEW YORK 74 58 .561 -\n"
                + "SEATTLE 62 73 .459 12 1/2";
        List<FieldSpan> spans = List.of(span(text, "Leeds", EntityType.LOCATION), span(text, "Lyth", EntityType.PERSON),
                span(text, "NEW YORK", EntityType.LOCATION), span(text, "SEATTLE", EntityType.LOCATION));

        assertThat(typed(resultLines.apply(TextField.TEXT, text, spans))).containsExactly(
                "Leeds/LOCATION", "Yorkshire/ORGANIZATION", "Lyth/PERSON", "Lancashire/ORGANIZATION",
                "NEW YORK/ORGANIZATION", "SEATTLE/ORGANIZATION");
    }

    @Test
    void proseWithNumbersIsNoResultsLine() {
        String text = "Roughly 13,000 US troops remain in Afghanistan , 18 years after September 11 , 2001 .\n"
                + "Windows 10 sold 400 million copies , Microsoft 365 more .";
        List<FieldSpan> spans = List.of(span(text, "US", EntityType.LOCATION), span(text, "Afghanistan", EntityType.LOCATION));

        assertThat(resultLines.apply(TextField.TEXT, text, spans)).isEqualTo(spans);
    }
}
