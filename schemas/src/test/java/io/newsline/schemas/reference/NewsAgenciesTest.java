package io.newsline.schemas.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.schemas.reference.NewsAgencies.NewsAgency;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewsAgenciesTest {

    @Test
    void codesAreUniqueAndNoAliasNamesTwoAgencies() {
        Map<String, String> owner = new HashMap<>();
        for (NewsAgency agency : NewsAgencies.all()) {
            assertThat(agency.tier()).as(agency.code()).isBetween(1, 2);
            assertThat(agency.aliases()).as(agency.code()).isNotEmpty();
            for (String alias : agency.aliases()) {
                String previous = owner.put(alias, agency.code());
                assertThat(previous).as("alias %s of %s", alias, agency.code()).isIn(null, agency.code());
            }
        }
        assertThat(NewsAgencies.all().stream().map(NewsAgency::code).distinct().count())
                .isEqualTo(NewsAgencies.all().size());
    }

    @Test
    void theInternationalWiresAreTierOneAndTheirRepublishersTierTwo() {
        Map<String, Integer> tiers = new HashMap<>();
        NewsAgencies.all().forEach(a -> tiers.put(a.code(), a.tier()));
        assertThat(tiers).containsEntry("AFP", 1).containsEntry("AP", 1).containsEntry("Reuters", 1)
                .containsEntry("APP", 2).containsEntry("PTI", 2).containsEntry("Xinhua", 2);
    }

    @Test
    void shortAliasesMatchAsPrintedAndLongOnesInAnyCase() {
        assertThat(NewsAgencies.aliasPattern("AP").matcher("By AP staff").find()).isTrue();
        assertThat(NewsAgencies.aliasPattern("AP").matcher("a map of the region").find()).isFalse();
        assertThat(NewsAgencies.aliasPattern("AP").matcher("ap").find()).isFalse();
        assertThat(NewsAgencies.aliasPattern("APP").matcher("(APP - UrduPoint / Pakistan Point News)").find()).isTrue();
        assertThat(NewsAgencies.aliasPattern("Reuters").matcher("LONDON (REUTERS) -").find()).isTrue();
        assertThat(NewsAgencies.aliasPattern("Reuters").matcher("Reutersville").find()).isFalse();
    }

    @Test
    void namesThatAreAlsoEverydayWordsAreMarkedCreditOnly() {
        Map<String, NewsAgency> byCode = new HashMap<>();
        NewsAgencies.all().forEach(a -> byCode.put(a.code(), a));
        assertThat(byCode.get("PA").isCreditOnly("PA")).isTrue();
        assertThat(byCode.get("PA").isCreditOnly("PA Media")).isFalse();
        assertThat(byCode.get("MENA").aliases()).contains("MENA", "Middle East News Agency");
        assertThat(byCode.get("MENA").creditOnly()).containsExactly("MENA");
        assertThat(byCode.get("AFP").creditOnly()).isEmpty();
        for (NewsAgency agency : NewsAgencies.all()) {
            assertThat(agency.aliases()).as(agency.code()).noneMatch(a -> a.startsWith("~") || a.isBlank());
        }
    }

    @Test
    void theAgenciesThatCreditWireCopyInEuropeAsiaAndTheAmericasAreListed() {
        assertThat(NewsAgencies.all().stream().map(NewsAgency::code)).contains("AFP", "Reuters", "AP", "dpa", "EFE",
                "Xinhua", "IANS", "Europa Press", "ANSA", "Kyodo", "Yonhap", "AAP", "PA", "Anadolu", "TASS",
                "RIA Novosti", "Interfax", "PTI", "ANI", "UNI", "APP", "Bernama", "Antara", "WAM", "SPA", "KUNA",
                "MENA", "CNA", "Lusa", "Agencia Brasil", "Notimex", "APA", "Belga", "ANP", "NTB", "TT", "Ritzau", "STT",
                "CTK", "PAP", "MTI", "Tanjug", "HINA", "Keystone-SDA");
    }

    @Test
    void aCreditOnlyNameMustBeAnAlias() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NewsAgency("X", "X", 2, java.util.List.of("X"),
                java.util.Set.of("Y"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X");
    }
}
