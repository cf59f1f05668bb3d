package io.newsline.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.EntityType;
import io.newsline.enrich.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetitionNamesTest {

    private static final String NAMES = "Davis Cup ; U.S. Open ; UEFA Champions League ; Olympics ; Premier League ; "
            + "Arab League ; Cup ; Open Society Foundations .";

    private static FieldSpan span(String surface, EntityType type) {
        return at(NAMES, surface, 0, type);
    }

    @Test
    void competitionsBecomeMiscAndLeaguesOfStatesStayOrganisations() {
        List<FieldSpan> result = CompetitionNames.apply("", NAMES, List.of(
                span("Davis Cup", EntityType.ORGANIZATION),
                span("U.S. Open", EntityType.LOCATION),
                span("UEFA Champions League", EntityType.ORGANIZATION),
                span("Olympics", EntityType.ORGANIZATION),
                span("Premier League", EntityType.ORGANIZATION),
                span("Arab League", EntityType.ORGANIZATION),
                at(NAMES, "Cup", 1, EntityType.ORGANIZATION),
                span("Open Society Foundations", EntityType.ORGANIZATION)));

        assertThat(result).extracting(FieldSpan::type).containsExactly(
                EntityType.MISC, EntityType.MISC, EntityType.MISC, EntityType.MISC, EntityType.MISC,
                EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.ORGANIZATION);
    }

    @Test
    void aPlaceTheTextContinuesWithACompetitionWordGrowsIntoTheCompetition() {
        String text = "Verstappen won the Monaco Grand Prix in Monaco , Pogacar the Tour de France , Kent the cup .";
        List<FieldSpan> result = CompetitionNames.apply("", text, List.of(
                at(text, "Monaco", 0, EntityType.ORGANIZATION),
                at(text, "Grand Prix", 0, EntityType.ORGANIZATION),
                at(text, "Monaco", 1, EntityType.LOCATION),
                at(text, "France", 0, EntityType.LOCATION),
                at(text, "Kent", 0, EntityType.ORGANIZATION)));

        assertThat(result).extracting(s -> s.text() + "/" + s.type()).containsExactly(
                "Monaco Grand Prix/MISC", "Monaco/LOCATION", "Tour de France/MISC", "Kent/ORGANIZATION");
        assertThat(result.get(0).start()).isEqualTo(text.indexOf("Monaco"));
        assertThat(result.get(2).start()).isEqualTo(text.indexOf("Tour"));
    }

    @Test
    void aHeadlineInCapitalsAndACitysGamesAreCompetitionsToo() {
        String text = "RESULTS FROM THE HONG KONG OPEN . Freeman , fourth at the Atlanta Games , beat Riot Games staff .";
        List<FieldSpan> result = CompetitionNames.apply("", text, List.of(
                at(text, "HONG KONG", 0, EntityType.LOCATION),
                at(text, "Atlanta", 0, EntityType.LOCATION),
                at(text, "Riot", 0, EntityType.ORGANIZATION)));

        // "Games" grows a place only: a company named "... Games" is no competition
        assertThat(result).extracting(s -> s.text() + "/" + s.type()).containsExactly(
                "HONG KONG OPEN/MISC", "Atlanta Games/MISC", "Riot/ORGANIZATION");
    }

    private static FieldSpan at(String text, String surface, int occurrence, EntityType type) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(surface, at + 1);
        }
        return new FieldSpan(TextField.TEXT, at, at + surface.length(), type, surface);
    }
}
