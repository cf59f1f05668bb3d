package io.newsline.ingest.extract.body;

import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.NotArticleReasons;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.ElementWalk;

/**
 * Tells a page that lists other stories from a page that carries one, on the parsed HTML: a section index is a
 * stream of items, each a link to another article of the site with a headline for its text and a one-line teaser
 * beside it, and no run of prose that belongs to no such item. The body found on such a page is the teasers' text,
 * which reads like an article but is none.
 *
 * <p>One post-order pass over the page (linear in its size; {@link TeaserPass}, taken by the body's first pass on its
 * way through the page when the {@link PageRoles} ask for it) measures: the teaser items (the smallest element that
 * opens with a headline link and holds one to {@value #MAX_ITEM_HEADLINE_LINKS} of them and
 * {@value #MIN_TEASER_CHARS} to {@value #MAX_TEASER_CHARS} characters outside links), the distinct article
 * addresses they link to, the prose outside them (runs of at least {@value #MIN_STORY_RUN_CHARS} characters, at
 * most 30 % link text, outside subtrees named as page furniture unless those hold a story's worth of it), and how
 * much of the body the extractor found is teaser text. A headline link is a link of three words or more to another
 * page of the same site (a relative address, or the host of the page or of its canonical address) whose path is not
 * the site's root. A page is a {@code section-index} when it has at least {@value #MIN_ITEMS} teaser items pointing
 * to as many distinct addresses, at least half of the body found is their text, and the prose outside them is under
 * {@value #MAX_STORY_CHARS_OUTSIDE} characters and under half the teasers' text. A "related stories" list under an
 * article is a teaser stream too, but the article's own prose lies outside it and the body found is the article; a
 * live blog's entries open with their time, not with a headline link; a list article's items link to other sites.
 *
 * <p>Stateless and thread-safe; the document is only read.
 */
public final class TeaserStream {

    static final int MIN_ITEMS = 5;
    static final int MAX_ITEM_HEADLINE_LINKS = 4;
    static final int MIN_TEASER_CHARS = 30;
    static final int MAX_TEASER_CHARS = 400;
    static final int MIN_STORY_RUN_CHARS = 80;
    static final int MAX_STORY_CHARS_OUTSIDE = 600;

    /**
     * What the pass measured.
     *
     * @param teaserItems elements made of a headline link and a short teaser
     * @param distinctTargets distinct addresses the teaser items link to
     * @param teaserChars characters of teaser text outside links, over all items
     * @param storyChars characters of prose outside links and outside teaser items
     * @param bodyChars characters of the body found
     * @param bodyTeaserChars characters of the body found that are teaser items' text; counted only when the other
     *                        measures make the page a stream of teasers with no story outside them (otherwise it
     *                        decides nothing and is 0)
     */
    public record Evidence(int teaserItems, int distinctTargets, long teaserChars, long storyChars, long bodyChars,
            long bodyTeaserChars) {

        /** {@code section-index} when the page is a stream of teasers with no story of its own, else null. */
        public String reason() {
            boolean bodyIsTeasers = bodyChars > 0 && 2 * bodyTeaserChars >= bodyChars;
            return streamWithoutStory(teaserItems, distinctTargets, teaserChars, storyChars) && bodyIsTeasers
                    ? NotArticleReasons.SECTION_INDEX : null;
        }

        private static boolean streamWithoutStory(int teaserItems, int distinctTargets, long teaserChars,
                long storyChars) {
            boolean stream = teaserItems >= MIN_ITEMS && distinctTargets >= MIN_ITEMS;
            boolean noStoryOutside = storyChars < MAX_STORY_CHARS_OUTSIDE && 2 * storyChars < teaserChars;
            return stream && noStoryOutside;
        }
    }

    private TeaserStream() {}

    /**
     * @param document the parsed page, its base URI the page's address
     * @param canonicalUrl the page's canonical address, or null
     * @param body the blocks the extractor found on it
     */
    public static Evidence measure(Document document, String canonicalUrl, List<Block> body) {
        return measure(document, canonicalUrl, body, new PageRoles());
    }

    /**
     * The same, reading the roles of the page's elements that the body extractor found in {@code roles} (the
     * body's passes and this one ask about the same elements).
     */
    public static Evidence measure(Document document, String canonicalUrl, List<Block> body, PageRoles roles) {
        Element root = document.body() != null ? document.body() : document;
        // measured on the way by the body's first pass over this page, when it was asked to and walked it all
        TeaserPass pass = roles.teasersMeasuredUnder(root, document.location(), canonicalUrl);
        if (pass == null) {
            pass = new TeaserPass(document.location(), canonicalUrl, !body.isEmpty());
            TeaserPass.walk(pass, root, roles.classifier());
        }
        // the items' texts are read only where they can decide: on a page that is otherwise a stream of teasers
        boolean decides = Evidence.streamWithoutStory(pass.items, pass.targets.size(), pass.teaserChars,
                pass.storyChars);
        Set<String> itemTexts = new HashSet<>();
        if (decides && !body.isEmpty()) {
            for (Element item : pass.keptItems) {
                // jsoup's text is whitespace-normalised, as a block's is
                ElementWalk.forEach(item, part -> itemTexts.add(part.text()));
            }
        }
        long bodyChars = 0;
        long bodyTeaserChars = 0;
        for (Block block : body) {
            int chars = TextMeasure.visibleChars(block.text());
            bodyChars += chars;
            if (decides && itemTexts.contains(block.text().strip())) {
                bodyTeaserChars += chars;
            }
        }
        return new Evidence(pass.items, pass.targets.size(), pass.teaserChars, pass.storyChars, bodyChars,
                bodyTeaserChars);
    }

    /**
     * A necessary condition for an absolute address's host, lower-cased and without "www.", to be one of
     * {@code siteHosts}: the host is part of the address as written (a host holds ASCII characters only), so one of
     * the site's hosts occurs in the address, ignoring case. Most links of a page to other sites are told by it
     * without parsing their address.
     */
    static boolean mayNameSiteHost(String href, Set<String> siteHosts) {
        for (String host : siteHosts) {
            if (host.isEmpty() || host.charAt(0) >= 0x80) {
                if (occursIgnoringCase(href, host)) {
                    return true;
                }
                continue;
            }
            // the host is compared only where the address has its first character, in either case, or one beyond
            // ASCII (which may fold to it: the Kelvin sign to k)
            char lower = Character.toLowerCase(host.charAt(0));
            char upper = Character.toUpperCase(host.charAt(0));
            for (int at = 0; at + host.length() <= href.length(); at++) {
                char c = href.charAt(at);
                if ((c == lower || c == upper || c >= 0x80) && href.regionMatches(true, at, host, 0, host.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean occursIgnoringCase(String href, String host) {
        for (int at = 0; at + host.length() <= href.length(); at++) {
            if (href.regionMatches(true, at, host, 0, host.length())) {
                return true;
            }
        }
        return false;
    }
}
