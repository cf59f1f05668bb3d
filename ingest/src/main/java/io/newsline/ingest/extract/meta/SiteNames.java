package io.newsline.ingest.extract.meta;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The names a page shows for its own site: the text, image {@code alt} or {@code title} of its home link (a link to
 * "/" or marked {@code rel=home}) and of its logo. They recognise a site affix in a title when the page declares no
 * site name and its URL is unknown (a saved file). Stateless and thread-safe.
 */
final class SiteNames {

    private static final Evaluator HOME_OR_LOGO = QueryParser.parse(
            "a[rel=home], a[href=/], a[href~=^(https?:)?//[^/]+/?$], [class~=(?i)(^|[-_\\s])logo([-_\\s]|$)], "
                    + "[id~=(?i)(^|[-_])logo([-_]|$)]");
    private static final int MAX_NAMES = 8;
    private static final int MAX_NAME_LENGTH = 60;

    private SiteNames() {
    }

    /** Up to eight short names from the page's home links and logos, in document order. */
    static List<String> shown(Document doc) {
        List<String> names = new ArrayList<>();
        for (Element e : doc.select(HOME_OR_LOGO)) {
            add(names, e.ownText());
            add(names, e.attr("title"));
            add(names, e.attr("alt"));
            for (Element img : e.getElementsByTag("img")) {
                add(names, img.attr("alt"));
                add(names, img.attr("title"));
            }
            if (names.size() >= MAX_NAMES) {
                break;
            }
        }
        return names;
    }

    private static void add(List<String> names, String name) {
        String n = Titles.normaliseSpace(name);
        if (n != null && !n.isEmpty() && n.length() <= MAX_NAME_LENGTH && !names.contains(n)
                && names.size() < MAX_NAMES) {
            names.add(n);
        }
    }
}
