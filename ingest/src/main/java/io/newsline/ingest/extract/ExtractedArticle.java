package io.newsline.ingest.extract;

import io.newsline.ingest.extract.wire.CreditFinder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What extraction found on one page: the fields of a clean article except its id and fetch time, which the
 * caller adds. Immutable and thread-safe. Absent values are null (lists are empty, never null).
 *
 * @param url the page's address as fetched
 * @param canonicalUrl the page's own canonical address ({@code link rel=canonical}, {@code og:url}, JSON-LD), absolute
 * @param siteName the publication's name
 * @param title the headline, without the site-name suffix
 * @param subtitle the standfirst or description
 * @param authors people (or agencies) credited, without "By" and roles
 * @param publishedAt the publication instant; null when the page gives no offset and the site's zone is unknown
 * @param publishedLocal the publication's local date-time as printed, ISO-8601 without zone ({@code 2025-03-05T00:50}),
 *     or a date alone ({@code 2025-03-05}) when the page gives no time
 * @param modifiedAt the last modification instant, when known
 * @param language BCP-47 tag of the text's language
 * @param languageConfidence 0..1; 1 when markup and detection agree
 * @param section the site's section ("World")
 * @param tags keywords and tags the page declares
 * @param leadImageUrl the lead image, absolute
 * @param leadImageCaption its caption, when the page gives one
 * @param dateline the dateline place as printed ("Moscow")
 * @param credit the wire credit as printed ("APP - UrduPoint / Pakistan Point News")
 * @param agency the news agency named in the dateline, byline or credit ("APP"), from a fixed list
 * @param credits every kind of evidence of a news agency the page carries, strongest first
 * @param pageType article or not
 * @param pageTypeReason why a page is {@link PageType#NOT_ARTICLE}; null for articles
 * @param blocks the main text, with the dateline and duplicated byline/date lines removed; empty for a page that
 *     carries no story ({@link NotArticleReasons#carriesNoStory})
 * @param text the blocks' texts joined by a blank line ("\n\n"); empty when the blocks are
 * @param extractorVersion lineage: which extractor produced this
 */
public record ExtractedArticle(
        String url,
        String canonicalUrl,
        String siteName,
        String title,
        String subtitle,
        List<String> authors,
        Instant publishedAt,
        String publishedLocal,
        Instant modifiedAt,
        String language,
        double languageConfidence,
        String section,
        List<String> tags,
        String leadImageUrl,
        String leadImageCaption,
        String dateline,
        String credit,
        String agency,
        List<CreditFinder.Evidence> credits,
        PageType pageType,
        String pageTypeReason,
        List<Block> blocks,
        String text,
        String extractorVersion) {

    public ExtractedArticle {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(pageType, "pageType");
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        credits = credits == null ? List.of() : List.copyOf(credits);
        Objects.requireNonNull(text, "text");
    }
}
