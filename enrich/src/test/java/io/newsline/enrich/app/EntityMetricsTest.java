package io.newsline.enrich.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.enrich.ArticleEnricher;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.EnrichmentStatus;
import io.newsline.schemas.Entity;
import io.newsline.schemas.EntityType;
import io.newsline.schemas.PageType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityMetricsTest {

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final EntityMetrics metrics = new EntityMetrics(meters, "enrich",
            language -> Set.of("en", "de", "fr").contains(language.substring(0, 2)));

    @Test
    void eachArticleCountsOnceByItsLanguageAndWhatNerGaveIt() {
        metrics.record(enriched("de-AT", EnrichmentStatus.ENRICHED, "Text.", EntityType.PERSON, EntityType.PERSON,
                EntityType.LOCATION));
        metrics.record(enriched("de", EnrichmentStatus.REUSED, "Text.", EntityType.ORGANIZATION));
        metrics.record(enriched("fr", EnrichmentStatus.ENRICHED, "Il pleut."));
        metrics.record(enriched("en", EnrichmentStatus.ENRICHED, "x ".repeat(ArticleEnricher.MAX_NER_CHARS),
                EntityType.MISC));
        metrics.record(enriched("pt-BR", EnrichmentStatus.SKIPPED_LANGUAGE, "Chove."));
        metrics.record(enriched(null, EnrichmentStatus.SKIPPED_LANGUAGE, "?"));
        metrics.record(enriched("fr", EnrichmentStatus.SKIPPED_NOT_ARTICLE, "Accueil"));

        assertThat(articles("de", "entities")).isEqualTo(2);
        assertThat(articles("fr", "no-entities")).isEqualTo(1);
        assertThat(articles("en", "truncated")).isEqualTo(1);
        assertThat(articles("other", "no-model")).isEqualTo(1);
        assertThat(articles("unknown", "no-model")).isEqualTo(1);
        assertThat(articles("fr", "not-article")).isEqualTo(1);
        assertThat(meters.find(EntityMetrics.ARTICLES_METRIC).counters()).hasSize(6);
        assertThat(entities("de", "person")).isEqualTo(2);
        assertThat(entities("de", "location")).isEqualTo(1);
        assertThat(entities("de", "organization")).isEqualTo(1);
        assertThat(entities("en", "misc")).isEqualTo(1);
        assertThat(meters.find(EntityMetrics.ENTITIES_METRIC).counters()).hasSize(4);
    }

    @Test
    void languagesWithoutAModelShareOneTagWhateverTheirNumber() {
        for (String language : List.of("it", "nl", "pt", "zh-Hans", "sv", "x-klingon")) {
            metrics.record(enriched(language, EnrichmentStatus.SKIPPED_LANGUAGE, "Text."));
        }

        assertThat(meters.find(EntityMetrics.ARTICLES_METRIC).counters()).singleElement()
                .satisfies(counter -> {
                    assertThat(counter.getId().getTag("language")).isEqualTo(EntityMetrics.OTHER);
                    assertThat(counter.count()).isEqualTo(6);
                });
    }

    private double articles(String language, String result) {
        Counter counter = meters.find(EntityMetrics.ARTICLES_METRIC)
                .tags("app", "enrich", "language", language, "result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    private double entities(String language, String type) {
        Counter counter = meters.find(EntityMetrics.ENTITIES_METRIC)
                .tags("app", "enrich", "language", language, "type", type).counter();
        return counter == null ? 0 : counter.count();
    }

    private static EnrichedArticle enriched(String language, EnrichmentStatus status, String text, EntityType... types) {
        PageType page = status == EnrichmentStatus.SKIPPED_NOT_ARTICLE ? PageType.NOT_ARTICLE : PageType.ARTICLE;
        return EnrichedArticle.newBuilder()
                .setArticle(EnrichTopologyTest.article("a", text, page, language))
                .setLanguage(language)
                .setStatus(status)
                .setEntities(List.of(types).stream().map(type -> Entity.newBuilder().setName("N").setType(type)
                        .build()).toList())
                .build();
    }
}
