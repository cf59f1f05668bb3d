package io.newsline.ingest.extract.meta;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Title clean-up: removes the site name that pages append or prepend to their {@code <title>} ("Headline | Site",
 * "Site - Headline"). Stateless and thread-safe.
 */
public final class Titles {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]\\s+|\\s*\\|\\s*|\\s+::\\s+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Titles() {
    }

    /**
     * @param title the raw title
     * @param siteName the site's name, when known (from the page or the registry)
     * @param host the page's host, used when the site name is unknown ({@code www.dawn.com} matches "Dawn")
     * @param siteAffixes literal site affixes from the registry, cut first
     * @return the headline alone; the input (trimmed) when no part can be recognised as the site name
     */
    public static String clean(String title, String siteName, String host, List<String> siteAffixes) {
        if (title == null) {
            return null;
        }
        String t = normaliseSpace(title);
        for (String affix : siteAffixes) {
            if (t.endsWith(affix) && t.length() > affix.length() + 3) {
                t = t.substring(0, t.length() - affix.length()).trim();
            } else if (t.startsWith(affix) && t.length() > affix.length() + 3) {
                t = t.substring(affix.length()).trim();
            }
        }
        var m = SEPARATOR.matcher(t);
        // Try the last separator (suffix) and the first (prefix): the side that names the site goes.
        int lastStart = -1;
        int lastEnd = -1;
        int firstStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart > 0) {
            String suffix = t.substring(lastEnd);
            if (namesSite(suffix, siteName, host)) {
                return clean(t.substring(0, lastStart), siteName, host, List.of());
            }
            String prefix = t.substring(0, firstStart);
            if (namesSite(prefix, siteName, host)) {
                return t.substring(firstEnd).trim();
            }
        }
        return t;
    }

    /** Whether a title part is the site's name: equal to it, or the host's name without its suffix. */
    static boolean namesSite(String part, String siteName, String host) {
        String p = key(part);
        if (p.isEmpty()) {
            return false;
        }
        if (siteName != null) {
            String s = key(siteName);
            if (!s.isEmpty() && (p.equals(s) || p.startsWith(s) && part.split("\\s+").length <= 5
                    || s.startsWith(p) && p.length() >= 3)) {
                return true;
            }
        }
        if (host != null) {
            String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
            int dot = h.indexOf('.');
            String label = dot > 0 ? h.substring(0, dot) : h;
            String compactHost = key(h);
            return p.equals(key(label)) || p.equals(compactHost)
                    || (p.length() >= 4 && key(label).length() >= 4 && (p.contains(key(label)) && part.split("\\s+").length <= 4));
        }
        return false;
    }

    /** Lower case, letters and digits only: for comparing titles and names. */
    public static String key(String s) {
        return s == null ? "" : NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public static String normaliseSpace(String s) {
        return s == null ? null : WHITESPACE.matcher(s.replace('\u00A0', ' ').replace("\u00AD", "")).replaceAll(" ").trim();
    }
}
