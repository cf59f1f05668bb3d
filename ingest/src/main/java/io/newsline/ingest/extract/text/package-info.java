/**
 * Flattened page text (a page a crawler already turned into lines of text): finds the title, the byline and date
 * line and the body, and cuts what is not the story (menus, "Recent Stories" lists, "1 hour ago" lines, tickers,
 * photo captions) with general line rules kept in a data file; tells page furniture (breadcrumbs, section names,
 * section indexes, teaser lists) from a story. Also holds the body clean-up shared with HTML pages.
 */
package io.newsline.ingest.extract.text;
