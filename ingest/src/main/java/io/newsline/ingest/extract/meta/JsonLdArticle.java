package io.newsline.ingest.extract.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org JSON-LD: finds the article node among all {@code application/ld+json} scripts (top-level
 * objects, arrays, {@code @graph}, nested {@code mainEntity}) and reads its fields leniently (strings, objects with
 * {@code name}/{@code url}, arrays of either). Broken JSON is skipped, never thrown. Thread-safe.
 */
final class JsonLdArticle {

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonParser.Feature.IGNORE_UNDEFINED)
            .build();

    static final org.jsoup.select.Evaluator LD_SCRIPT =
            org.jsoup.select.QueryParser.parse("script[type~=(?i)application/ld\\+json]");
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle", "report", "posting");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "collectionpage", "itempage", "searchresultspage",
            "profilepage", "aboutpage", "contactpage", "website");

    /** The article node, or null; {@link #pageNode} holds a WebPage-like node for fallbacks. */
    final JsonNode article;
    final JsonNode pageNode;
    private final java.util.Map<String, JsonNode> byId;

    private JsonLdArticle(JsonNode article, JsonNode pageNode, java.util.Map<String, JsonNode> byId) {
        this.article = article;
        this.pageNode = pageNode;
        this.byId = byId;
    }

    /**
     * Names in a person field: strings, objects with a name, and {@code {"@id": ...}} references to a node elsewhere
     * in the graph (Yoast-style {@code @graph}s link the author that way).
     */
    List<String> authorNames(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        for (JsonNode x : v.isArray() ? v : java.util.List.of(v)) {
            if (x.isObject() && !x.has("name") && x.has("@id")) {
                JsonNode target = byId.get(x.get("@id").asText());
                String name = target == null ? null : textOf(target.get("name"));
                if (name != null) {
                    out.add(name);
                }
            } else {
                String s = textOf(x);
                if (s != null && !s.startsWith("http")) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The page's JSON-LD article and page nodes, read from its {@code application/ld+json} scripts. */
    static JsonLdArticle find(PageElements elements) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : elements.scripts) {
            if (!mayBeLinkedData(script) || !LD_SCRIPT.matches(elements.doc, script)) {
                continue;
            }
            String json = script.data().trim();
            if (json.startsWith("<!--")) {
                json = json.substring(4);
            }
            if (json.endsWith("-->")) {
                json = json.substring(0, json.length() - 3);
            }
            json = json.replace("<![CDATA[", "").replace("]]>", "").trim();
            if (json.isEmpty()) {
                continue;
            }
            try {
                collect(LENIENT.readTree(json), nodes, 0);
            } catch (Exception e) {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        JsonNode article = null;
        JsonNode page = null;
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        for (JsonNode n : nodes) {
            if (n.hasNonNull("@id")) {
                byId.putIfAbsent(n.get("@id").asText(), n);
            }
            String kind = kind(n);
            if (article == null && kind != null && ARTICLE_TYPES.contains(kind)) {
                article = n;
            } else if (kind != null && PAGE_TYPES.contains(kind)
                    && (page == null || !page.hasNonNull("datePublished") && n.hasNonNull("datePublished"))) {
                page = n;
            }
        }
        if (article == null) {
            // Pages typed as something else (MedicalWebPage, Recipe...) still describe the story when they carry
            // a headline.
            for (JsonNode n : nodes) {
                if (n.hasNonNull("headline")) {
                    article = n;
                    break;
                }
            }
        }
        return new JsonLdArticle(article, page, byId);
    }

    /** The word of a type that {@link #LD_SCRIPT} matches: "application/ld+json" holds it. */
    private static final NameWords.Words LD_JSON = new NameWords.Words("ld+json");

    /**
     * A necessary condition for {@link #LD_SCRIPT} on a script, checked before its expression: the type holds
     * "ld+json" in any ASCII case (or a character beyond ASCII, left to the expression). A page's other scripts,
     * dozens on news pages, are told without a matcher.
     */
    static boolean mayBeLinkedData(Element script) {
        return NameWords.mayHold(script.attr("type"), LD_JSON);
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            if (node.has("@type")) {
                out.add(node);
            }
            collect(node.get("@graph"), out, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main, out, depth + 1);
            }
        }
    }

    /** The node's most specific known type, lower case; for {@code ["Article","NewsArticle"]} an article type. */
    static String kind(JsonNode n) {
        JsonNode type = n.get("@type");
        if (type == null) {
            return null;
        }
        if (type.isArray()) {
            String first = null;
            for (JsonNode t : type) {
                String k = t.asText().toLowerCase(Locale.ROOT);
                if (ARTICLE_TYPES.contains(k)) {
                    return k;
                }
                first = first == null ? k : first;
            }
            return first;
        }
        return type.asText().toLowerCase(Locale.ROOT);
    }

    /** A field as text: a string, the {@code name}/{@code @value}/{@code url} of an object, or the first of an array. */
    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        return textOf(node.get(field));
    }

    static String textOf(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                String s = textOf(x);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (v.isObject()) {
            for (String f : new String[] {"name", "@value", "url", "contentUrl", "@id"}) {
                String s = textOf(v.get(f));
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }

    /** All values of a field as texts: arrays flattened, objects by name, comma-separated strings split when asked. */
    static List<String> texts(JsonNode node, String field, boolean splitCommas) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                addText(out, textOf(x), splitCommas);
            }
        } else {
            addText(out, textOf(v), splitCommas);
        }
        return out;
    }

    private static void addText(List<String> out, String s, boolean splitCommas) {
        if (s == null) {
            return;
        }
        if (splitCommas) {
            for (String part : s.split("[,;]")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        } else {
            out.add(s);
        }
    }

    /** Image URL and caption of an {@code image} field: string, ImageObject, or array of either. */
    static String[] image(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get("image");
        if (v == null) {
            v = node.get("thumbnailUrl");
        }
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            v = v.size() == 0 ? null : v.get(0);
        }
        if (v == null) {
            return null;
        }
        if (v.isObject()) {
            String url = textOf(v.get("url"));
            if (url == null) {
                url = textOf(v.get("contentUrl"));
            }
            String caption = textOf(v.get("caption"));
            if (caption == null) {
                caption = textOf(v.get("description"));
            }
            return url == null ? null : new String[] {url, caption};
        }
        String url = textOf(v);
        return url == null ? null : new String[] {url, null};
    }
}
