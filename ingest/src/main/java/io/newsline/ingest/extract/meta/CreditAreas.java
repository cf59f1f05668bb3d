package io.newsline.ingest.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import io.newsline.ingest.extract.html.AttributeValues;
import io.newsline.ingest.extract.html.TextLength;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The short lines of a page where an agency's credit stands outside the story's text: the byline area (elements
 * named byline, author, dateline or source: "Written by The Associated Press", "Associated Press" under the headline)
 * and the copyright lines that close the story ("Copyright 2024 by The Associated Press"). Ingest's credit finder reads
 * them as bylines and closing credits; a line that names no agency is no evidence. Stateless and thread-safe.
 */
public final class CreditAreas {

    static final Pattern BYLINE_NAME = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:byline|author|dateline|source|agency)s?(?:$|[\\s_-])");
    /** The words of {@link #BYLINE_NAME}: a name holds one of them where a part of it starts, or does not match. */
    private static final String[] BYLINE_WORDS = {"byline", "author", "dateline", "source", "agency"};
    private static final int SHORTEST_BYLINE_WORD = 6;
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^\\s*(?:copyright|©|\\(c\\))");
    /** A link to a feed: a path part or query naming rss, atom or feed ("/rss/", "/feed", "?format=rss", "#rss"). */
    private static final Pattern FEED_HREF = Pattern.compile("(?i)(?:^|[/?#=._-])(?:rss|atom|feeds?)(?:$|[/?#=._-])");
    static final int MAX_CHARS = 110;
    static final int MAX_LINES = 6;

    private CreditAreas() {}

    /**
     * The byline area's lines and the copyright lines of one page, each list short, each line once, in page order.
     */
    public record Lines(List<String> byline, List<String> copyrights) {}

    /** The texts of the byline area: elements whose class or id names a byline, short, each once, in page order. */
    public static List<String> bylineLines(Document doc) {
        return find(doc).byline();
    }

    /** The page's copyright lines ("Copyright 2024 The Associated Press. All rights reserved."), each once. */
    public static List<String> copyrightLines(Document doc) {
        return find(doc).copyrights();
    }

    /** The byline area's lines and the copyright lines of {@code doc}: {@link #find(PageElements)} of its elements. */
    public static Lines find(Document doc) {
        return find(new PageElements(doc));
    }

    /**
     * The byline area's lines and the copyright lines, from the body's elements that the metadata reader's pass over
     * the page collected: elements with attributes, each with the attributes read once, and those whose own text may
     * open with a copyright. Each kind was a walk of its own once, then one walk of the body with every element's
     * attributes read again, and that walk was a tenth of the work after the parse.
     */
    public static Lines find(PageElements page) {
        Set<String> byline = new LinkedHashSet<>();
        for (PageElements.Named named : page.named) {
            if (byline.size() >= MAX_LINES) {
                break;
            }
            if (named.inBody() && isBylineArea(named)) {
                addBylineLine(named.element(), byline);
            }
        }
        Set<String> copyrights = new LinkedHashSet<>();
        for (Element e : page.mayOpenWithCopyright) {
            if (copyrights.size() >= MAX_LINES) {
                break;
            }
            addCopyrightLine(e, copyrights);
        }
        return new Lines(new ArrayList<>(byline), new ArrayList<>(copyrights));
    }

    /** Adds the text of a byline area when it is short. */
    private static void addBylineLine(Element e, Set<String> out) {
        // an area's whole text is read only when it can be short: nested areas each hold the text below them
        if (TextLength.exceeds(e, MAX_CHARS)) {
            return;
        }
        String text = withoutFeedLinks(e).strip();
        if (!text.isEmpty() && text.length() <= MAX_CHARS) {
            out.add(text);
        }
    }

    /**
     * The area's text without the text of its links to feeds: the "RSS" among an author's social links
     * ({@code <a href="/contributor/name/rss/">RSS</a>}) names a feed, not the Nepalese agency.
     */
    private static String withoutFeedLinks(Element area) {
        // select() holds the area itself when it is such a link
        if (area.select("a[href]").stream().noneMatch(CreditAreas::isFeedLink)) {
            return area.text();
        }
        if (isFeedLink(area)) {
            return "";
        }
        Element copy = area.clone();
        copy.select("a[href]").stream().filter(CreditAreas::isFeedLink).forEach(Element::remove);
        return copy.text();
    }

    private static boolean isFeedLink(Element e) {
        return e.normalName().equals("a") && FEED_HREF.matcher(e.attr("href")).find();
    }

    private static final String[] BYLINE_ATTRIBUTES = {"class", "id", "itemprop", "rel"};

    static boolean isBylineArea(Element e) {
        // the four attributes read in one walk of the list instead of a case-insensitive scan for each
        String[] values = AttributeValues.firstOf(e, BYLINE_ATTRIBUTES);
        return isBylineArea(values[0], values[1], values[2], values[3]);
    }

    /** {@link #isBylineArea(Element)} from the values {@link PageElements} read. */
    static boolean isBylineArea(PageElements.Named e) {
        return isBylineArea(e.cls(), e.id(), e.itemprop(), e.rel());
    }

    private static boolean isBylineArea(String cls, String id, String itemprop, String rel) {
        // Element.className trims the class
        return cls != null && namesBylineArea(cls.trim()) || id != null && namesBylineArea(id)
                || "author".equalsIgnoreCase(itemprop) || "author".equalsIgnoreCase(rel);
    }

    /**
     * Whether a class or id names a byline area. The expression runs only on names where one of its words starts
     * a part (at the start or after a space, '_' or '-'), which most names of a page are told without: building a
     * matcher for every element's class and id was about half of what finding the byline area cost.
     */
    static boolean namesBylineArea(String name) {
        return mayNameBylineArea(name) && BYLINE_NAME.matcher(name).find();
    }

    /**
     * A necessary condition for {@link #BYLINE_NAME}: some word of it, ignoring the case of ASCII letters only (as
     * the expression's {@code (?i)} does), starts at the start of the name or after a separator it allows.
     */
    static boolean mayNameBylineArea(String name) {
        // one read of each character: whether the next one starts a part is known from it
        boolean partStart = true;
        for (int i = 0; i + SHORTEST_BYLINE_WORD <= name.length(); i++) {
            char c = name.charAt(i);
            // the words start with a, b, d or s: other letters and characters open none (| 0x20 folds ASCII only)
            int lower = c | 0x20;
            if (partStart && (lower == 'a' || lower == 'b' || lower == 'd' || lower == 's')) {
                for (String word : BYLINE_WORDS) {
                    if (NameWords.startsWithIgnoringAsciiCase(name, i, word)) {
                        return true;
                    }
                }
            }
            partStart = isNameSeparator(c);
        }
        return false;
    }

    /** {@code [\s_-]} as the expression reads it: ASCII white space (no Unicode classes), '_' or '-'. */
    private static boolean isNameSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r' || c == '_' || c == '-';
    }

    /** Adds the text of an element whose own text may open with a copyright when it does and is short. */
    private static void addCopyrightLine(Element e, Set<String> out) {
        // The element's own text is read first and its whole text only when that opens with a copyright:
        // the whole text of every element would cost the page's text once per level of nesting.
        if (!COPYRIGHT.matcher(e.ownText().strip()).find()
                || TextLength.exceeds(e, MAX_CHARS)) {
            return;
        }
        String text = e.text().strip();
        if (text.length() <= MAX_CHARS) {
            out.add(text);
        }
    }

    /**
     * Whether the element's own text can open with a copyright: its first own character that no normalisation
     * removes is 'c', 'C', '©' or '('. Most elements are told without building their own text.
     */
    static boolean mayOpenWithCopyright(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode own) {
                int first = firstKeptChar(own.getWholeText());
                if (first >= 0) {
                    return opensCopyright(first);
                }
            }
        }
        return false;
    }

    /** The first character of an own text that no normalisation removes, or -1 when it has none. */
    static int firstKeptChar(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c > ' ' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && c != '\u00AD' && c != '\u200B' && c != '\u200C' && c != '\u200D') {
                return c;
            }
        }
        return -1;
    }

    /** Whether an own text whose first kept character is {@code c} may open with a copyright. */
    static boolean opensCopyright(int c) {
        return c == 'c' || c == 'C' || c == '\u00A9' || c == '(';
    }
}
