package io.newsline.ingest.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.PageType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-source field completeness: for every clean article, whether it has a title, an author, a publication date and
 * a body, counted as {@code newsline_article_fields_total{site,field,present}}. The share of articles from a site
 * with a field is {@code present="true"} over all. The caller passes a bounded site tag: a registered site's host
 * where the site registry allows it as a tag, otherwise {@value #OTHER_SITE}; never a raw host from a URL.
 * Pages flagged not-article and removed pages are not counted (they are not expected to have these fields).
 * Thread-safe.
 */
public final class FieldCompleteness {

    public static final String METRIC = "newsline.article.fields";
    public static final String OTHER_SITE = "other";

    /** The fields counted, in tag form. */
    public enum Field { TITLE, AUTHOR, DATE, BODY }

    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public FieldCompleteness(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Counts an article's fields under {@code siteTag} (null or blank counts as {@value #OTHER_SITE}). */
    public void record(String siteTag, CleanArticle article) {
        if (article.getRemoved() || article.getPageType() != PageType.ARTICLE) {
            return;
        }
        String site = siteTag == null || siteTag.isBlank() ? OTHER_SITE : siteTag;
        count(site, Field.TITLE, notBlank(article.getTitle()));
        count(site, Field.AUTHOR, article.getAuthors() != null && article.getAuthors().stream().anyMatch(a -> notBlank(a)));
        count(site, Field.DATE, article.getPublishedAt() != null);
        count(site, Field.BODY, notBlank(article.getText()));
    }

    private static boolean notBlank(CharSequence s) {
        return s != null && !s.toString().isBlank();
    }

    private void count(String site, Field field, boolean present) {
        String key = site + '\u0000' + field + '\u0000' + present;
        counters.computeIfAbsent(key, k -> Counter.builder(METRIC)
                .description("Clean articles by site, field and whether the field is present")
                .tag("site", site)
                .tag("field", field.name().toLowerCase(java.util.Locale.ROOT))
                .tag("present", Boolean.toString(present))
                .register(meters)).increment();
    }
}
