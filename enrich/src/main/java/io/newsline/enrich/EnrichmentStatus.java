package io.newsline.enrich;

/** What {@link ArticleEnricher#enrich} did with an article. */
public enum EnrichmentStatus {
    /** entities were recognised in this article's text */
    ENRICHED,
    /** the body text was recognised before (a syndicated copy); its entities were reused without running NER */
    REUSED,
    /** the page is not an article; nothing was done */
    SKIPPED_NOT_ARTICLE,
    /** no entity model fits the article's language; entities were skipped, topics and keywords may be present */
    SKIPPED_LANGUAGE
}
