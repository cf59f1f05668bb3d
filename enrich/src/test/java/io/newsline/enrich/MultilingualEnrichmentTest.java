package io.newsline.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.enrich.keywords.KeywordExtractor;
import io.newsline.enrich.link.EntityLinker;
import io.newsline.enrich.ner.LanguageNerEngines;
import io.newsline.enrich.ner.NerEngine;
import io.newsline.enrich.topics.TopicClassifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Pages in German, Spanish and French get entities from their language's model; other languages are skipped. */
class MultilingualEnrichmentTest {

    private static final TopicClassifier NO_TOPICS = input -> List.of();
    private static final KeywordExtractor NO_KEYWORDS = (title, text, language, max) -> List.of();

    private final Map<String, Integer> loads = new ConcurrentHashMap<>();

    private ArticleEnricher enricher(List<String> languages) {
        NerEngine engines = new LanguageNerEngines(SharedEngine.english(), languages, language -> {
            loads.merge(language, 1, Integer::sum);
            return SharedEngine.load(language);
        }, false);
        return new ArticleEnricher(engines, EntityLinker.standard(), NO_TOPICS, NO_KEYWORDS, 0);
    }

    private static Mention mention(Enrichment enrichment, String text) {
        return enrichment.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow(
                () -> new AssertionError("no mention '" + text + "' in " + enrichment.mentions()));
    }

    @Test
    void aGermanArticleGetsEntitiesFromTheGermanModel() {
        String text = "Berlin (dpa) - Bundespräsident Frank-Walter Steinmeier hat am Montag den Vorstand der "
                + "Deutschen Telekom empfangen.";
        Enrichment result = enricher(List.of("de", "es", "fr")).enrich(
                new EnrichmentInput("de1", "Steinmeier empfängt Telekom-Vorstand", text, "de", false));

        assertThat(result.status()).isEqualTo(EnrichmentStatus.ENRICHED);
        assertThat(result.engine()).isEqualTo("corenlp-4.5.10/german.distsim");
        Mention person = mention(result, "Frank-Walter Steinmeier");
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.in()).isEqualTo(TextField.TEXT);
        assertThat(person.start()).isEqualTo(text.indexOf("Frank-Walter"));
        assertThat(mention(result, "Deutschen Telekom").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mention(result, "Berlin").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aSpanishAndAFrenchArticleGetTheirOwnLanguagesModels() {
        ArticleEnricher enricher = enricher(List.of("de", "es", "fr"));
        String spanish = "Madrid, 3 dic (EFE).- Nadia Calviño se reunió en Bruselas con el Banco Santander.";
        String french = "PARIS (AFP) - Le maire de Lyon, Grégory Doucet, a reçu les dirigeants de la SNCF.";

        Enrichment es = enricher.enrich(new EnrichmentInput("es1", "", spanish, "es-ES", false));
        Enrichment fr = enricher.enrich(new EnrichmentInput("fr1", "", french, "fr", false));

        assertThat(es.engine()).isEqualTo("corenlp-4.5.10/spanish.ancora.distsim.s512");
        assertThat(mention(es, "Nadia Calviño").type()).isEqualTo(EntityType.PERSON);
        assertThat(mention(es, "Banco Santander").start()).isEqualTo(spanish.indexOf("Banco Santander"));
        assertThat(fr.engine()).isEqualTo("corenlp-4.5.10/french-wikiner-4class");
        assertThat(mention(fr, "Grégory Doucet").type()).isEqualTo(EntityType.PERSON);
        assertThat(mention(fr, "SNCF").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aFrenchSportsStoryGetsItsDatelineItsClubsAndNamesWithoutTheWordsBeforeThem() {
        String text = "TOULOUSE, 5 déc 2026 (AFP) - Le Stade Toulousain a battu Clermont 27-13 samedi au stade "
                + "Ernest-Wallon.\nL'entraîneur Ugo Mola a salué ses avants.";
        Enrichment result = enricher(List.of("fr")).enrich(new EnrichmentInput("fr3", "", text, "fr", false));

        assertThat(mention(result, "TOULOUSE").type()).isEqualTo(EntityType.LOCATION);
        assertThat(mention(result, "AFP").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mention(result, "Stade Toulousain").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mention(result, "Clermont").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(result.mentions()).noneMatch(m -> m.text().startsWith("stade"));
    }

    @Test
    void aLanguageWithoutAConfiguredModelIsStillSkipped() {
        ArticleEnricher enricher = enricher(List.of("de", "es"));

        Enrichment french = enricher.enrich(new EnrichmentInput("fr2", "", "Le maire de Lyon a reçu la SNCF.", "fr", false));
        Enrichment italian = enricher.enrich(new EnrichmentInput("it1", "", "Il sindaco di Roma ha incontrato Mario Draghi.", "it", false));

        assertThat(french.status()).isEqualTo(EnrichmentStatus.SKIPPED_LANGUAGE);
        assertThat(french.note()).contains("'fr'");
        assertThat(italian.status()).isEqualTo(EnrichmentStatus.SKIPPED_LANGUAGE);
        assertThat(italian.mentions()).isEmpty();
        assertThat(italian.engine()).isEqualTo(SharedEngine.english().id());
        assertThat(loads).isEmpty();
    }

    @Test
    void aLanguagesModelLoadsOnItsFirstPageOnce() {
        ArticleEnricher enricher = enricher(List.of("de", "es", "fr"));
        enricher.enrich(new EnrichmentInput("en1", "", "Angela Merkel visited Paris.", "en", false));
        assertThat(loads).isEmpty();

        enricher.enrich(new EnrichmentInput("es2", "", "Nadia Calviño visitó Lisboa.", "es", false));
        enricher.enrich(new EnrichmentInput("es3", "", "Pedro Sánchez visitó Roma.", "es", false));

        assertThat(loads).containsExactly(Map.entry("es", 1));
    }

    @Test
    void eagerLoadingLoadsEveryConfiguredLanguageAtOnce() {
        NerEngine stub = stubEngine();
        new LanguageNerEngines(SharedEngine.english(), List.of("de", " fr", "en"), language -> {
            loads.merge(language, 1, Integer::sum);
            return Optional.of(stub);
        }, true);

        assertThat(loads).containsOnly(Map.entry("de", 1), Map.entry("fr", 1));
    }

    @Test
    void aLanguageThisBuildHasNoModelForIsRefusedAtStartup() {
        assertThatThrownBy(() -> LanguageNerEngines.coreNlp(List.of("de", "it"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'it'").hasMessageContaining("[en, de, es, fr]");
    }

    private static NerEngine stubEngine() {
        return new FunctionNerEngine("stub", text -> List.of());
    }
}
