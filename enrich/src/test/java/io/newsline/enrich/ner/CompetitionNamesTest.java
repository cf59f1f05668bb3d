package io.newsline.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.EntityType;
import io.newsline.enrich.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetitionNamesTest {

    private static FieldSpan span(String surface, EntityType type) {
        return new FieldSpan(TextField.TEXT, 0, surface.length(), type, surface);
    }

    @Test
    void competitionsBecomeMiscAndLeaguesOfStatesStayOrganisations() {
        List<FieldSpan> result = CompetitionNames.apply(List.of(
                span("Davis Cup", EntityType.ORGANIZATION),
                span("U.S. Open", EntityType.LOCATION),
                span("UEFA Champions League", EntityType.ORGANIZATION),
                span("Olympics", EntityType.ORGANIZATION),
                span("Arab League", EntityType.ORGANIZATION),
                span("Cup", EntityType.ORGANIZATION),
                span("Open Society Foundations", EntityType.ORGANIZATION)));

        assertThat(result).extracting(FieldSpan::type).containsExactly(
                EntityType.MISC, EntityType.MISC, EntityType.MISC, EntityType.MISC,
                EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.ORGANIZATION);
    }
}
