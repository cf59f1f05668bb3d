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
        return cleanWithNames(title, java.util.Collections.singletonList(siteName), host, siteAffixes);
    }

    /**
     * As {@link #clean(String, String, String, List)}, with several names for the site: the first is the declared
     * site name; the others are names the page shows (home link, logo), matched more strictly
     * ({@link #namesShownSite}).
     */
    static String cleanWithNames(String title, List<String> siteNames, String host, List<String> siteAffixes) {
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
            if (namesAny(suffix, siteNames, host)) {
                return cleanWithNames(t.substring(0, lastStart), siteNames, host, List.of());
            }
            String prefix = t.substring(0, firstStart);
            if (namesAny(prefix, siteNames, host)) {
                return t.substring(firstEnd).trim();
            }
        }
        return t;
    }

    private static boolean namesAny(String part, List<String> siteNames, String host) {
        String declared = siteNames.isEmpty() ? null : siteNames.get(0);
        if (namesSite(part, declared, host)) {
            return true;
        }
        for (int i = 1; i < siteNames.size(); i++) {
            if (namesShownSite(part, siteNames.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a title part is a name the page shows for its site: equal to it, the start of it ("WebMD" for a logo's
     * "WebMD Logo"), or it followed by a few words when the name is not a short word ("Wired Science" for "Wired"
     * is not enough: six letters at least).
     */
    static boolean namesShownSite(String part, String shownName) {
        String p = key(part);
        String s = key(shownName);
        if (p.length() < 4 || s.length() < 4 || GENERIC_LINK_NAMES.contains(s)) {
            return false;
        }
        return p.equals(s) || s.startsWith(p) || p.startsWith(s) && s.length() >= 6 && part.split("\\s+").length <= 5;
    }

    private static final java.util.Set<String> GENERIC_LINK_NAMES = java.util.Set.of("home", "homepage", "logo",
            "startseite", "accueil", "inicio", "menu", "news", "main", "front", "frontpage", "index");

    /** Whether the title has a separator between parts (" | ", " - ", ": " ...). */
    static boolean hasSeparator(String title) {
        return title != null && SEPARATOR.matcher(title).find();
    }

    /**
     * Whether {@code longer} is {@code shorter} with an affix beyond a separator: "Headline | Site", "Site - Headline".
     */
    static boolean isAffixedForm(String longer, String shorter) {
        String l = normaliseSpace(longer);
        String s = normaliseSpace(shorter);
        if (s.isEmpty() || l.length() <= s.length()) {
            return false;
        }
        if (l.startsWith(s)) {
            return startsWithSeparator(l.substring(s.length()));
        }
        if (l.endsWith(s)) {
            String before = l.substring(0, l.length() - s.length());
            var m = SEPARATOR.matcher(before);
            return m.find() && m.end() == before.length();
        }
        return false;
    }

    private static boolean startsWithSeparator(String rest) {
        var m = SEPARATOR.matcher(rest);
        return m.find() && m.start() == 0;
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

    /**
     * Lower case, letters and digits only: for comparing titles and names. What {@code [^\p{L}\p{N}]+} replaced
     * by nothing leaves of the lower-cased text, found without an expression: the metadata and the block cleaner ask
     * for keys of many short texts, and a matcher per text cost more than the walk over its characters.
     */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder kept = null;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!isLetterOrNumber(c)) {
                if (kept == null) {
                    kept = new StringBuilder(lower.length()).append(lower, 0, i);
                }
            } else if (kept != null) {
                kept.append(lower, i, next);
            }
            i = next;
        }
        return kept == null ? lower : kept.toString();
    }

    /** {@code \p{L}} or {@code \p{N}}: a letter or a number by its general category. */
    private static boolean isLetterOrNumber(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * No-break spaces as spaces, soft hyphens removed, each run of whitespace ({@code \s}: space, tab, line feed,
     * vertical tab, form feed, carriage return) one space, the ends trimmed. Without an expression: text that needs
     * only the trim (most of it) is returned as it is, the rest built in one pass.
     */
    public static String normaliseSpace(String s) {
        if (s == null) {
            return null;
        }
        int first = firstToNormalise(s);
        if (first < 0) {
            return s.trim();
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
        boolean inSpace = first > 0 && s.charAt(first - 1) == ' ';
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00AD') {
                continue;
            }
            if (c == '\u00A0' || isRegexSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                    inSpace = true;
                }
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString().trim();
    }

    /** The index of the first character that is not left as it is apart from the trim, or -1. */
    private static int firstToNormalise(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                    return i;
                }
            } else if (c == '\u00AD' || c == '\u00A0' || isRegexSpace(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
