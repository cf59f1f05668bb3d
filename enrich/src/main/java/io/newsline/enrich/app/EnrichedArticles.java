package io.newsline.enrich.app;

import io.newsline.enrich.ArticleEnricher;
import io.newsline.enrich.Enrichment;
import io.newsline.enrich.EnrichmentInput;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.EnrichmentStatus;
import io.newsline.schemas.Entity;
import io.newsline.schemas.EntityType;
import io.newsline.schemas.Keyword;
import io.newsline.schemas.Mention;
import io.newsline.schemas.PageType;
import io.newsline.schemas.TextField;
import io.newsline.schemas.Topic;

/**
 * Turns a {@link CleanArticle} into an {@link EnrichedArticle} with the enrichment library: the one mapping from
 * enrichment's values to the contract, used by the enrich app and by {@code newsline enrich}. Pages flagged
 * not-article and removed pages pass through without NER. Thread-safe.
 */
public final class EnrichedArticles {

    private final ArticleEnricher enricher;
    private final String version;

    public EnrichedArticles(ArticleEnricher enricher, String version) {
        this.enricher = enricher;
        this.version = version;
    }

    /** @return whether pages in {@code language} get entities (an entity model of that language is configured) */
    public boolean hasEntityModel(String language) {
        return enricher.hasEntityModel(language);
    }

    public EnrichedArticle enrich(CleanArticle article) {
        boolean skip = article.getRemoved() || article.getPageType() != PageType.ARTICLE;
        Enrichment e = enricher.enrich(new EnrichmentInput(article.getArticleId(),
                article.getTitle() == null ? "" : article.getTitle(), article.getText(), article.getLanguage(), skip));
        return EnrichedArticle.newBuilder()
                .setArticle(article)
                .setLanguage(article.getLanguage())
                .setStatus(EnrichmentStatus.valueOf(e.status().name()))
                .setNote(article.getRemoved() ? "page removed" : e.note())
                .setMentions(e.mentions().stream().map(m -> new Mention(m.start(), m.end(),
                        EntityType.valueOf(m.type().name()), m.text(), TextField.valueOf(m.in().name()),
                        m.entityIndex())).toList())
                .setEntities(e.entities().stream().map(x -> Entity.newBuilder()
                        .setName(x.canonicalName())
                        .setType(EntityType.valueOf(x.type().name()))
                        .setIds(x.ids())
                        .setLinkedBy(x.linkedBy())
                        .setCountryCode(x.countryCode())
                        .setSalience(x.salience())
                        .setCount(x.count())
                        .setFirstOffset(x.firstOffset())
                        .build()).toList())
                .setTopics(e.topics().stream().map(t -> new Topic(t.id(), t.label(), t.level(), t.score())).toList())
                .setKeywords(e.keywords().stream().map(k -> new Keyword(k.text(), k.score())).toList())
                .setContentHash(e.contentHash())
                .setEnricherVersion(version + "/" + e.engine())
                .build();
    }

}
