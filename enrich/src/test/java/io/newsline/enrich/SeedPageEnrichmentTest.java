package io.newsline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.link.EntityLinker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed page (an AFP story on Putin and Myanmar's junta chief) through the real CoreNLP engine and the shipped
 * gazetteer: who, which organisations, which places, linked.
 *
 * <p>Documented decision: Rosatom and TASS are organisations; the Kremlin is a place (CoNLL-2003 practice, which the
 * models follow: the building, also used for the presidency).
 */
class SeedPageEnrichmentTest {

    private static String title;
    private static String text;
    private static Enrichment result;

    @BeforeAll
    static void enrichTheSeedPage() throws IOException {
        title = resource("urdupoint-putin-myanmar-2025-03-05.title.txt");
        text = resource("urdupoint-putin-myanmar-2025-03-05.text.txt");
        ArticleEnricher enricher = new ArticleEnricher(SharedEngine.english(), EntityLinker.standard(),
                input -> List.of(), (t, x, language, max) -> List.of(), 10);
        result = enricher.enrich(new EnrichmentInput("seed", title, text, "en", false));
    }

    @Test
    void findsThePeopleWholeAndMergesTheirShortNames() {
        Entity putin = entity("Vladimir Putin").orElseThrow();
        assertThat(putin.type()).isEqualTo(EntityType.PERSON);
        assertThat(putin.count()).isGreaterThanOrEqualTo(6);
        assertThat(entity("Putin")).isEmpty();
        assertThat(entity("Min Aung Hlaing")).get().extracting(Entity::type).isEqualTo(EntityType.PERSON);
        assertThat(entity("Alexei Likhachev")).get().extracting(Entity::type).isEqualTo(EntityType.PERSON);
        assertThat(result.mentions()).extracting(Mention::text).doesNotContain("Aung Hlaing", "Min");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::canonicalName)
                .containsExactlyInAnyOrder("Vladimir Putin", "Min Aung Hlaing", "Alexei Likhachev");
    }

    @Test
    void findsTheOrganisationsAndTheKremlin() {
        assertThat(entity("Rosatom")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity("TASS")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity("Kremlin")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void linksThePlacesToGeoNamesAndIso3166() {
        assertThat(ids("Russia")).containsEntry("iso3166", "RU").containsEntry("wikidata", "Q159");
        assertThat(ids("Myanmar")).containsEntry("iso3166", "MM");
        assertThat(ids("Ukraine")).containsEntry("iso3166", "UA");
        assertThat(ids("Moscow")).containsEntry("geonames", "524901");
        assertThat(ids("Naypyidaw")).containsEntry("geonames", "6611854");
        assertThat(ids("Crimea")).containsEntry("iso3166", "UA-43");
        assertThat(entity("Moscow").orElseThrow().countryCode()).isEqualTo("RU");
        assertThat(entity("Naypyidaw").orElseThrow().countryCode()).isEqualTo("MM");
        assertThat(entity("Moscow").orElseThrow().linkedBy()).isEqualTo("gazetteer+curated");
        assertThat(entity("Naypyidaw").orElseThrow().linkedBy()).isEqualTo("gazetteer");
        assertThat(entity("Vladimir Putin").orElseThrow().linkedBy()).isNull();
    }

    @Test
    void offsetsPointExactlyIntoTitleOrText() {
        assertThat(result.mentions()).allSatisfy(m -> {
            String field = m.in() == TextField.TITLE ? title : text;
            assertThat(field.substring(m.start(), m.end())).isEqualTo(m.text());
        });
        assertThat(result.mentions()).filteredOn(m -> m.in() == TextField.TITLE).extracting(Mention::text)
                .contains("Putin", "Myanmar", "Moscow");
        Mention firstInText = result.mentions().stream().filter(m -> m.in() == TextField.TEXT).findFirst().orElseThrow();
        assertThat(firstInText.text()).isEqualTo("Vladimir Putin");
        assertThat(firstInText.start()).isEqualTo("President ".length());
    }

    @Test
    void theHeadlinePeopleAndPlacesAreTheMostSalient() {
        assertThat(result.entities().subList(0, 3)).extracting(Entity::canonicalName)
                .containsExactlyInAnyOrder("Vladimir Putin", "Russia", "Myanmar");
        assertThat(result.engine()).isEqualTo("corenlp-4.5.10/english.all.3class.distsim");
    }

    private static Optional<Entity> entity(String name) {
        return result.entities().stream().filter(e -> e.canonicalName().equals(name)).findFirst();
    }

    private static Map<String, String> ids(String name) {
        return entity(name).orElseThrow(() -> new AssertionError("no entity " + name + " in " + result.entities()))
                .ids();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SeedPageEnrichmentTest.class.getResourceAsStream("seed/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
