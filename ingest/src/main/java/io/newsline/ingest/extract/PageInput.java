package io.newsline.ingest.extract;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One fetched page as the crawler stored it: its address, the raw bytes and what HTTP said about them.
 * Immutable apart from the byte array, which callers must not change after handing it over.
 *
 * @param url the page's address as fetched (used for site lookup and to resolve relative links)
 * @param fetchedAt when the page was fetched; null when unknown
 * @param contentType the HTTP {@code Content-Type}; null to sniff (HTML or flattened page text)
 * @param body the raw bytes, possibly gzip-compressed
 * @param headers HTTP response headers (names compared case-insensitively); may be empty
 */
public record PageInput(String url, Instant fetchedAt, String contentType, byte[] body, Map<String, String> headers) {
    public PageInput {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A page with no HTTP metadata: content type sniffed, fetch time unknown. */
    public static PageInput of(String url, byte[] body) {
        return new PageInput(url, null, null, body, Map.of());
    }

    /** The value of an HTTP header, compared case-insensitively; null when absent. */
    public String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
