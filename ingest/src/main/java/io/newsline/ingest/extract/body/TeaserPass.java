package io.newsline.ingest.extract.body;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The measures of {@link TeaserStream}, taken in a post-order pass over the page whose text runs are cut at block
 * boundaries as the body locator cuts them: it is told each text node, each element entered (with its role) and left,
 * and each closed run of text. Either {@link #walk} drives it alone, or the body locator's first pass over the same
 * page drives it on the way (that pass skips the same elements and cuts the same runs), which spares the page a second
 * walk, a second classification of its elements and a second count of its text.
 *
 * <p>Not thread-safe; one per page.
 */
final class TeaserPass {

    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MIN_HEADLINE_CHARS = 15;
    private static final int MAX_HEADLINE_CHARS = 200;
    private static final double MAX_RUN_LINK_SHARE = 0.3;
    /** Teaser items whose texts are kept to recognise the body's blocks; enough to decide, bounded on huge pages. */
    private static final int MAX_ITEMS_KEPT = 2000;
    /** ... and of at most this many characters, links included, so that reading them stays cheap. */
    private static final int MAX_ITEM_CHARS_KEPT = 2000;

    private static final class Frame {
        final boolean inline;
        final boolean link;
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

        Frame(boolean inline, boolean link, boolean furniture) {
            this.inline = inline;
            this.link = link;
            this.furniture = furniture;
        }
    }

    private final String pageUrl;
    private final String canonicalUrl;
    private final List<Frame> stack = new ArrayList<>();
    private final Set<String> siteHosts = new HashSet<>();
    private final Set<String> ownPaths = new HashSet<>();
    final Set<String> targets = new HashSet<>();
    /** The teaser items whose texts are looked up among the body's blocks, in document order. */
    final List<Element> keptItems = new ArrayList<>();
    int items;
    long teaserChars;
    long storyChars;
    private Frame openLink;
    /** Whether the teaser items are kept, for their texts to be looked up among the body's blocks. */
    private final boolean collectTexts;

    TeaserPass(String pageUrl, String canonicalUrl, boolean collectTexts) {
        this.pageUrl = pageUrl;
        this.canonicalUrl = canonicalUrl;
        this.collectTexts = collectTexts;
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

    /** Whether this pass measures the page of these addresses (the addresses its headline links are read against). */
    boolean isFor(String pageUrl, String canonicalUrl) {
        return Objects.equals(this.pageUrl, pageUrl) && Objects.equals(this.canonicalUrl, canonicalUrl);
    }

    /** Measures the subtree of {@code root} alone, reading the elements' roles from {@code classifier}. */
    static void walk(TeaserPass pass, Element root, ElementClassifier classifier) {
        NodeTraversor.filter(new Walk(pass, classifier), root);
    }

    /** A text node of {@code chars} visible characters, inside a link when {@code inLink}. */
    void text(TextNode text, int chars, boolean inLink) {
        if (chars > 0 && openLink != null) {
            openLink.linkTextChars += chars;
            openLink.linkTextWords += words(text.getWholeText());
        }
        if (chars > 0) {
            // frames are marked from the top down; below the first marked one all are marked already
            for (int i = stack.size() - 1; i >= 0 && !stack.get(i).textSeen; i--) {
                stack.get(i).textSeen = true;
                stack.get(i).opensWithLink = inLink;
            }
        }
    }

    /**
     * An element entered that is not skipped, after the run its start closed (when it is no inline element);
     * {@code link} when it is a link ({@link ElementClassifier#isLink}).
     */
    void enter(Element element, ElementRole role, boolean inline, boolean link) {
        Frame frame = new Frame(inline, link, role == ElementRole.BOILERPLATE);
        if (link) {
            frame.outerLink = openLink;
            openLink = frame;
        }
        stack.add(frame);
    }

    /** Whether an element entered is open, and whether the innermost one is inline. */
    boolean open() {
        return !stack.isEmpty();
    }

    boolean innermostInline() {
        return stack.get(stack.size() - 1).inline;
    }

    boolean innermostLink() {
        return stack.get(stack.size() - 1).link;
    }

    /** The innermost element entered is left, after the run its end closed (when it is no inline element). */
    void leave(Element element) {
        if (stack.isEmpty()) {
            return;
        }
        Frame frame = stack.remove(stack.size() - 1);
        if (frame.link) {
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
        if (frame.furniture && frame.storyChars < TeaserStream.MAX_STORY_CHARS_OUTSIDE) {
            // a cookie notice or a footer; a story inside a wrapper with a misleading name keeps its prose
            frame.storyChars = 0;
        }
        if (stack.isEmpty()) {
            storyChars = frame.storyChars;
            return;
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
    }

    /** A run of text closed at a block boundary: its visible characters and those of them in links. */
    void run(long runChars, long runLinkChars) {
        if (runChars == 0 || stack.isEmpty()) {
            return;
        }
        Frame top = stack.get(stack.size() - 1);
        top.chars += runChars;
        top.linkChars += runLinkChars;
        long prose = runChars - runLinkChars;
        if (prose >= TeaserStream.MIN_STORY_RUN_CHARS && runLinkChars <= MAX_RUN_LINK_SHARE * runChars) {
            top.storyChars += prose;
        }
    }

    private static boolean isTeaserItem(Frame frame) {
        long teaser = frame.chars - frame.linkChars;
        return frame.opensWithLink && frame.headlineLinks >= 1
                && frame.headlineLinks <= TeaserStream.MAX_ITEM_HEADLINE_LINKS
                && teaser >= TeaserStream.MIN_TEASER_CHARS && teaser <= TeaserStream.MAX_TEASER_CHARS;
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
        if (absolute && !TeaserStream.mayNameSiteHost(href, siteHosts)) {
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

    /** The pass on its own: skips what the body locator skips and cuts the text into runs where it does. */
    private static final class Walk implements NodeFilter {
        private final TeaserPass pass;
        private final ElementClassifier classifier;
        private final TextRuns runs = new TextRuns();

        Walk(TeaserPass pass, ElementClassifier classifier) {
            this.pass = pass;
            this.classifier = classifier;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                pass.text(text, runs.add(text), runs.inLink());
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
                closeRun();
            }
            boolean link = ElementClassifier.isLink(element);
            runs.enter(link);
            pass.enter(element, role, inline, link);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element) || !pass.open()) {
                return FilterResult.CONTINUE;
            }
            if (!pass.innermostInline()) {
                closeRun();
            }
            runs.leave(pass.innermostLink());
            pass.leave(element);
            return FilterResult.CONTINUE;
        }

        private void closeRun() {
            long chars = runs.chars();
            long linkChars = runs.linkChars();
            runs.clear();
            pass.run(chars, linkChars);
        }
    }
}
