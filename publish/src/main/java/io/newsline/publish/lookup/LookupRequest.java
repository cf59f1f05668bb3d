package io.newsline.publish.lookup;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What a story-lookup HTTP request asks for, read from its path and raw query: the page of recent stories
 * ({@code /}), the recent stories as JSON ({@code /stories}), one story by id as JSON ({@code /stories/{id}}) or as
 * its HTML page ({@code /story/{id}}), the story of an article URL as JSON ({@code /stories?url=...}) or HTML
 * ({@code /story?url=...}), or a request that cannot be answered (with the reason, for a 400 or 404). Immutable;
 * thread-safe.
 */
public sealed interface LookupRequest {

    /** Whether the answer is an HTML page (a person's browser) rather than JSON. */
    default boolean html() {
        return false;
    }

    /** {@code GET /}: the HTML page of recent stories. */
    record Page() implements LookupRequest {
        @Override
        public boolean html() {
            return true;
        }
    }

    /** {@code GET /stories}: the recent stories as a JSON array. */
    record Recent() implements LookupRequest {
    }

    /** {@code GET /stories/{id}} (JSON) or {@code GET /story/{id}} (HTML). */
    record ById(String storyId, boolean html) implements LookupRequest {
        public ById(String storyId) {
            this(storyId, false);
        }
    }

    /** {@code GET /stories?url=...} (JSON) or {@code GET /story?url=...} (HTML): the story of the article at url. */
    record ByUrl(String url, boolean html) implements LookupRequest {
        public ByUrl(String url) {
            this(url, false);
        }
    }

    /** A request this API does not understand (400). */
    record Bad(String reason, boolean html) implements LookupRequest {
        public Bad(String reason) {
            this(reason, false);
        }
    }

    /** A path this API does not serve (404). */
    record NoSuchPath(String path) implements LookupRequest {
    }

    /** Story ids are 's-' and a hex article id; anything of this shape is looked up, anything else is refused. */
    Pattern STORY_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    /** Reads a request; {@code rawQuery} is the undecoded query string or null. */
    static LookupRequest parse(String path, String rawQuery) {
        if (path.equals("/")) {
            return new Page();
        }
        boolean html = path.equals("/story") || path.startsWith("/story/");
        String base = html ? "/story" : "/stories";
        if (path.equals(base) || path.equals(base + "/")) {
            if (rawQuery == null || rawQuery.isEmpty()) {
                return html ? new Bad("give the URL of an article to find its story", true) : new Recent();
            }
            String url = null;
            for (String param : rawQuery.split("&")) {
                String[] kv = param.split("=", 2);
                if (!kv[0].equals("url")) {
                    return new Bad("unknown parameter '" + decode(kv[0]) + "' (only url=... is understood)", html);
                }
                if (url != null) {
                    return new Bad("url given more than once", html);
                }
                url = kv.length == 2 ? decode(kv[1]).strip() : "";
            }
            if (url == null || url.isEmpty()) {
                return new Bad("url is empty", html);
            }
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                return new Bad("url must be an http or https URL: " + url, html);
            }
            return new ByUrl(url, html);
        }
        if (path.startsWith(base + "/")) {
            String id = path.substring(base.length() + 1);
            if (!STORY_ID.matcher(id).matches()) {
                return new Bad("not a story id: " + id, html);
            }
            return new ById(id, html);
        }
        return new NoSuchPath(path);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
