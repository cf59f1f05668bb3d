package io.newsline.ingest.extract.body;

/**
 * The roles of one page's elements (boilerplate, body, skipped: by tag, class, id and a few attributes), found once
 * and read by every pass over the page that asks: the body's locator (once to three times), its block collector
 * and the teaser-stream check. Create one per page, before the first pass; the page must not change while it is
 * used (an element's role is remembered by the element). Not thread-safe.
 */
public final class PageRoles {

    private final ElementClassifier classifier = new ElementClassifier();

    ElementClassifier classifier() {
        return classifier;
    }
}
