/**
 * Article extraction: raw page bytes (HTML or flattened page text) to a clean article with its main text and
 * metadata. Plain Java and jsoup; this package and its sub-packages import nothing from Kafka, so they are tested
 * with strings and saved pages and reused offline by {@code newsline extract}.
 *
 * <p>The public API is this package: build one {@link io.newsline.ingest.extract.ArticleExtractor} per application
 * (it is thread-safe) and call it per page:
 * <pre>{@code
 * ArticleExtractor extractor = ArticleExtractor.withDefaults(bodyExtractor);
 * switch (extractor.extract(new PageInput(url, fetchedAt, contentType, bytes, headers))) {
 *     case ExtractionResult.Extracted e -> publish(e.article());          // also NOT_ARTICLE pages
 *     case ExtractionResult.Failed f -> deadLetter(f.reason(), f.message()); // OVERSIZE, UNDECODABLE
 * }
 * }</pre>
 * The main-text algorithm is a {@link io.newsline.ingest.extract.BodyExtractor}; everything around it (decoding,
 * metadata, dateline and wire credit, language, flattened text, not-article detection) lives in the internal
 * sub-packages {@code charset}, {@code meta}, {@code wire}, {@code lang}, {@code text} and {@code site}. Site facts
 * and rules are data ({@code io/newsline/ingest/sites.json}), as are the agency list and the boilerplate line rules.
 */
package io.newsline.ingest.extract;
