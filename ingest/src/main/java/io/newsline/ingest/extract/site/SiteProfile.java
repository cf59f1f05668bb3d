package io.newsline.ingest.extract.site;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * What the registry knows about one site. Immutable and thread-safe.
 *
 * @param host the registered host, lower case, without {@code www.}
 * @param name the publication's name, used when the page does not say
 * @param country ISO 3166-1 alpha-2 code of the site's home country, or null
 * @param timeZone zone of local times the site prints without an offset; null when unknown
 * @param language default BCP-47 language of the site; null when it publishes in several
 * @param pathLanguages language by URL path prefix ("/urdu/" to "ur"), checked before {@code language}
 * @param metricsTag whether the site may appear as a metric tag value (bounded set of well-known sites)
 * @param rules site-specific extraction rules
 */
public record SiteProfile(
        String host,
        String name,
        String country,
        ZoneId timeZone,
        String language,
        Map<String, String> pathLanguages,
        boolean metricsTag,
        SiteRules rules) {

    public SiteProfile {
        Objects.requireNonNull(host, "host");
        pathLanguages = pathLanguages == null ? Map.of() : Map.copyOf(pathLanguages);
        rules = rules == null ? SiteRules.NONE : rules;
    }

    /** A site the registry does not know: no zone, no language, not a metric tag. */
    public static SiteProfile unknown(String host) {
        return new SiteProfile(host == null ? "" : host, null, null, null, null, Map.of(), false, SiteRules.NONE);
    }

    /** The site's language for a page at {@code path}: a path prefix match first, then the site default. */
    public String languageForPath(String path) {
        if (path != null) {
            for (Map.Entry<String, String> e : pathLanguages.entrySet()) {
                if (path.startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return language;
    }
}
