package io.newsline.ingest.extract.meta;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.ElementWalk;
import org.jsoup.select.Evaluator;

/**
 * The elements the metadata reader looks at, collected in one pass over the document: each tag it selects by
 * ({@code meta}, {@code link}, {@code script}, {@code time}, {@code article}, {@code main}, {@code h1}, {@code html},
 * {@code figcaption}) and the elements carrying {@code itemprop}, each list in document order. A selector whose
 * subject needs one of these tags or {@code itemprop} gives the same first match on the list as on the whole
 * document, without a walk over the whole document per selector. Built per page; not thread-safe.
 */
final class PageElements {

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

    PageElements(Document doc) {
        this.doc = doc;
        ElementWalk.forEach(doc, e -> {
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
            if (e.hasAttr("itemprop")) {
                withItemprop.add(e);
            }
        });
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
