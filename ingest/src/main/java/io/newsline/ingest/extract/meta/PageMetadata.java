package io.newsline.ingest.extract.meta;

import java.util.List;

/**
 * Metadata found on an HTML page, before body post-processing. Absent values are null, lists are never null.
 *
 * @param canonicalUrl absolute canonical URL
 * @param siteName publication name from the page
 * @param title headline, site-name suffix removed
 * @param subtitle description or standfirst
 * @param authors cleaned author names
 * @param published publication date as printed
 * @param modified modification date as printed
 * @param markupLanguage the language the markup declares (html lang, og:locale, content-language), BCP-47
 * @param section site section
 * @param tags keywords and tags
 * @param leadImageUrl absolute URL of the lead image
 * @param leadImageCaption the lead image's caption or alt text
 * @param pageKind what the page says it is ({@code article}, {@code website}, {@code CollectionPage}...), lower case
 */
public record PageMetadata(
        String canonicalUrl,
        String siteName,
        String title,
        String subtitle,
        List<String> authors,
        PrintedDate published,
        PrintedDate modified,
        String markupLanguage,
        String section,
        List<String> tags,
        String leadImageUrl,
        String leadImageCaption,
        String pageKind) {

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
