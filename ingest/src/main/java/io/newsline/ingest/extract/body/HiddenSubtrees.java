package io.newsline.ingest.extract.body;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text the page hides from its readers inside the body ({@code hidden}, {@code display: none}): a paragraph the
 * author took out, a video player's labels, a tracking number. It is left out of the body, unless one hidden subtree
 * holds at least half of the body's text: then the page's script shows it (tabs of a review, a story behind a
 * "read more" toggle) and what readers see depends on it, so nothing hidden is left out.
 *
 * <p>Stateless and thread-safe. The document is only read.
 */
final class HiddenSubtrees {

    /** A hidden subtree holding this share of the body's text or more is content a script will show. */
    private static final double SHOWN_BY_SCRIPT_SHARE = 0.5;

    private HiddenSubtrees() {}

    /** The located body with its hidden subtrees added to those its collector skips, or as it was. */
    static BodyLocator.Result skipped(BodyLocator.Result located) {
        Element body = located.body();
        List<Element> hidden = new ArrayList<>();
        collectHidden(body, hidden);
        if (hidden.isEmpty()) {
            return located;
        }
        long bodyChars = body.text().length();
        for (Element element : hidden) {
            if (element.text().length() >= SHOWN_BY_SCRIPT_SHARE * bodyChars) {
                return located;
            }
        }
        Set<Element> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
        skipped.addAll(located.boilerplate());
        skipped.addAll(hidden);
        return new BodyLocator.Result(body, located.score(), located.proseChars(), skipped,
                located.pageProseChars());
    }

    /** The outermost hidden elements under {@code parent}, in page order (iteratively: pages may nest deeply). */
    private static void collectHidden(Element parent, List<Element> out) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element != parent && ElementClassifier.isHidden(element)) {
                    out.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, parent);
    }
}
