package io.newsline.ingest.extract;

import java.time.ZoneId;

/**
 * Tunables of {@link ArticleExtractor}. Immutable and thread-safe.
 *
 * <p>Configuration keys (as the ingest app names them): {@code extract.max-body-bytes},
 * {@code extract.default-zone}, {@code extract.min-article-chars}, {@code extract.min-article-paragraphs}; the work
 * budget per page is {@link PageBudget}.
 *
 * @param maxBodyBytes pages larger than this, before or after gunzip, fail as {@link FailureReason#OVERSIZE}
 * @param defaultZone zone for local times of sites the registry does not know; null to leave such times without
 *     an instant
 * @param minArticleChars a body shorter than this is {@link PageType#NOT_ARTICLE} ("too-short")
 * @param minArticleParagraphs with fewer paragraphs than this, the body must reach twice {@code minArticleChars}
 * @param budget the work one page may cost
 */
public record ExtractorSettings(long maxBodyBytes, ZoneId defaultZone, int minArticleChars, int minArticleParagraphs,
        PageBudget budget) {

    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

    public ExtractorSettings {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        if (minArticleChars < 0 || minArticleParagraphs < 0) {
            throw new IllegalArgumentException("minimum lengths must not be negative");
        }
        java.util.Objects.requireNonNull(budget, "budget");
    }

    /** 5 MB cap, no default zone, articles of at least 250 characters. */
    public static ExtractorSettings defaults() {
        return new ExtractorSettings(DEFAULT_MAX_BODY_BYTES, null, 250, 2, PageBudget.defaults());
    }

    public ExtractorSettings withMaxBodyBytes(long bytes) {
        return new ExtractorSettings(bytes, defaultZone, minArticleChars, minArticleParagraphs, budget);
    }

    public ExtractorSettings withDefaultZone(ZoneId zone) {
        return new ExtractorSettings(maxBodyBytes, zone, minArticleChars, minArticleParagraphs, budget);
    }

    public ExtractorSettings withMinArticleChars(int chars) {
        return new ExtractorSettings(maxBodyBytes, defaultZone, chars, minArticleParagraphs, budget);
    }

    public ExtractorSettings withBudget(PageBudget pageBudget) {
        return new ExtractorSettings(maxBodyBytes, defaultZone, minArticleChars, minArticleParagraphs, pageBudget);
    }
}
