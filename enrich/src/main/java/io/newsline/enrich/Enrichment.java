package io.newsline.enrich;

import io.newsline.enrich.keywords.Keyword;
import io.newsline.enrich.topics.TopicScore;
import java.util.List;

/**
 * What {@link ArticleEnricher} makes of one article.
 *
 * @param mentions    entity mentions, title mentions first, each field's in text order
 * @param entities    the merged entities, most salient first; {@link Mention#entityIndex()} points into this list
 * @param topics      IPTC Media Topics, best first
 * @param keywords    keywords or keyphrases, best first
 * @param language    the article's language as given (ingest's detection), or null when unknown
 * @param status      what was done
 * @param note        why something was skipped, or null
 * @param engine      the entity engine and model, e.g. {@code corenlp-4.5.10/english.conll.4class.distsim}
 * @param contentHash hex SHA-256 of the normalised body text: equal for syndicated copies of one story
 */
public record Enrichment(
        List<Mention> mentions,
        List<Entity> entities,
        List<TopicScore> topics,
        List<Keyword> keywords,
        String language,
        EnrichmentStatus status,
        String note,
        String engine,
        String contentHash) {
    public Enrichment {
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        topics = List.copyOf(topics);
        keywords = List.copyOf(keywords);
    }
}
