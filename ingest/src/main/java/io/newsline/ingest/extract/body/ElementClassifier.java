package io.newsline.ingest.extract.body;

import io.newsline.ingest.extract.html.AttributeValues;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Classifies elements by tag, class, id and a few attributes into {@link ElementRole}s, and knows which tags break
 * text into blocks. Class and id names are split into words (on punctuation and camelCase) and matched as words
 * or word prefixes, so {@code related-articles}, {@code relatedArticles} and {@code social_share} are recognised
 * but {@code .gradient} is not mistaken for an ad.
 *
 * <p>Not thread-safe: one instance serves the passes over one page and remembers the role of each element it was
 * asked about (the page must not change meanwhile). Verdicts per class/id string are cached for all pages, in a
 * thread-safe map ({@link #classifyNames} is a function of the string alone): sites repeat their names from page to
 * page. The cache holds at most {@value #MAX_CACHED_NAMES}
 * strings of at most {@value #MAX_CACHED_NAME_LENGTH} characters and starts afresh when full, so pages of made-up
 * or oversized names cannot grow it beyond a few megabytes.
 */
final class ElementClassifier {

    private static final Set<String> SKIP_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
            "video", "audio", "picture", "img", "map", "button", "select", "option", "input", "textarea", "label",
            "nav", "head", "title", "meta", "link", "dialog", "menu", "figcaption");

    private static final Set<String> BOILERPLATE_TAGS = Set.of("aside", "footer", "figure");

    private static final Set<String> SUSPECT_TAGS = Set.of("header", "form");

    private static final Set<String> INLINE_TAGS = Set.of(
            "a", "span", "strong", "b", "em", "i", "u", "s", "time", "abbr", "small", "big", "sup", "sub", "font",
            "mark", "cite", "q", "code", "kbd", "var", "dfn", "ins", "del", "bdi", "bdo", "wbr", "tt", "strike",
            "acronym", "data", "nobr");

    /** Class/id words that mark boilerplate on their own. */
    private static final Set<String> NEGATIVE_WORDS = Set.of(
            "comment", "comments", "disqus", "share", "shares", "sharing", "social", "socials", "related",
            "recommended", "recommendation", "recommendations", "newsletter", "newsletters", "subscribe",
            "subscription", "signup", "promo", "promos", "promotion", "promoted", "advert", "advertisement",
            "advertising", "adslot", "adunit", "dfp", "cookie", "cookies", "consent",
            "gdpr", "footer", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
            "popup", "modal", "toolbar", "byline", "bylines", "author", "authors", "dateline",
            "timestamp", "date", "caption", "captions", "credit", "credits", "tags", "topics", "popular",
            "trending", "outbrain", "taboola", "sponsored", "sponsor", "masthead", "pagination",
            "pager", "skip", "overlay", "sr", "offscreen", "enlarge", "follow", "login", "register", "donate",
            "donation", "copyright", "disclaimer", "toc", "jumplink", "recent", "latest", "mostread", "mostpopular",
            "readmore", "morestories", "morenews");

    /** Class/id words that usually mark boilerplate but also turn up on wrappers of the whole page or story. */
    private static final Set<String> SUSPECT_WORDS = Set.of(
            "ad", "ads", "adv", "banner", "sidebar", "widget", "widgets", "header", "hidden", "print", "rail",
            "teaser", "teasers", "meta", "jump", "paywall", "premium");

    /** Class/id words of embedded posts that a story quotes (tweets), which readers see as part of the story. */
    private static final Set<String> EMBEDDED_STORY_WORDS = Set.of("tweet", "tweets");

    /** Microdata properties whose elements hold machine-readable values, not prose. */
    private static final Set<String> DATA_ITEMPROPS = Set.of(
            "datepublished", "datemodified", "datecreated", "author", "keywords", "publisher", "image", "logo",
            "url", "width", "height", "thumbnailurl", "inlanguage", "wordcount", "creator",
            "copyrightholder", "copyrightyear", "sourceorganization", "isaccessibleforfree");

    /** Word prefixes that mark boilerplate inside run-together names ({@code sharebar}, {@code relatedposts}). */
    private static final String[] NEGATIVE_PREFIXES = {
        "share", "social", "related", "newsletter", "advert", "sponsor", "taboola", "outbrain", "breadcrumb",
        "cookie", "subscri", "promo", "sidebar", "footer", "navbar", "caption", "disqus", "recommend", "comment",
        "recent", "mostread", "mostpopular", "readmore", "morestories", "morenews"
    };

    /** Words that look negative by prefix but are not ({@code commentary} is an opinion article). */
    private static final Set<String> NOT_NEGATIVE = Set.of("commentary", "promotional");

    /** Run-together class/id fragments naming an article body container. */
    private static final String[] BODY_FRAGMENTS = {
        "articlebody", "storybody", "entrycontent", "postcontent", "postbody", "articlecontent", "articletext",
        "storycontent", "storytext", "bodytext", "contentbody", "textbody", "articlecopy", "storycopy",
        "articlemain", "bodycopy", "newsbody", "newstext", "maintext", "itembody", "entrybody", "blogpost"
    };

    /** The shortest word of a heading that, found in its id, makes the id an anchor made from the heading's words. */
    private static final int MIN_ANCHOR_WORD = 4;
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    static final int MAX_CACHED_NAMES = 20_000;
    static final int MAX_CACHED_NAME_LENGTH = 200;
    private static final Map<String, ElementRole> VERDICT_BY_NAME = new ConcurrentHashMap<>();

    /** How many class and id strings the shared cache holds now (for tests). */
    static int cachedNames() {
        return VERDICT_BY_NAME.size();
    }

    static boolean isInline(String tag) {
        return INLINE_TAGS.contains(tag);
    }

    /**
     * Whether an element is a link. An anchor without {@code href} ({@code <a name="top">}) is a bookmark, not a
     * link; left unclosed on old pages, the parser repeats it around every block of the page, and counting its text
     * as link text would make the whole page look like a link list.
     */
    static boolean isLink(Element element) {
        return element.normalName().equals("a") && element.hasAttr("href");
    }

    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /**
     * The role of each element with attributes this classifier was asked about: the passes over one page (the body's
     * locator, once to three times, its block collector, the teaser-stream check) ask about the same elements, and
     * reading an element's attributes costs more than finding it here. Elements without attributes are told by
     * their tag alone, which costs less than looking them up.
     */
    private final Map<Element, ElementRole> roleByElement = new IdentityHashMap<>(EXPECTED_ELEMENTS_WITH_ATTRIBUTES);

    /**
     * About as many elements with attributes as a news page has (626 on average over the 181 Scrapinghub pages): the
     * map of their roles is made that large at once instead of growing through five rehashes of every entry.
     */
    private static final int EXPECTED_ELEMENTS_WITH_ATTRIBUTES = 512;

    /**
     * The element's role. The element's tag and attributes must not change between calls on one classifier: one
     * classifier serves the passes over one page that read it and do not modify it.
     */
    ElementRole roleOf(Element element) {
        String tag = element.normalName();
        if (SKIP_TAGS.contains(tag)) {
            return ElementRole.SKIP;
        }
        if (element.attributesSize() == 0) {
            // most elements: no itemprop, hiding, role or names to look up, attribute by attribute
            return roleOfTag(tag, ElementRole.NEUTRAL);
        }
        ElementRole known = roleByElement.get(element);
        if (known == null) {
            known = roleByAttributes(element, tag);
            roleByElement.put(element, known);
        }
        return known;
    }

    /** The attributes an element's role depends on. */
    private static final String[] READ_ATTRIBUTES = {"itemprop", "hidden", "aria-hidden", "style", "role", "class", "id"};

    private static ElementRole roleByAttributes(Element element, String tag) {
        // the attributes read below, found in one walk of the list
        String[] values = AttributeValues.firstOf(element, READ_ATTRIBUTES);
        String itemprop = values[0];
        boolean hidden = values[1] != null;
        String ariaHidden = values[2];
        String style = values[3];
        String role = values[4];
        String cls = values[5];
        String id = values[6];
        if (itemprop != null && !itemprop.isEmpty()) {
            if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("reviewBody")) {
                return ElementRole.BODY;
            }
            if (DATA_ITEMPROPS.contains(itemprop.toLowerCase(Locale.ROOT)) && !ElementClassifier.isInline(tag)) {
                return ElementRole.SKIP;
            }
        }
        if (hidden || "true".equals(ariaHidden) || style != null && isHiddenStyle(style)) {
            return ElementRole.SUSPECT;
        }
        if (role != null && (role.equals("navigation") || role.equals("banner") || role.equals("complementary")
                || role.equals("contentinfo") || role.equals("dialog") || role.equals("alert"))) {
            return ElementRole.BOILERPLATE;
        }
        if (tag.equals("html") || tag.equals("body")) {
            return ElementRole.NEUTRAL; // their class lists describe the page template, not a region
        }
        ElementRole byName = ElementRole.NEUTRAL;
        if (id != null && isHeading(tag) && isAnchorOfOwnText(id, element)) {
            id = null;
        }
        String names = names(cls == null ? "" : cls, id == null ? "" : id);
        if (!names.isEmpty() && !isInline(tag)) {
            byName = VERDICT_BY_NAME.get(names);
            if (byName == null) {
                byName = classifyNames(names);
                if (names.length() <= MAX_CACHED_NAME_LENGTH) {
                    if (VERDICT_BY_NAME.size() >= MAX_CACHED_NAMES) {
                        VERDICT_BY_NAME.clear();
                    }
                    VERDICT_BY_NAME.put(names, byName);
                }
            }
        }
        return roleOfTag(tag, byName);
    }

    /**
     * Whether a heading's id is an anchor made from the heading's own words ({@code nav_nur_die_folie__1} on "Nur die
     * Folie bleibt zurück", {@code h-the-results}): tables of contents link to such ids, and their prefixes
     * ({@code nav}, {@code toc}) name the link's target, not the heading's role.
     */
    static boolean isAnchorOfOwnText(String id, Element heading) {
        String lowerId = id.toLowerCase(Locale.ROOT);
        for (String word : NOT_LETTER_OR_DIGIT.split(heading.text().toLowerCase(Locale.ROOT))) {
            if (word.length() >= MIN_ANCHOR_WORD && lowerId.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The role the tag gives an element its names leave neutral. */
    private static ElementRole roleOfTag(String tag, ElementRole byName) {
        if (byName == ElementRole.NEUTRAL && BOILERPLATE_TAGS.contains(tag)) {
            return ElementRole.BOILERPLATE;
        }
        if (byName == ElementRole.NEUTRAL && SUSPECT_TAGS.contains(tag)) {
            return ElementRole.SUSPECT;
        }
        return byName;
    }

    private static String names(Element element) {
        return names(element.attr("class"), element.id());
    }

    private static String names(String cls, String id) {
        if (id.isEmpty()) {
            return cls;
        }
        return cls.isEmpty() ? id : cls + ' ' + id;
    }

    /** Whether the page hides the element from readers ({@code hidden}, {@code display: none}). */
    static boolean isHidden(Element element) {
        return element.attributesSize() > 0 && (element.hasAttr("hidden") || isHiddenByStyle(element));
    }

    private static boolean isHiddenByStyle(Element element) {
        return isHiddenStyle(element.attr("style"));
    }

    private static boolean isHiddenStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /**
     * Class/id word prefixes of content that is not the story on any reading of a page: comments, other stories,
     * sharing, newsletters and promotions (not the story's own parts: captions, bylines, dates, tags).
     */
    private static final String[] OTHER_CONTENT_PREFIXES = {
        "comment", "disqus", "share", "sharing", "social", "related", "recommend", "newsletter", "subscri", "promo",
        "advert", "sponsor", "outbrain", "taboola", "popular", "trending", "mostread", "mostpopular", "readmore",
        "morestories", "morenews"
    };

    /** Whether the element's class or id names content other than the story ({@code comment-wrapper}). */
    static boolean isNamedOtherContent(Element element) {
        for (String word : words(names(element))) {
            if (NOT_NEGATIVE.contains(word)) {
                continue;
            }
            for (String prefix : OTHER_CONTENT_PREFIXES) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the element is, or lies inside, a section of readers' comments named as such by a whole word of a class
     * or id ({@code id="comments"}, {@code comment-list}, {@code disqus_thread}), not by a prefix of one: a wrapper
     * named {@code commented} or {@code commentary} is no comment section.
     */
    static boolean inNamedCommentSection(Element element) {
        for (Element e = element; e != null && !e.normalName().equals("body"); e = e.parent()) {
            // the page's body is left out: its classes describe the template ("comments-open"), not a region
            if (e.attributesSize() == 0) {
                continue;
            }
            String id = e.id();
            // an id holding an address ("http://…/read-comments-on-mobile/") names a page, not a region
            for (String word : words(id.indexOf('/') >= 0 ? e.className() : names(e))) {
                if (COMMENT_SECTION_WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> COMMENT_SECTION_WORDS = Set.of("comment", "comments", "commentlist", "disqus");

    /** The lower-cased words of class and id names, split on punctuation and camelCase. */
    private static List<String> words(String names) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean letter = Character.isLetterOrDigit(c);
            boolean camelBreak = letter && start >= 0 && Character.isUpperCase(c)
                    && Character.isLowerCase(names.charAt(i - 1));
            if (start >= 0 && (!letter || camelBreak)) {
                words.add(names.substring(start, i).toLowerCase(Locale.ROOT));
                start = letter ? i : -1;
            } else if (start < 0 && letter) {
                start = i;
            }
        }
        return words;
    }

    private static final Set<String> LEAD_WORDS = Set.of(
            "summary", "lead", "standfirst", "intro", "dek", "deck", "subtitle", "subheadline", "excerpt",
            "description", "abstract", "lede", "chapo", "strapline", "teaser");

    /** Whether the element is named like the story's lead paragraph or standfirst ({@code article__summary}). */
    static boolean isNamedLead(Element element) {
        for (String word : words(names(element))) {
            if (LEAD_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static ElementRole classifyNames(String names) {
        boolean suspect = false;
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean letter = Character.isLetterOrDigit(c);
            boolean camelBreak = letter && start >= 0 && Character.isUpperCase(c)
                    && Character.isLowerCase(names.charAt(i - 1));
            if (start >= 0 && (!letter || camelBreak)) {
                String word = names.substring(start, i).toLowerCase(Locale.ROOT);
                if (EMBEDDED_STORY_WORDS.contains(word)) {
                    // an embedded post quoted by the story is part of it, whatever widget wraps it
                    return ElementRole.NEUTRAL;
                }
                if (isNegativeWord(word)) {
                    return ElementRole.BOILERPLATE;
                }
                suspect |= SUSPECT_WORDS.contains(word);
                start = letter ? i : -1;
            } else if (start < 0 && letter) {
                start = i;
            }
        }
        // run-together lower-case form for body fragments: "article__body" and "ArticleBody" both give "articlebody"
        StringBuilder squashed = new StringBuilder(names.length());
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                squashed.append(Character.toLowerCase(c));
            }
        }
        // negative words win: BEM children such as "article-body__share" are boilerplate inside the body
        String s = squashed.toString();
        for (String fragment : BODY_FRAGMENTS) {
            if (s.contains(fragment)) {
                return ElementRole.BODY;
            }
        }
        return suspect ? ElementRole.SUSPECT : ElementRole.NEUTRAL;
    }

    private static boolean isNegativeWord(String word) {
        if (NEGATIVE_WORDS.contains(word)) {
            return true;
        }
        if (word.length() < 5 || NOT_NEGATIVE.contains(word)) {
            return false;
        }
        for (String prefix : NEGATIVE_PREFIXES) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
