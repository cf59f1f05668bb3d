package io.newsline.ingest.extract.body;

import io.newsline.ingest.extract.html.TextLength;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.ElementWalk;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The page's headline in the forms blocks repeat it (normalised by {@link BlockFilter#normalise}): the title, the
 * social titles ({@code og:title}, {@code twitter:title}), their parts before a separator, and the {@code <h1>} that
 * repeats them (or the page's only one).
 *
 * <p>The {@code meta} and {@code h1} elements are found in one walk of the page ({@link #of(Document)}), or, for a
 * page the body locator's first pass went through, from what that pass met: it tells this the elements it entered
 * and the subtrees it skipped, and only those subtrees and the page outside the pass's root (the head) are walked
 * again ({@link #of(Document, Element)}). Either way the same elements, so the same headlines.
 *
 * <p>Not thread-safe; one per page.
 */
final class Headlines {

    private static final Evaluator SOCIAL_TITLE = QueryParser.parse("meta[property=og:title], meta[name=twitter:title]");
    private static final Evaluator HEADLINE = new Evaluator.Tag("h1");

    private final Elements metas = new Elements();
    private final Elements h1s = new Elements();
    private final List<Element> skipped = new ArrayList<>();

    /** The pass entered {@code element} and goes on into its subtree. */
    void entered(Element element) {
        collectAlone(element);
    }

    /** The pass skipped {@code element} and its subtree. */
    void skipped(Element element) {
        skipped.add(element);
    }

    /** The headlines, from one walk of the whole page. */
    static Set<String> of(Document document) {
        Headlines found = new Headlines();
        found.collect(document);
        return found.headlines(document);
    }

    /**
     * The headlines, for a page whose subtree of {@code root} one pass went through telling this every element it
     * entered and every subtree it skipped.
     */
    Set<String> of(Document document, Element root) {
        for (Element subtree : skipped) {
            collect(subtree);
        }
        // the page outside the pass: the siblings of root and of each of its ancestors, and those ancestors
        for (Element inside = root; inside.parent() != null; inside = inside.parent()) {
            Element parent = inside.parent();
            collectAlone(parent);
            // by the child nodes: Element.children() stashes its list in the element, and a clone of the page
            // (Readability reads one) would carry the stash and read this page's children as its own
            for (int i = 0; i < parent.childNodeSize(); i++) {
                if (parent.childNode(i) instanceof Element sibling && sibling != inside) {
                    collect(sibling);
                }
            }
        }
        return headlines(document);
    }

    private void collect(Element subtree) {
        collectAlone(subtree);
        // most skipped subtrees are single elements (scripts, images, inputs): walked only below an element child
        for (int i = 0; i < subtree.childNodeSize(); i++) {
            if (subtree.childNode(i) instanceof Element child) {
                ElementWalk.forEach(child, this::collectAlone);
            }
        }
    }

    /** The element alone, not its subtree. */
    private void collectAlone(Element element) {
        // both selectors' subjects are a meta or an h1: other elements are not asked (they were most of the walk's work)
        if (isMetaOrH1(element)) {
            if (SOCIAL_TITLE.matches(element, element)) {
                metas.add(element);
            }
            if (HEADLINE.matches(element, element)) {
                h1s.add(element);
            }
        }
    }

    private Set<String> headlines(Document document) {
        Set<String> out = new HashSet<>();
        addHeadline(out, document.title());
        for (Element meta : metas) {
            addHeadline(out, meta.attr("content"));
        }
        List<String> titles = new ArrayList<>(out);
        int longestTitle = titles.stream().mapToInt(String::length).max().orElse(0);
        for (Element h1 : h1s) {
            // a heading longer than every title repeats none: its text is not read (nested headings hold it all)
            if (h1s.size() == 1 || !TextLength.lettersOrDigitsExceed(h1, longestTitle)
                    && repeatsTitle(BlockFilter.normalise(h1.text()), titles)) {
                addHeadline(out, h1.text());
            }
        }
        return out;
    }

    private static boolean isMetaOrH1(Element element) {
        String tag = element.normalName();
        return tag.equals("meta") || tag.equals("h1");
    }

    /**
     * Whether a top-level heading repeats the page's title: on a page of several {@code <h1>} (sections of a book
     * chapter, of a long post) only the one the title names is the headline; the others head the body's sections.
     */
    private static boolean repeatsTitle(String heading, List<String> titles) {
        if (heading.isEmpty()) {
            return false;
        }
        for (String title : titles) {
            if (title.contains(heading)) {
                return true;
            }
        }
        return false;
    }

    private static void addHeadline(Set<String> out, String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        out.add(BlockFilter.normalise(title));
        // "Story headline | Site name": the part before the separator is the headline
        for (String separator : new String[] {" | ", " - ", " – ", " — ", " :: ", " · "}) {
            int at = title.lastIndexOf(separator);
            if (at > 0) {
                out.add(BlockFilter.normalise(title.substring(0, at)));
                int first = title.indexOf(separator);
                if (first > 0) {
                    out.add(BlockFilter.normalise(title.substring(0, first)));
                }
            }
        }
    }
}
