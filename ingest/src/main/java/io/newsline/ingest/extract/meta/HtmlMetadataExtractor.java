package io.newsline.ingest.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsline.ingest.extract.html.TextLength;
import io.newsline.ingest.extract.site.SiteProfile;
import io.newsline.ingest.extract.site.SiteRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads an HTML page's metadata. For each field the most specific declaration wins: JSON-LD article node, then
 * Open Graph / {@code article:*}, then parsely, sailthru and Dublin Core meta, then microdata and {@code <time>},
 * then visible bylines and dates. Stateless and thread-safe; never modifies the document.
 */
public final class HtmlMetadataExtractor {

    private static final int MAX_BYLINE_CHARS = 120;
    private static final int MAX_DATE_LINE_CHARS = 200;
    // simple selectors (one tag or attribute, no combinator), matched on PageElements' lists
    private static final Evaluator DATE_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
    private static final Evaluator DATE_MODIFIED = QueryParser.parse("[itemprop=dateModified]");
    private static final Evaluator TIME_PUBDATE = QueryParser.parse("time[pubdate]");
    private static final Evaluator TIME_DATETIME = QueryParser.parse("time[datetime]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator IMAGE_SRC = QueryParser.parse("link[rel=image_src]");
    private static final Evaluator CONTENT_LANGUAGE = QueryParser.parse("meta[http-equiv~=(?i)content-language]");

    /** Reads the metadata of {@code doc}; the document's base URI is the page URL. */
    public PageMetadata extract(Document doc, SiteProfile site) {
        return extract(new PageElements(doc), site);
    }

    /** Reads the metadata of the page whose elements {@code page} collected; its base URI is the page URL. */
    public PageMetadata extract(PageElements page, SiteProfile site) {
        Document doc = page.doc;
        JsonLdArticle ld = JsonLdArticle.find(page);
        MetaIndex m = new MetaIndex(page.metas);
        JsonNode a = ld.article;
        String host = SiteRegistry.hostOf(doc.location());

        String siteName = first(
                () -> meta(m, "og:site_name"),
                () -> a == null ? null : JsonLdArticle.text(a.get("publisher"), "name"),
                () -> meta(m, "application-name"),
                () -> site.name());

        String subtitle = first(
                () -> JsonLdArticle.text(a, "alternativeHeadline"),
                () -> JsonLdArticle.text(a, "description"),
                () -> meta(m, "og:description"),
                () -> meta(m, "description"),
                () -> meta(m, "twitter:description"),
                () -> meta(m, "dc.description"),
                () -> Standfirst.find(page));

        List<String> authors = AuthorNames.clean(unescapeAll(ld.authorNames(a, "author")));
        if (authors.isEmpty()) {
            authors = AuthorNames.clean(unescapeAll(ld.authorNames(a, "creator")));
        }
        if (authors.isEmpty()) {
            for (String name : new String[] {"author", "article:author", "parsely-author", "sailthru.author",
                    "dc.creator", "dcterms.creator", "byl", "cxenseparse:author"}) {
                List<String> raw = new ArrayList<>();
                for (String v : metas(m, name)) {
                    if (!v.startsWith("http")) {
                        raw.add(v);
                    }
                }
                authors = AuthorNames.clean(unescapeAll(raw));
                if (!authors.isEmpty()) {
                    break;
                }
            }
        }
        if (authors.isEmpty()) {
            List<String> raw = new ArrayList<>();
            for (Element e : page.select(BylineAndDateSelectors.BYLINE, BylineAndDateSelectors::mayBeByline, false)) {
                if (TextLength.exceeds(e, MAX_BYLINE_CHARS) || inComments(e)) {
                    continue;
                }
                String t = text(e);
                if (t != null && t.length() <= MAX_BYLINE_CHARS) {
                    raw.add(t);
                }
                if (raw.size() >= 4) {
                    break;
                }
            }
            authors = AuthorNames.clean(raw);
        }

        PrintedDate published = firstDate(
                () -> JsonLdArticle.text(a, "datePublished"),
                () -> JsonLdArticle.text(a, "dateCreated"),
                () -> JsonLdArticle.text(ld.pageNode, "datePublished"),
                () -> meta(m, "article:published_time"),
                () -> meta(m, "og:published_time"),
                () -> meta(m, "parsely-pub-date"),
                () -> meta(m, "sailthru.date"),
                () -> meta(m, "dc.date.issued"),
                () -> meta(m, "dcterms.issued"),
                () -> meta(m, "dcterms.created"),
                () -> meta(m, "dc.date"),
                () -> meta(m, "pubdate"),
                () -> meta(m, "publishdate"),
                () -> meta(m, "publish-date"),
                () -> meta(m, "date"),
                () -> attr(page.first(page.withItemprop, DATE_PUBLISHED), "content", "datetime"),
                () -> attr(page.first(page.times, TIME_PUBDATE), "datetime"),
                () -> attr(firstTimeInArticle(page), "datetime"),
                () -> visibleDate(page));
        PrintedDate modified = firstDate(
                () -> JsonLdArticle.text(a, "dateModified"),
                () -> JsonLdArticle.text(ld.pageNode, "dateModified"),
                () -> meta(m, "article:modified_time"),
                () -> meta(m, "og:updated_time"),
                () -> meta(m, "dcterms.modified"),
                () -> attr(page.first(page.withItemprop, DATE_MODIFIED), "content", "datetime"));

        String canonical = first(
                () -> absolute(page.first(page.links, CANONICAL), "href"),
                () -> absoluteUrl(doc, meta(m, "og:url")),
                () -> a == null ? null : absoluteUrl(doc, JsonLdArticle.text(a, "url")),
                () -> a == null ? null : absoluteUrl(doc, JsonLdArticle.text(a, "mainEntityOfPage")));

        String title = TitleChoice.choose(
                java.util.Arrays.asList(JsonLdArticle.text(a, "headline"), meta(m, "og:title"),
                        meta(m, "parsely-title"), meta(m, "sailthru.title"), meta(m, "twitter:title"),
                        meta(m, "dc.title"), doc.title()),
                page.h1s, doc, siteName, host != null ? host : SiteRegistry.hostOf(canonical),
                site.rules().titleSuffixes());

        String language = first(
                () -> attr(page.htmls.isEmpty() ? null : page.htmls.get(0), "lang", "xml:lang"),
                () -> JsonLdArticle.text(a, "inLanguage"),
                () -> meta(m, "og:locale"),
                () -> attr(page.first(page.metas, CONTENT_LANGUAGE), "content"),
                () -> meta(m, "language"),
                () -> meta(m, "dc.language"));

        String section = first(
                () -> JsonLdArticle.text(a, "articleSection"),
                () -> meta(m, "article:section"),
                () -> meta(m, "parsely-section"),
                () -> meta(m, "section"));

        Set<String> tags = new LinkedHashSet<>();
        tags.addAll(metas(m, "article:tag"));
        if (tags.isEmpty()) {
            tags.addAll(JsonLdArticle.texts(a, "keywords", true));
        }
        if (tags.isEmpty()) {
            for (String name : new String[] {"news_keywords", "keywords", "parsely-tags", "sailthru.tags"}) {
                for (String v : metas(m, name)) {
                    for (String t : v.split("[,;]")) {
                        if (!t.isBlank() && t.trim().length() <= 80) {
                            tags.add(t.trim());
                        }
                    }
                }
                if (!tags.isEmpty()) {
                    break;
                }
            }
        }

        List<String> tagList = new ArrayList<>();
        for (String t : tags) {
            String clean = Titles.normaliseSpace(unescape(t));
            if (!clean.isEmpty() && !tagList.contains(clean)) {
                tagList.add(clean);
            }
        }

        String[] ldImage = JsonLdArticle.image(a);
        String imageUrl = first(
                () -> absoluteUrl(doc, meta(m, "og:image:secure_url")),
                () -> absoluteUrl(doc, meta(m, "og:image")),
                () -> ldImage == null ? null : absoluteUrl(doc, ldImage[0]),
                () -> absoluteUrl(doc, meta(m, "twitter:image")),
                () -> absoluteUrl(doc, meta(m, "twitter:image:src")),
                () -> absolute(page.first(page.links, IMAGE_SRC), "href"));
        String imageCaption = first(
                () -> ldImage == null ? null : ldImage[1],
                () -> meta(m, "og:image:alt"),
                () -> meta(m, "twitter:image:alt"),
                () -> leadFigureCaption(page));

        String pageKind = first(
                () -> a == null ? null : JsonLdArticle.kind(a),
                () -> ld.pageNode == null ? null : JsonLdArticle.kind(ld.pageNode),
                () -> lower(meta(m, "og:type")));

        return new PageMetadata(canonical, siteName, title, subtitle, authors, published, modified,
                language == null ? null : language.trim(), section, tagList, imageUrl, imageCaption, pageKind);
    }

    @SafeVarargs
    private static String first(Supplier<String>... candidates) {
        for (Supplier<String> c : candidates) {
            String v = c.get();
            if (v != null && !v.isBlank()) {
                return Titles.normaliseSpace(unescape(v));
            }
        }
        return null;
    }

    /** Meta content and JSON-LD are often HTML-escaped twice ("&amp;#8217;"): decode what is left. */
    static String unescape(String v) {
        return v.indexOf('&') >= 0 ? Parser.unescapeEntities(v, false) : v;
    }

    @SafeVarargs
    private static PrintedDate firstDate(Supplier<String>... candidates) {
        for (Supplier<String> c : candidates) {
            Optional<PrintedDate> d = DateTexts.parseMachine(c.get());
            if (d.isPresent()) {
                return d.get();
            }
        }
        return null;
    }

    /** A meta tag's content by {@code property}, {@code name} or {@code itemprop}, case-insensitively. */
    private static String meta(MetaIndex index, String key) {
        List<String> all = metas(index, key);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> metas(MetaIndex index, String key) {
        return index.byKey.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }

    /** The page's {@code <meta>} contents by lower-case key, read in one pass over the document. */
    private static final class MetaIndex {
        final java.util.Map<String, List<String>> byKey = new java.util.HashMap<>();

        MetaIndex(List<Element> metaElements) {
            for (Element m : metaElements) {
                String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
                String v = m.attr("content").trim();
                if (!k.isEmpty() && !v.isEmpty()) {
                    byKey.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>(1)).add(v);
                }
            }
        }
    }

    private static String attr(Element e, String... names) {
        if (e == null) {
            return null;
        }
        for (String n : names) {
            if (e.hasAttr(n) && !e.attr(n).isBlank()) {
                return e.attr(n);
            }
        }
        return null;
    }

    private static String absolute(Element e, String attr) {
        if (e == null || e.attr(attr).isBlank()) {
            return null;
        }
        String abs = e.absUrl(attr);
        return abs.isEmpty() ? e.attr(attr) : abs;
    }

    private static String absoluteUrl(Document doc, String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        if (url.startsWith("http://") || url.startsWith("https://")) {
            return url.trim();
        }
        if (url.startsWith("//")) {
            return "https:" + url.trim();
        }
        try {
            return java.net.URI.create(doc.location()).resolve(url.trim().replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = Titles.normaliseSpace(e.text());
        return t.isEmpty() ? null : t;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static final java.util.regex.Pattern COMMENT_MARK = java.util.regex.Pattern.compile(
            "(^|[\\s_-])(comments?|comment-list|commentlist|replies|respond|discussion|disqus)([\\s_-]|$)");

    /** Comment authors are not the story's authors. */
    private static boolean inComments(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String marks = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
            if (COMMENT_MARK.matcher(marks).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> unescapeAll(List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            out.add(unescape(v));
        }
        return out;
    }

    private static Element firstTimeInArticle(PageElements page) {
        Element scope = page.articles.isEmpty() ? null : page.articles.get(0);
        if (scope == null) {
            scope = page.mains.isEmpty() ? null : page.mains.get(0);
        }
        if (scope == null) {
            scope = page.doc.body();
        }
        Element time = scope == null ? null : page.first(page.times, TIME_DATETIME, scope);
        return time != null ? time : page.first(page.times, TIME_DATETIME);
    }

    /** A printed date in an element whose class or id says it holds one ("Published March 05, 2025 | 12:50 AM"). */
    private static String visibleDate(PageElements page) {
        Elements candidates = page.select(BylineAndDateSelectors.DATE_HOLDER, BylineAndDateSelectors::mayHoldDate, false);
        int checked = 0;
        for (Element e : candidates) {
            // read no further than a date line can run: nested holders each hold the text below them
            if (TextLength.exceeds(e, MAX_DATE_LINE_CHARS)) {
                continue;
            }
            String t = e.text();
            if (t.length() > MAX_DATE_LINE_CHARS) {
                continue;
            }
            if (DateTexts.findPrinted(t).isPresent()) {
                return t;
            }
            if (++checked > 40) {
                break;
            }
        }
        return null;
    }

    /** The first {@code figure figcaption} in the first {@code <article>}, or in the page when it has none. */
    private static String leadFigureCaption(PageElements page) {
        Element scope = page.articles.isEmpty() ? page.doc : page.articles.get(0);
        for (Element caption : page.figcaptions) {
            if (PageElements.within(caption, scope) && hasFigureAncestor(caption, scope)) {
                return text(caption);
            }
        }
        return null;
    }

    /** As the selector's descendant combinator: a {@code figure} among the ancestors up to {@code scope} itself. */
    private static boolean hasFigureAncestor(Element e, Element scope) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("figure")) {
                return true;
            }
            if (p == scope) {
                return false;
            }
        }
        return false;
    }
}
