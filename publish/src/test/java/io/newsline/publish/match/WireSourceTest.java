package io.newsline.publish.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WireSourceTest {

    private final WireSource wireSource = WireSource.load();

    @Test
    void theRepublishersCreditNamesTheSourceUntilAnAgencyCreditedCopyJoins() {
        String urduPoint = "Moscow, (APP - UrduPoint / Pakistan Point News - 5th Mar, 2025)";

        assertThat(wireSource.strongest(List.of(urduPoint)).map(WireSource.Agency::id)).hasValue("APP");
        assertThat(wireSource.strongest(List.of(urduPoint, "By AFP")).map(WireSource.Agency::id)).hasValue("AFP");
        assertThat(wireSource.strongest(List.of(urduPoint, "MOSCOW (AFP) -", urduPoint))
                .map(WireSource.Agency::id)).hasValue("AFP");
    }

    @Test
    void photoCreditsAndWordsThatMerelyContainAnAcronymAreIgnored() {
        assertThat(wireSource.agencyOf("Photo: AFP")).isEmpty();
        assertThat(wireSource.agencyOf("Velora shines / Photo: © AFP")).isEmpty();
        assertThat(wireSource.agencyOf("By Maple Staff")).isEmpty();
        assertThat(wireSource.agencyOf("a road map")).isEmpty();
        // A credit field that is only "MAP" is Maghreb Arabe Presse's credit (the name counts only as a credit).
        assertThat(wireSource.agencyOf("MAP").map(WireSource.Agency::id)).hasValue("MAP");
        assertThat(wireSource.agencyOf("Anna Verhoef and AFP").map(WireSource.Agency::id)).hasValue("AFP");
        assertThat(wireSource.agencyOf("The Associated Press").map(WireSource.Agency::tier)).hasValue(1);
    }

    @Test
    void withinATierTheMostCreditedAgencyWins() {
        assertThat(wireSource.strongest(List.of("(AP)", "Reuters", "REUTERS")).map(WireSource.Agency::id))
                .hasValue("Reuters");
        assertThat(wireSource.strongest(List.of("staff reporter", "online desk"))).isEmpty();
    }
}
