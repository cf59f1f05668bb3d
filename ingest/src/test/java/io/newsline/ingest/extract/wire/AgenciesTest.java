package io.newsline.ingest.extract.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.schemas.reference.NewsAgencies;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AgenciesTest {

    private final Agencies agencies = Agencies.bundled();

    @Test
    void acronymsMatchAsWholeWordsOnly() {
        assertThat(agencies.find("APP - UrduPoint / Pakistan Point News")).contains("APP");
        assertThat(agencies.find("Reporting by the Associated Press")).contains("AP");
        assertThat(agencies.find("A happy apprentice")).isEmpty();
        assertThat(agencies.find("an APPLE")).isEmpty();
    }

    @Test
    void fullNamesAndBylinesNameTheAgency() {
        assertThat(agencies.whole("By AFP")).contains("AFP");
        assertThat(agencies.whole("Agence France-Presse")).contains("AFP");
        assertThat(agencies.whole("-- Reuters")).contains("Reuters");
        assertThat(agencies.whole("Press Trust of India")).contains("PTI");
        assertThat(agencies.whole("Jane Doe")).isEmpty();
    }

    @Test
    void everyNameIsFoundInReadingOrderTheLongestWhereNamesOverlap() {
        assertThat(agencies.findAll("By AFP-Relaxnews, with the Associated Press of Pakistan and dpa/lnw; not MAPS"))
                .extracting(Agencies.Mention::code).containsExactly("AFP", "APP", "dpa");
        var mentions = agencies.findAll("reported by the Associated Press of Pakistan");
        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0).end() - mentions.get(0).start()).isEqualTo("Associated Press of Pakistan".length());
        assertThat(agencies.findAll("XINHUA, Xinhua and xinhua; Kyodo and KYODO but not kyodo"))
                .extracting(Agencies.Mention::code).containsExactly("Xinhua", "Xinhua", "Xinhua", "Kyodo", "Kyodo");
    }

    @Test
    void aNameThatIsAlsoAnEverydayWordIsMarkedAsNamingTheAgencyOnlyInACredit() {
        assertThat(agencies.findAll("Harrisburg, PA; PA Media; the MENA region; Middle East News Agency"))
                .extracting(Agencies.Mention::code, Agencies.Mention::creditOnly).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PA", true),
                        org.assertj.core.groups.Tuple.tuple("PA", false),
                        org.assertj.core.groups.Tuple.tuple("MENA", true),
                        org.assertj.core.groups.Tuple.tuple("MENA", false));
        assertThat(agencies.findAll("Genève (ats) - Le Conseil")).extracting(Agencies.Mention::code)
                .containsExactly("Keystone-SDA");
    }

    @Test
    void agenciesAreNamedInTheirOwnAndOtherLanguages() {
        assertThat(agencies.find("selon l'agence Chine nouvelle")).contains("Xinhua");
        assertThat(agencies.find("declaró a Efe")).contains("EFE");
        assertThat(agencies.find("La Presse Canadienne")).contains("CP");
        assertThat(agencies.find("BEOGRAD (Tanjug)")).contains("Tanjug");
    }

    @Test
    void everyAliasIsFoundInEachCaseItMatchesIn() {
        for (NewsAgencies.NewsAgency agency : NewsAgencies.all()) {
            for (String alias : agency.aliases()) {
                List<String> forms = NewsAgencies.caseSensitive(alias) ? List.of(alias)
                        : List.of(alias, alias.toUpperCase(Locale.ROOT), alias.toLowerCase(Locale.ROOT));
                for (String form : forms) {
                    var mentions = agencies.findAll("Reported by " + form + " today.");
                    assertThat(mentions).as(form).anySatisfy(m -> {
                        // a name with its article ("The Associated Press") is found without it
                        assertThat(m.start()).isBetween("Reported by ".length(), "Reported by the ".length());
                        assertThat(m.end()).isEqualTo("Reported by ".length() + form.length());
                    });
                }
            }
        }
    }
}
