package io.newsline.ingest.extract;

import java.util.Objects;

/**
 * The outcome of {@link ArticleExtractor#extract(PageInput)}: an article (possibly flagged
 * {@link PageType#NOT_ARTICLE}), or a failure with a reason from a closed set. Expected failures are values, not
 * exceptions, so a topology can branch on them.
 */
public sealed interface ExtractionResult {

    /** A page turned into an article, with how it was read. */
    record Extracted(ExtractedArticle article, PageLineage lineage) implements ExtractionResult {
        public Extracted {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(lineage, "lineage");
        }

        public Extracted(ExtractedArticle article) {
            this(article, PageLineage.NONE);
        }
    }

    /** A page that could not be read; {@code message} is for people, {@code reason} for routing and metrics. */
    record Failed(FailureReason reason, String message) implements ExtractionResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
