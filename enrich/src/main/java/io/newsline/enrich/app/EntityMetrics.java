package io.newsline.enrich.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsline.enrich.ArticleEnricher;
import io.newsline.enrich.ner.CoreNlpNerEngine;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.Entity;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Whether articles got entities, per language: every enriched article once in
 * {@code newsline_ner_articles_total{app,language,result}}, and its entities by type in
 * {@code newsline_entities_total{app,language,type}}. {@code result} is one of {@link Result}; {@code language} is the
 * primary subtag of a language with an entity model ({@code enrich.ner.languages}), {@value #UNKNOWN} for a page
 * whose language ingest could not tell, and {@value #OTHER} for any other language, so the tag has at most the
 * configured languages and two more values. Thread-safe.
 */
public final class EntityMetrics {

    public static final String ARTICLES_METRIC = "newsline.ner.articles";
    public static final String ENTITIES_METRIC = "newsline.entities";
    public static final String OTHER = "other";
    public static final String UNKNOWN = "unknown";

    /** What NER gave an article. */
    public enum Result {
        /** NER ran over the whole text and found at least one entity */
        ENTITIES,
        /** NER ran over the whole text and found none */
        NO_ENTITIES,
        /** the text is longer than {@link ArticleEnricher#MAX_NER_CHARS}: entities come from its start only */
        TRUNCATED,
        /** no entity model for the article's language (or its language is unknown): no entities */
        NO_MODEL,
        /** a page flagged not-article, or removed: NER not run */
        NOT_ARTICLE;

        String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final MeterRegistry meters;
    private final String app;
    private final Predicate<String> hasEntityModel;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /**
     * @param app            the app tag ({@code enrich})
     * @param hasEntityModel whether a language has an entity model here; such languages are tags of their own
     */
    public EntityMetrics(MeterRegistry meters, String app, Predicate<String> hasEntityModel) {
        this.meters = meters;
        this.app = app;
        this.hasEntityModel = hasEntityModel;
    }

    /** Counts one enriched article and its entities. */
    public void record(EnrichedArticle enriched) {
        String language = languageTag(enriched.getLanguage());
        String text = enriched.getArticle().getText();
        Result result = switch (enriched.getStatus()) {
            case SKIPPED_NOT_ARTICLE -> Result.NOT_ARTICLE;
            // UNKNOWN is the schema's default for a reader of newer symbols; this app never writes it
            case SKIPPED_LANGUAGE, UNKNOWN -> Result.NO_MODEL;
            case ENRICHED, REUSED -> text != null && text.length() > ArticleEnricher.MAX_NER_CHARS ? Result.TRUNCATED
                    : enriched.getEntities().isEmpty() ? Result.NO_ENTITIES : Result.ENTITIES;
        };
        counter(ARTICLES_METRIC, "Enriched articles by language and by whether NER gave them entities",
                language, "result", result.tag()).increment();
        for (Entity entity : enriched.getEntities()) {
            counter(ENTITIES_METRIC, "Entities found in enriched articles, by language and type",
                    language, "type", entity.getType().name().toLowerCase(Locale.ROOT)).increment();
        }
    }

    /** @return the language's tag: its primary subtag where it has a model, else {@value #OTHER} or {@value #UNKNOWN} */
    String languageTag(String language) {
        if (language == null || language.isBlank()) {
            return UNKNOWN;
        }
        return hasEntityModel.test(language) ? CoreNlpNerEngine.primaryTag(language) : OTHER;
    }

    private Counter counter(String metric, String description, String language, String tag, String value) {
        return counters.computeIfAbsent(metric + '\u0000' + language + '\u0000' + value, key -> Counter.builder(metric)
                .description(description)
                .tag("app", app).tag("language", language).tag(tag, value)
                .register(meters));
    }
}
