package io.newsline.ingest.extract.meta;

import io.newsline.ingest.extract.html.TextLength;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses a page's headline among the titles it declares (JSON-LD headline, Open Graph, parsely, sailthru, Twitter,
 * Dublin Core, {@code <title>}) and the headings it shows. Declared titles are often written for somewhere else: a
 * social headline in {@code og:title}, the site's or section's name beside the headline in {@code <title>}. The
 * visible headline is what readers see, so it wins wherever a declared title vouches for it. In order:
 * <ol>
 * <li>A visible {@code <h1>} (of three words or more, at most {@value #MAX_HEADING_CHARS} characters) that agrees
 * with a declared title: the declared title contains it (a site or section affix beside it), or at least half of the
 * shorter one's words are shared (a social rewording of the same story). Without such an {@code <h1>}, an
 * {@code <h2>} that a declared title contains.</li>
 * <li>Otherwise the first declared title; when another declared title is that one without an affix (the first is the
 * other plus a separator and more), the shorter one.</li>
 * <li>The site affix is cut ({@link Titles#clean}): the part beside a separator that names the site by the declared
 * site name, the host (of the page URL, else of the canonical URL), the registry's affixes, or the name the page
 * gives its home link or logo.</li>
 * <li>A title of one or two words (a section label such as "Recaps") gives way to the one unlinked heading of three
 * words or more that follows the heading showing that label (none when several follow: a section index), else to
 * the first such {@code <h1>}.</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class TitleChoice {

    // compiled once: String.split and String.matches compile their expression on every call
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern TOP_HEADING = Pattern.compile("h[1-3]");
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MIN_HEADLINE_KEY = 10;
    private static final int MAX_H2 = 40;
    private static final int LABEL_LOOKAHEAD = 60;
    /** A heading with more text than this is no headline (nor a section label). */
    static final int MAX_HEADING_CHARS = 1_000;

    private TitleChoice() {
    }

    /**
     * @param declared the declared titles in order of preference, {@code <title>} last; nulls are skipped
     * @param h1s the page's {@code <h1>} elements in document order
     * @param doc the page
     * @param siteName the declared site name, or null
     * @param host the host of the page or its canonical URL, or null
     * @param siteAffixes literal site affixes from the registry
     * @return the headline, or null when the page declares and shows none
     */
    static String choose(List<String> declared, List<Element> h1s, Document doc, String siteName, String host,
            List<String> siteAffixes) {
        List<String> titles = new ArrayList<>();
        for (String d : declared) {
            if (d != null && !d.isBlank()) {
                titles.add(Titles.normaliseSpace(d));
            }
        }
        String visible = agreeingHeading(h1s, titles, true);
        if (visible == null && !titles.isEmpty()) {
            visible = agreeingHeading(h2s(doc), titles, false);
        }
        if (visible != null) {
            return visible;
        }
        String chosen = titles.isEmpty() ? null : withoutAffix(titles);
        if (chosen != null) {
            List<String> names = new ArrayList<>();
            names.add(siteName);
            if (Titles.hasSeparator(chosen)) {
                names.addAll(SiteNames.shown(doc));
            }
            chosen = Titles.cleanWithNames(chosen, names, host, siteAffixes);
        }
        Element labelHeading = null;
        if (chosen == null) {
            if (h1s.isEmpty()) {
                return null;
            }
            labelHeading = h1s.get(0);
            chosen = text(labelHeading);
        }
        if (chosen != null && words(chosen) < MIN_HEADLINE_WORDS) {
            String real = headlineAfterLabel(chosen, labelHeading, h1s, doc);
            if (real != null) {
                return real;
            }
        }
        return chosen;
    }

    /** The longest heading that a declared title vouches for, or null. */
    private static String agreeingHeading(List<Element> headings, List<String> titles, boolean byOverlap) {
        String best = null;
        for (Element h : headings) {
            String t = headingText(h);
            if (t == null || words(t) < MIN_HEADLINE_WORDS) {
                continue;
            }
            String k = Titles.key(t);
            if (k.length() < MIN_HEADLINE_KEY || best != null && k.length() <= Titles.key(best).length()) {
                continue;
            }
            for (String d : titles) {
                if (Titles.key(d).contains(k) || byOverlap && overlap(t, d) >= 0.5) {
                    best = t;
                    break;
                }
            }
        }
        return best;
    }

    /** Shared words over the shorter text's words (distinct, lower case). */
    static double overlap(String a, String b) {
        Set<String> wa = wordSet(a);
        Set<String> wb = wordSet(b);
        if (wa.size() < MIN_HEADLINE_WORDS || wb.size() < MIN_HEADLINE_WORDS) {
            return 0;
        }
        int shared = 0;
        for (String w : wa) {
            if (wb.contains(w)) {
                shared++;
            }
        }
        // two shared words at least: "in" and "the" alone are no agreement
        return shared < 2 ? 0 : (double) shared / Math.min(wa.size(), wb.size());
    }

    /** The first title, or a later one that is the first without the affix beyond a separator. */
    private static String withoutAffix(List<String> titles) {
        String first = titles.get(0);
        String best = first;
        for (String other : titles) {
            if (other.length() < best.length() && Titles.key(other).length() >= MIN_HEADLINE_KEY
                    && Titles.isAffixedForm(first, other)) {
                best = other;
            }
        }
        return best;
    }

    /** The real headline near a one- or two-word label, or null when the page shows none. */
    private static String headlineAfterLabel(String label, Element labelHeading, List<Element> h1s, Document doc) {
        String labelKey = Titles.key(label);
        Element from = labelHeading;
        if (from == null) {
            for (Element h : h1s) {
                String t = headingText(h);
                if (t != null && Titles.key(t).equals(labelKey)) {
                    from = h;
                    break;
                }
            }
        }
        if (from != null) {
            // one unlinked headline after the label: a list of them (a section index of teasers) has no headline
            String found = null;
            int seen = 0;
            for (Element e = after(from); e != null && seen < LABEL_LOOKAHEAD; e = next(e), seen++) {
                if (TOP_HEADING.matcher(e.normalName()).matches()) {
                    String t = headingText(e);
                    if (t != null && words(t) >= MIN_HEADLINE_WORDS) {
                        if (linked(e) || found != null) {
                            return null;
                        }
                        found = t;
                    }
                }
            }
            if (found != null) {
                return found;
            }
        }
        for (Element h : h1s) {
            String t = headingText(h);
            if (t != null && words(t) >= MIN_HEADLINE_WORDS && !linked(h)) {
                return t;
            }
        }
        return null;
    }

    /** Whether a heading is a link or holds one: a teaser pointing elsewhere, not this page's headline. */
    private static boolean linked(Element heading) {
        if (!heading.getElementsByTag("a").isEmpty()) {
            return true;
        }
        for (Element p = heading.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    /** The element after {@code e} in document order: its first child, else what follows it. */
    private static Element next(Element e) {
        Element child = e.firstElementChild();
        return child != null ? child : after(e);
    }

    /** The element after {@code e} and its descendants in document order. */
    private static Element after(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            Element sibling = p.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    private static List<Element> h2s(Document doc) {
        List<Element> all = doc.getElementsByTag("h2");
        return all.size() > MAX_H2 ? all.subList(0, MAX_H2) : all;
    }

    /**
     * A heading's text, or null when it has none or more than a headline holds: read no further than that, since
     * headings nested in headings each hold the text below them.
     */
    private static String headingText(Element e) {
        return TextLength.exceeds(e, MAX_HEADING_CHARS) ? null : text(e);
    }

    private static String text(Element e) {
        String t = Titles.normaliseSpace(e.text());
        return t.isEmpty() ? null : t;
    }

    private static int words(String s) {
        return wordSet(s).isEmpty() ? 0 : WHITESPACE_RUN.split(s.trim()).length;
    }

    private static Set<String> wordSet(String s) {
        Set<String> words = new HashSet<>();
        for (String w : NON_WORD.split(s.toLowerCase(java.util.Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
