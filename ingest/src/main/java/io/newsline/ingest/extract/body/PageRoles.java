package io.newsline.ingest.extract.body;

import org.jsoup.nodes.Element;

/**
 * The roles of one page's elements (boilerplate, body, skipped: by tag, class, id and a few attributes), found once
 * and read by every pass over the page that asks: the body's locator (once to three times), its block collector
 * and the teaser-stream check. Create one per page, before the first pass; the page must not change while it is
 * used (an element's role is remembered by the element). Not thread-safe.
 *
 * <p>Made with {@link #withTeaserCheck}, it also carries the teaser-stream check's measures of the page, which the
 * body's first pass takes on its way through the page when it walks the same elements as the check will.
 */
public final class PageRoles {

    private final ElementClassifier classifier = new ElementClassifier();
    private final TeaserPass teasers;
    /** The element under which the body's first pass measured {@link #teasers}, once it has. */
    private Element teasersRoot;

    public PageRoles() {
        this.teasers = null;
    }

    private PageRoles(TeaserPass teasers) {
        this.teasers = teasers;
    }

    /**
     * Roles for a page whose teaser stream {@link TeaserStream#measure} will check: the body's first pass over the
     * page measures it on the way, for a check of the same document with these addresses.
     *
     * @param pageUrl the document's location (the page's address)
     * @param canonicalUrl the page's canonical address, or null
     */
    public static PageRoles withTeaserCheck(String pageUrl, String canonicalUrl) {
        return new PageRoles(new TeaserPass(pageUrl, canonicalUrl, true));
    }

    ElementClassifier classifier() {
        return classifier;
    }

    /** The teaser measures a pass should take on its way, or null when none was asked for or they are taken. */
    TeaserPass teasersToMeasure() {
        return teasersRoot == null ? teasers : null;
    }

    /** The pass that took {@link #teasersToMeasure()} walked the whole subtree of {@code root}. */
    void teasersMeasured(Element root) {
        teasersRoot = root;
    }

    /**
     * The teaser measures taken of the subtree of {@code root} of the page with these addresses, or null when they
     * were not (then the check walks the page itself).
     */
    TeaserPass teasersMeasuredUnder(Element root, String pageUrl, String canonicalUrl) {
        return teasers != null && teasersRoot == root && teasers.isFor(pageUrl, canonicalUrl) ? teasers : null;
    }
}
