package io.newsline.schemas.ids;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Article ids: a stable hash of the normalised fetched URL, so the same page fetched twice (a re-crawl, a replay)
 * has the same id whatever tracking parameters the link carried.
 *
 * <p>Normalisation: trim; scheme and host lower-cased; the default port (80 for http, 443 for https) dropped; the
 * fragment dropped; an empty path becomes {@code /}; tracking parameters dropped ({@code utm_*}, {@code fbclid},
 * {@code gclid}, {@code gclsrc}, {@code dclid}, {@code msclkid}, {@code yclid}, {@code mc_cid}, {@code mc_eid},
 * {@code igshid}, {@code _ga}, {@code _gl}, {@code ocid}, {@code cmpid}, {@code ncid}, {@code sr_share},
 * {@code ref_src}, {@code ref_url}); the remaining parameters sorted. The path and parameter values keep their case.
 * The id is the lower-case hex of the first 16 bytes of SHA-256 over the normalised URL's UTF-8 bytes.
 * Thread-safe.
 */
public final class ArticleIds {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid",
            "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "ocid", "cmpid", "ncid", "sr_share", "ref_src", "ref_url");

    private ArticleIds() {}

    /** The article id of a URL as fetched. */
    public static String of(String url) {
        return hash(normalise(url));
    }

    /** The normalised form of a URL (see the class comment); a string that is not a URL is only trimmed. */
    public static String normalise(String url) {
        String trimmed = url.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return trimmed;
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null) {
            return trimmed;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? uri.getRawAuthority().toLowerCase(Locale.ROOT)
                : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder sb = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            sb.append(uri.getRawUserInfo()).append('@');
        }
        sb.append(host);
        if (!defaultPort) {
            sb.append(':').append(port);
        }
        sb.append(path);
        String query = normaliseQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            sb.append('?').append(query);
        }
        return sb.toString();
    }

    private static String normaliseQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String param : rawQuery.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            kept.add(param);
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    private static String hash(String normalised) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The host of a URL, lower-case, or null when it has none. */
    public static String host(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
