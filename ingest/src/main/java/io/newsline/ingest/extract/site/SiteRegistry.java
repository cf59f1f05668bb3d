package io.newsline.ingest.extract.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.schemas.reference.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Per-host site facts, looked up by host with {@code www.} and subdomain fallback ({@code en.example.com} falls back
 * to {@code example.com}). Immutable after construction and thread-safe.
 *
 * <p>The bundled registry is {@code io/newsline/ingest/sites.json}; its format:
 * <pre>{"sites": [{"host": "urdupoint.com", "name": "UrduPoint", "country": "PK", "timeZone": "Asia/Karachi",
 *   "language": "en", "pathLanguages": {"/urdu/": "ur"}, "metricsTag": true,
 *   "rules": {"dropSelectors": [], "bodySelectors": [], "dropLinePatterns": [], "bylinePatterns": [],
 *             "titleSuffixes": []}}]}</pre>
 */
public final class SiteRegistry {

    /** Classpath location of the bundled registry. */
    public static final String BUNDLED_RESOURCE = "/io/newsline/ingest/sites.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, SiteProfile> byHost;

    public SiteRegistry(Collection<SiteProfile> sites) {
        Map<String, SiteProfile> map = new LinkedHashMap<>();
        for (SiteProfile site : sites) {
            map.put(normaliseHost(site.host()), site);
        }
        this.byHost = Map.copyOf(map);
    }

    /** A registry that knows no site. */
    public static SiteRegistry empty() {
        return new SiteRegistry(List.of());
    }

    /** The registry shipped with newsline. */
    public static SiteRegistry bundled() {
        try (InputStream in = DataFiles.open(SiteRegistry.class, BUNDLED_RESOURCE)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a registry file in the format shown in the class comment.
     *
     * @throws IllegalArgumentException on an unknown time zone, a bad pattern or a site without host
     */
    public static SiteRegistry read(InputStream json) throws IOException {
        JsonNode root = JSON.readTree(json);
        List<SiteProfile> sites = new ArrayList<>();
        for (JsonNode node : root.path("sites")) {
            sites.add(parseSite(node));
        }
        return new SiteRegistry(sites);
    }

    /** How many sites the registry knows. */
    public int size() {
        return byHost.size();
    }

    /** All known sites. */
    public Collection<SiteProfile> sites() {
        return byHost.values();
    }

    /** The profile for a page URL's host; {@link SiteProfile#unknown} when no entry matches. */
    public SiteProfile forUrl(String url) {
        return forHost(hostOf(url));
    }

    /** The profile for a host, trying the host, then each parent domain with at least two labels. */
    public SiteProfile forHost(String host) {
        if (host == null || host.isEmpty()) {
            return SiteProfile.unknown(host);
        }
        String candidate = normaliseHost(host);
        while (true) {
            SiteProfile site = byHost.get(candidate);
            if (site != null) {
                return site;
            }
            int dot = candidate.indexOf('.');
            if (dot < 0 || candidate.indexOf('.', dot + 1) < 0) {
                return SiteProfile.unknown(normaliseHost(host));
            }
            candidate = candidate.substring(dot + 1);
        }
    }

    /** The lower-case host of a URL, or null when the URL has none. */
    public static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String normaliseHost(String host) {
        String h = host.toLowerCase(Locale.ROOT).trim();
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    private static SiteProfile parseSite(JsonNode node) {
        String host = text(node, "host");
        if (host == null) {
            throw new IllegalArgumentException("site without host: " + node);
        }
        ZoneId zone = null;
        String zoneName = text(node, "timeZone");
        if (zoneName != null) {
            try {
                zone = ZoneId.of(zoneName);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("site " + host + ": unknown time zone " + zoneName, e);
            }
        }
        Map<String, String> pathLanguages = new HashMap<>();
        node.path("pathLanguages").fields().forEachRemaining(e -> pathLanguages.put(e.getKey(), e.getValue().asText()));
        JsonNode rules = node.path("rules");
        SiteRules siteRules = new SiteRules(
                strings(rules, "dropSelectors"),
                strings(rules, "bodySelectors"),
                patterns(host, rules, "dropLinePatterns"),
                patterns(host, rules, "bylinePatterns"),
                strings(rules, "titleSuffixes"));
        return new SiteProfile(host, text(node, "name"), text(node, "country"), zone, text(node, "language"),
                pathLanguages, node.path("metricsTag").asBoolean(false), siteRules);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : node.path(field)) {
            out.add(v.asText());
        }
        return out;
    }

    private static List<Pattern> patterns(String host, JsonNode node, String field) {
        List<Pattern> out = new ArrayList<>();
        for (String regex : strings(node, field)) {
            try {
                out.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("site " + host + ": bad pattern in " + field + ": " + regex, e);
            }
        }
        return out;
    }
}
