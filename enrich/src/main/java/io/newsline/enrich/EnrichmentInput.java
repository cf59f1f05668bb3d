package io.newsline.enrich;

/**
 * What {@link ArticleEnricher} reads: one clean article.
 *
 * @param articleId  the article's id, carried for logging and evaluation only
 * @param title      the headline; null is read as empty
 * @param text       the clean body text, paragraphs separated by line breaks; null is read as empty
 * @param language   BCP-47 language tag as ingest detected it (e.g. {@code en}, {@code en-GB}), or null when unknown
 * @param notArticle true when ingest flagged the page as not an article (index page, gallery...)
 */
public record EnrichmentInput(String articleId, String title, String text, String language, boolean notArticle) {
    public EnrichmentInput {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}
