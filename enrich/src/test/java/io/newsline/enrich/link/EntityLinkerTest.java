package io.newsline.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.EntityType;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {

    private static final EntityLinker LINKER = EntityLinker.standard();

    @Test
    void citiesLinkToGeoNamesWithTheirCountry() {
        EntityLink moscow = LINKER.link("Moscow", EntityType.LOCATION);
        assertThat(moscow.ids()).containsEntry("geonames", "524901");
        assertThat(moscow.countryCode()).isEqualTo("RU");

        // the largest place of a name wins: London, England, not London, Ontario
        assertThat(LINKER.link("London", EntityType.LOCATION).countryCode()).isEqualTo("GB");
        assertThat(LINKER.link("São Paulo", EntityType.LOCATION).countryCode()).isEqualTo("BR");
        assertThat(LINKER.link("Sao Paulo", EntityType.LOCATION).countryCode()).isEqualTo("BR");
    }

    @Test
    void countriesLinkToIso3166UnderTheirCommonNames() {
        assertThat(LINKER.link("the U.S.", EntityType.LOCATION).ids()).containsEntry("iso3166", "US");
        assertThat(LINKER.link("Britain", EntityType.LOCATION).ids()).containsEntry("iso3166", "GB");
        assertThat(LINKER.link("Burma", EntityType.LOCATION).ids()).containsEntry("iso3166", "MM");
        assertThat(LINKER.link("Georgia", EntityType.LOCATION).ids()).containsEntry("iso3166", "GE");
    }

    @Test
    void nationsAreCountriesAndTheFourNationsOfTheUnitedKingdom() {
        assertThat(LINKER.isNation("Japan")).isTrue();
        assertThat(LINKER.isNation("SCOTLAND")).isTrue();
        assertThat(LINKER.isNation("the Netherlands")).isTrue();
        assertThat(LINKER.isNation("Boston")).isFalse();
        assertThat(LINKER.isNation("Bayern")).isFalse();
        assertThat(LINKER.isNation("Hibernian")).isFalse();
    }

    @Test
    void firstLevelSubdivisionsLinkToIso3166Codes() {
        assertThat(LINKER.link("Crimea", EntityType.LOCATION).ids()).containsEntry("iso3166", "UA-43");
        assertThat(LINKER.link("Bavaria", EntityType.LOCATION)).isNull();
        assertThat(LINKER.link("Bayern", EntityType.LOCATION).ids()).containsEntry("iso3166", "DE-BY");
    }

    @Test
    void continentsAreNotTheTownsNamedAfterThem() {
        EntityLink asia = LINKER.link("Asia", EntityType.LOCATION);
        assertThat(asia.ids()).containsEntry("geonames", "6255147");
        assertThat(asia.countryCode()).isNull();
    }

    @Test
    void organisationsLinkOnlyThroughTheCuratedTable() {
        EntityLink nato = LINKER.link("NATO", EntityType.ORGANIZATION);
        assertThat(nato.ids()).containsExactlyEntriesOf(java.util.Map.of("wikidata", "Q7184"));
        assertThat(nato.linkedBy()).isEqualTo("curated");
        assertThat(LINKER.link("Acme Widgets", EntityType.ORGANIZATION)).isNull();
    }

    @Test
    void peopleAndOrganisationsNamedLikeTownsAreNotPlaces() {
        assertThat(LINKER.link("Paris", EntityType.PERSON)).isNull();
        assertThat(LINKER.link("Sydney", EntityType.ORGANIZATION)).isNull();
    }
}
