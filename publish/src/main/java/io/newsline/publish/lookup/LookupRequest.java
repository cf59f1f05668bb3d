package io.newsline.publish.lookup;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What a story-lookup HTTP request asks for, read from its path and raw query: the page of recent stories
 * ({@code /}), the recent stories as JSON ({@code /stories}), one story by id ({@code /stories/{id}}), the story of
 * an article URL ({@code /stories?url=...}), or a request that cannot be answered (with the reason, for a 400 or
 * 404). Immutable; thread-safe.
 */
public sealed interface LookupRequest {

    /** {@code GET /}: the HTML page of recent stories. */
    record Page() implements LookupRequest {
    }

    /** {@code GET /stories}: the recent stories as a JSON array. */
    record Recent() implements LookupRequest {
    }

    /** {@code GET /stories/{id}}. */
    record ById(String storyId) implements LookupRequest {
    }

    /** {@code GET /stories?url=...}: the story the article fetched at this URL belongs to. */
    record ByUrl(String url) implements LookupRequest {
    }

    /** A request this API does not understand (400). */
    record Bad(String reason) implements LookupRequest {
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
        if (path.equals("/stories") || path.equals("/stories/")) {
            if (rawQuery == null || rawQuery.isEmpty()) {
                return new Recent();
            }
            String url = null;
            for (String param : rawQuery.split("&")) {
                String[] kv = param.split("=", 2);
                if (!kv[0].equals("url")) {
                    return new Bad("unknown parameter '" + decode(kv[0]) + "' (only url=... is understood)");
                }
                if (url != null) {
                    return new Bad("url given more than once");
                }
                url = kv.length == 2 ? decode(kv[1]).strip() : "";
            }
            if (url == null || url.isEmpty()) {
                return new Bad("url is empty");
            }
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                return new Bad("url must be an http or https URL: " + url);
            }
            return new ByUrl(url);
        }
        if (path.startsWith("/stories/")) {
            String id = path.substring("/stories/".length());
            if (!STORY_ID.matcher(id).matches()) {
                return new Bad("not a story id: " + id);
            }
            return new ById(id);
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
