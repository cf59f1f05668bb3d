/**
 * Main-text extraction from parsed HTML: finds the element that holds the article body by scoring the DOM (text
 * density, link density, boilerplate class and id names, DOM position), then collects its paragraphs, headings,
 * list items and quotes while dropping navigation, share bars, related-story lists, captions, promos and similar
 * boilerplate, and the text the page hides ({@code HiddenSubtrees}); on pages where that finds almost no text, a block scorer learned from the extraction development
 * sets ({@code BlockModel} over {@code BlockFeatures}) picks the blocks instead, and where that too finds almost
 * nothing, Readability's answer ({@code ReadabilityAnswer}, Readability4J) is taken if it holds more text.
 * {@link io.newsline.ingest.extract.body.MainTextExtractor} is the entry point;
 * {@link io.newsline.ingest.extract.body.TeaserStream} tells, from the same page and the body found on it, whether the
 * page is a stream of teasers of other stories with no story of its own. The other classes are internal.
 */
package io.newsline.ingest.extract.body;
