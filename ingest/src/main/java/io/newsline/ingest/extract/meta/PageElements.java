package io.newsline.ingest.extract.meta;

import io.newsline.ingest.extract.html.SlideGalleries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.AttributeSlots;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.ElementWalk;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/**
 * The elements the metadata reader and the byline-area and copyright finder ({@link CreditAreas}) look at, collected
 * in one pass over the document: each tag the metadata reader selects by ({@code meta}, {@code link},
 * {@code script}, {@code time}, {@code article}, {@code main}, {@code h1}, {@code html}, {@code figcaption}), the
 * elements carrying {@code itemprop}, every element with attributes together with the five its selectors read
 * ({@code class}, {@code id}, {@code itemprop}, {@code rel}, {@code href}, read once from the attribute list), and
 * the body's elements whose own text may open with a copyright and its text nodes that may be slide counters
 * ({@link SlideGalleries}); each list in document order. A selector whose
 * subject needs one of these tags or {@code itemprop} gives the same first match on the list as on the whole
 * document; one whose subject needs an attribute is asked only about the elements with attributes that its
 * pre-check passes, without a walk over the whole page per selector, each pre-check reading the values read once
 * here. Built per page (the document must not change while it is read); not thread-safe.
 */
public final class PageElements {

    /** The attributes the selectors read, in the order of {@link Named}'s fields. */
    private static final String[] NAMES = {"class", "id", "itemprop", "rel", "href"};

    final Document doc;
    final List<Element> metas = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    final List<Element> scripts = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> articles = new ArrayList<>();
    final List<Element> mains = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    final List<Element> htmls = new ArrayList<>();
    final List<Element> figcaptions = new ArrayList<>();
    final List<Element> withItemprop = new ArrayList<>();
    /** Every element with at least one attribute. */
    final List<Named> named = new ArrayList<>();
    /** The body's elements (the body included) whose own text may open with a copyright ({@link CreditAreas}). */
    final List<Element> mayOpenWithCopyright = new ArrayList<>();
    /** The body's text nodes (the document's where it has no body) that may be slide counters. */
    private final List<TextNode> mayBeCounters = new ArrayList<>();
    private final boolean hasBody;

    /**
     * An element with attributes and the values of those the selectors read, each as {@link Element#attr} finds it
     * ("" for an attribute without a value) or null where the element has none.
     *
     * @param inBody whether the element is the document's body or within it
     */
    record Named(Element element, String cls, String id, String itemprop, String rel, String href, boolean inBody) {
        /** The values of a single element, read as the pass reads them (for the pre-checks' element forms). */
        static Named of(Element e) {
            String[] values = new String[NAMES.length];
            AttributeSlots.read(e, NAMES, values);
            return new Named(e, values[0], values[1], values[2], values[3], values[4], false);
        }

        /** {@code Element.attr("class")}. */
        String classOrEmpty() {
            return cls == null ? "" : cls;
        }

        /** {@code Element.id()}. */
        String idOrEmpty() {
            return id == null ? "" : id;
        }

        boolean isLink() {
            return element.normalName().equals("a");
        }
    }

    public PageElements(Document doc) {
        this.doc = doc;
        Element body = doc.body();
        this.hasBody = body != null;
        String[] values = new String[NAMES.length];
        // a pre-order walk as ElementWalk's, each element with whether it is in the body
        Element[] stack = new Element[64];
        boolean[] stackInBody = new boolean[64];
        int top = 0;
        stack[top++] = doc;
        while (top > 0) {
            Element e = stack[--top];
            boolean inBody = stackInBody[top] || e == body;
            visit(e, inBody, values);
            for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                if (e.childNode(i) instanceof Element child) {
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, top * 2);
                        stackInBody = Arrays.copyOf(stackInBody, top * 2);
                    }
                    stack[top] = child;
                    stackInBody[top++] = inBody;
                }
            }
        }
    }

    private void visit(Element e, boolean inBody, String[] values) {
        List<Element> byTag = switch (e.normalName()) {
            case "meta" -> metas;
            case "link" -> links;
            case "script" -> scripts;
            case "time" -> times;
            case "article" -> articles;
            case "main" -> mains;
            case "h1" -> h1s;
            case "html" -> htmls;
            case "figcaption" -> figcaptions;
            default -> null;
        };
        if (byTag != null) {
            byTag.add(e);
        }
        if (AttributeSlots.read(e, NAMES, values) > 0) {
            if (values[2] != null) {
                withItemprop.add(e);
            }
            named.add(new Named(e, values[0], values[1], values[2], values[3], values[4], inBody));
        }
        if (inBody || !hasBody) {
            // one loop over the own text nodes for both: CreditAreas.mayOpenWithCopyright and the counters
            boolean openingRead = !inBody;
            for (int i = 0; i < e.childNodeSize(); i++) {
                if (e.childNode(i) instanceof TextNode text) {
                    String whole = text.getWholeText();
                    if (SlideGalleries.mayBeCounter(whole)) {
                        mayBeCounters.add(text);
                    }
                    int first = openingRead ? -1 : CreditAreas.firstKeptChar(whole);
                    if (first >= 0) {
                        openingRead = true;
                        if (CreditAreas.opensCopyright(first)) {
                            mayOpenWithCopyright.add(e);
                        }
                    }
                }
            }
        }
    }

    /**
     * The text nodes of the body (of the document where it has no body) that {@link SlideGalleries#mayBeCounter}
     * passes, for {@link SlideGalleries#remove(Document, List)}.
     */
    public List<TextNode> mayBeCounters() {
        return mayBeCounters;
    }

    /**
     * {@code root.select(query)} for a query whose subject needs an attribute, with {@code root} the document or
     * its body ({@code inBody}): the query is asked about the elements with attributes that {@code mayMatch} (a
     * necessary condition of its subject) passes, in document order.
     */
    Elements select(Evaluator query, Predicate<Named> mayMatch, boolean inBody) {
        Element root = inBody ? doc.body() : doc;
        List<Element> candidates = new ArrayList<>();
        if (root == null) {
            return new Elements();
        }
        for (Named n : named) {
            if ((!inBody || n.inBody()) && mayMatch.test(n)) {
                candidates.add(n.element());
            }
        }
        return ElementWalk.selectAmong(query, root, candidates);
    }

    /** The first element of {@code candidates} that {@code query} matches in the whole document, or null. */
    Element first(List<Element> candidates, Evaluator query) {
        return first(candidates, query, doc);
    }

    /**
     * The first element of {@code candidates} within {@code scope} (itself or a descendant) that {@code query}
     * matches with {@code scope} as its root, as {@code scope.selectFirst(query)} finds it; null when none does.
     */
    Element first(List<Element> candidates, Evaluator query, Element scope) {
        for (Element e : candidates) {
            if ((scope == doc || within(e, scope)) && query.matches(scope, e)) {
                return e;
            }
        }
        return null;
    }

    static boolean within(Element e, Element scope) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == scope) {
                return true;
            }
        }
        return false;
    }
}
