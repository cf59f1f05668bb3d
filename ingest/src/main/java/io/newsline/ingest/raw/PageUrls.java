package io.newsline.ingest.raw;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks that a raw page's {@code url} is an address a page can have been fetched from: an absolute {@code http} or
 * {@code https} URL (or {@code file:}, which {@code newsline submit} gives pages read from files) of at most
 * {@link #MAX_LENGTH} characters, with a valid host and port, valid percent-escapes and no whitespace or control
 * characters. The article id is derived from it, so a string that is no URL must never become one. Stateless.
 */
public final class PageUrls {

    /** Longer URLs are refused (browsers and servers commonly stop at 8 KB). */
    public static final int MAX_LENGTH = 8_192;

    private PageUrls() {}

    /** @return null when {@code url} is acceptable, otherwise what is wrong with it, for the dead letter */
    public static String problem(String url) {
        if (url.length() > MAX_LENGTH) {
            return "\"url\" is " + url.length() + " characters long, above the limit of " + MAX_LENGTH;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT) {
                return String.format("\"url\" holds %s U+%04X at position %d", Character.isISOControl(c)
                        ? "the control character" : Character.getType(c) == Character.FORMAT
                        ? "the invisible format character" : "the space character", (int) c, i);
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "\"url\" is not a valid URL: " + e.getReason() + " at index " + e.getIndex();
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            return "\"url\" has no scheme (expected an absolute http or https URL)";
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            return uri.getPath() == null || uri.getPath().isEmpty() ? "\"url\" is a file: URL without a path" : null;
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "\"url\" has the scheme \"" + scheme + "\" (expected http or https)";
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            return "\"url\" has no host";
        }
        String host = uri.getHost();
        int port = uri.getPort();
        if (host == null) {
            // java.net.URI leaves hosts it cannot read as a server-based authority (non-ASCII names, bad literals)
            HostPort hp = hostPort(uri.getRawAuthority());
            if (hp.problem != null) {
                return hp.problem;
            }
            host = hp.host;
            port = hp.port;
        }
        if (host.isEmpty()) {
            return "\"url\" has an empty host";
        }
        if (port == 0 || port > 65535) {
            return "\"url\" has the port " + port + " (valid ports are 1 to 65535)";
        }
        return null;
    }

    private record HostPort(String host, int port, String problem) {}

    private static HostPort hostPort(String authority) {
        String rest = authority.substring(authority.lastIndexOf('@') + 1);
        if (rest.startsWith("[")) {
            return new HostPort(null, -1, "\"url\" has a malformed IPv6 address: " + clip(rest));
        }
        String host = rest;
        int port = -1;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0) {
            host = rest.substring(0, colon);
            String digits = rest.substring(colon + 1);
            if (!digits.isEmpty()) {
                if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
                    return new HostPort(null, -1, "\"url\" has a port that is no number: " + clip(digits));
                }
                port = Integer.parseInt(digits);
                if (port == 0 || port > 65535) {
                    return new HostPort(null, -1, "\"url\" has the port " + port + " (valid ports are 1 to 65535)");
                }
            }
        }
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            if (ascii.isEmpty() || !ascii.matches("[A-Za-z0-9._-]+")) {
                return new HostPort(null, -1, "\"url\" has an invalid host name: " + clip(host));
            }
            return new HostPort(ascii, port, null);
        } catch (IllegalArgumentException e) {
            return new HostPort(null, -1, "\"url\" has an invalid host name: " + clip(host));
        }
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
