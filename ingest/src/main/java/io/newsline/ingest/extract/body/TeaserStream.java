package io.newsline.ingest.extract.body;

import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.NotArticleReasons;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.ElementWalk;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Tells a page that lists other stories from a page that carries one, on the parsed HTML: a section index is a
 * stream of items, each a link to another article of the site with a headline for its text and a one-line teaser
 * beside it, and no run of prose that belongs to no such item. The body found on such a page is the teasers' text,
 * which reads like an article but is none.
 *
 * <p>One post-order pass over the page (linear in its size) measures: the teaser items (the smallest element that
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
    private static final double MAX_RUN_LINK_SHARE = 0.3;
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MIN_HEADLINE_CHARS = 15;
    private static final int MAX_HEADLINE_CHARS = 200;
    /** Teaser items whose texts are kept to recognise the body's blocks; enough to decide, bounded on huge pages. */
    private static final int MAX_ITEMS_KEPT = 2000;
    /** ... and of at most this many characters, links included, so that reading them stays cheap. */
    private static final int MAX_ITEM_CHARS_KEPT = 2000;

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
        Pass pass = new Pass(document.location(), canonicalUrl, !body.isEmpty(), roles.classifier());
        NodeTraversor.filter(pass, root);
        // the items' texts are read only where they can decide: on a page that is otherwise a stream of teasers
        boolean decides = Evidence.streamWithoutStory(pass.items, pass.targets.size(), pass.teaserChars,
                pass.storyChars);
        Set<String> itemTexts = new HashSet<>();
        if (decides) {
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
            for (int at = 0; at + host.length() <= href.length(); at++) {
                if (href.regionMatches(true, at, host, 0, host.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final class Frame {
        final boolean inline;
        /** Named or tagged as page furniture (a cookie notice, a footer): its prose is no story either. */
        final boolean furniture;
        long chars;
        long linkChars;
        int headlineLinks;
        String target;
        int items;
        long storyChars;
        /** Whether any text was seen in this subtree yet, and whether the first text was link text. */
        boolean textSeen;
        boolean opensWithLink;
        /** For a link: its text's visible characters and words, counted as the text passes, and the link around it. */
        int linkTextChars;
        int linkTextWords;
        Frame outerLink;

        Frame(boolean inline, boolean furniture) {
            this.inline = inline;
            this.furniture = furniture;
        }
    }

    /** The measuring pass: text runs cut at block boundaries, as the body locator cuts them. */
    private static final class Pass implements NodeFilter {
        private final ElementClassifier classifier;
        private final List<Frame> stack = new ArrayList<>();
        private final Set<String> siteHosts = new HashSet<>();
        private final Set<String> ownPaths = new HashSet<>();
        final Set<String> targets = new HashSet<>();
        /** The teaser items whose texts are looked up among the body's blocks, in document order. */
        final List<Element> keptItems = new ArrayList<>();
        int items;
        long teaserChars;
        long storyChars;
        private final TextRuns runs = new TextRuns();
        private Frame openLink;

        /** Whether the teaser items are kept, for their texts to be looked up among the body's blocks. */
        private final boolean collectTexts;

        Pass(String pageUrl, String canonicalUrl, boolean collectTexts, ElementClassifier classifier) {
            this.collectTexts = collectTexts;
            this.classifier = classifier;
            for (String url : new String[] {pageUrl, canonicalUrl}) {
                URI uri = parse(url);
                if (uri != null) {
                    if (uri.getHost() != null) {
                        siteHosts.add(bareHost(uri.getHost()));
                    }
                    if (uri.getRawPath() != null) {
                        ownPaths.add(uri.getRawPath());
                    }
                }
            }
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                int chars = runs.add(text);
                if (chars > 0 && openLink != null) {
                    openLink.linkTextChars += chars;
                    openLink.linkTextWords += words(text.getWholeText());
                }
                if (chars > 0) {
                    // frames are marked from the top down; below the first marked one all are marked already
                    for (int i = stack.size() - 1; i >= 0 && !stack.get(i).textSeen; i--) {
                        stack.get(i).textSeen = true;
                        stack.get(i).opensWithLink = runs.inLink();
                    }
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            ElementRole role = classifier.roleOf(element);
            if (role == ElementRole.SKIP) {
                return FilterResult.SKIP_ENTIRELY;
            }
            boolean inline = ElementClassifier.isInline(element.normalName());
            if (!inline) {
                flushRun();
            }
            runs.enter(element);
            Frame frame = new Frame(inline, role == ElementRole.BOILERPLATE);
            if (ElementClassifier.isLink(element)) {
                frame.outerLink = openLink;
                openLink = frame;
            }
            stack.add(frame);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element) || stack.isEmpty()) {
                return FilterResult.CONTINUE;
            }
            Frame frame = stack.get(stack.size() - 1);
            if (!frame.inline) {
                flushRun();
            }
            stack.remove(stack.size() - 1);
            runs.leave(element);
            if (ElementClassifier.isLink(element)) {
                openLink = frame.outerLink;
                String target = headlineTarget(element, frame);
                if (target != null) {
                    frame.headlineLinks = 1;
                    frame.target = target;
                }
            } else if (!frame.inline && frame.items == 0 && isTeaserItem(frame)) {
                items++;
                frame.items = 1;
                teaserChars += frame.chars - frame.linkChars;
                // the prose of a teaser is the teaser, not a story
                frame.storyChars = 0;
                targets.add(frame.target);
                if (collectTexts && items <= MAX_ITEMS_KEPT && frame.chars <= MAX_ITEM_CHARS_KEPT) {
                    keptItems.add(element);
                }
            }
            if (frame.furniture && frame.storyChars < MAX_STORY_CHARS_OUTSIDE) {
                // a cookie notice or a footer; a story inside a wrapper with a misleading name keeps its prose
                frame.storyChars = 0;
            }
            if (stack.isEmpty()) {
                storyChars = frame.storyChars;
                return FilterResult.CONTINUE;
            }
            Frame parent = stack.get(stack.size() - 1);
            parent.chars += frame.chars;
            parent.linkChars += frame.linkChars;
            parent.headlineLinks += frame.headlineLinks;
            parent.items += frame.items;
            parent.storyChars += frame.storyChars;
            if (parent.target == null) {
                parent.target = frame.target;
            }
            return FilterResult.CONTINUE;
        }

        private static boolean isTeaserItem(Frame frame) {
            long teaser = frame.chars - frame.linkChars;
            return frame.opensWithLink && frame.headlineLinks >= 1 && frame.headlineLinks <= MAX_ITEM_HEADLINE_LINKS
                    && teaser >= MIN_TEASER_CHARS && teaser <= MAX_TEASER_CHARS;
        }

        private void flushRun() {
            long runChars = runs.chars();
            long runLinkChars = runs.linkChars();
            runs.clear();
            if (runChars == 0 || stack.isEmpty()) {
                return;
            }
            Frame top = stack.get(stack.size() - 1);
            top.chars += runChars;
            top.linkChars += runLinkChars;
            long prose = runChars - runLinkChars;
            if (prose >= MIN_STORY_RUN_CHARS && runLinkChars <= MAX_RUN_LINK_SHARE * runChars) {
                top.storyChars += prose;
            }
        }

        /** The address a headline link points to, or null when the link is no headline of another article. */
        private String headlineTarget(Element link, Frame frame) {
            if (frame.linkTextChars < MIN_HEADLINE_CHARS || frame.linkTextChars > MAX_HEADLINE_CHARS
                    || frame.linkTextWords < MIN_HEADLINE_WORDS) {
                return null;
            }
            String href = link.attr("href").strip();
            if (href.isEmpty() || href.charAt(0) == '#') {
                return null;
            }
            int colon = href.indexOf(':');
            int slash = href.indexOf('/');
            boolean hasScheme = colon > 0 && (slash < 0 || colon < slash);
            if (hasScheme && !href.regionMatches(true, 0, "http", 0, 4)) {
                return null; // javascript:, mailto:, tel: and the like
            }
            boolean absolute = hasScheme || href.startsWith("//");
            if (absolute && !mayNameSiteHost(href, siteHosts)) {
                return null; // another site's address, told without parsing it
            }
            String address = href;
            if (hasScheme || !href.startsWith("/") || href.startsWith("//")) {
                // a site-relative address ("/news/x") needs no resolving, nor does an absolute one
                URI uri = parse(hasScheme || href.startsWith("//") ? href : link.absUrl("href"));
                if (uri == null || uri.getRawPath() == null
                        || (hasScheme || href.startsWith("//"))
                                && (uri.getHost() == null || !siteHosts.contains(bareHost(uri.getHost())))) {
                    return null;
                }
                address = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
            int fragment = address.indexOf('#');
            address = fragment < 0 ? address : address.substring(0, fragment);
            int query = address.indexOf('?');
            String path = query < 0 ? address : address.substring(0, query);
            return path.isEmpty() || path.equals("/") || ownPaths.contains(path) ? null : address;
        }

        private static int words(String text) {
            int words = 0;
            boolean inWord = false;
            for (int i = 0; i < text.length(); i++) {
                boolean space = TextMeasure.isSpace(text.charAt(i));
                if (!space && !inWord) {
                    words++;
                }
                inWord = !space;
            }
            return words;
        }

        private static URI parse(String url) {
            if (url == null || url.isBlank()) {
                return null;
            }
            try {
                return URI.create(url.strip().replace(" ", "%20"));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static String bareHost(String host) {
            String h = host.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        }
    }
}
