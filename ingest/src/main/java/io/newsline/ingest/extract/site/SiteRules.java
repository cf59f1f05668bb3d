package io.newsline.ingest.extract.site;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Site-specific extraction rules, all optional. Immutable and thread-safe.
 *
 * @param dropSelectors CSS selectors of elements removed before the body is extracted (share bars, teasers)
 * @param bodySelectors CSS selectors of the story container; when one matches, only it is given to body extraction
 * @param dropLinePatterns regular expressions; body blocks and flattened-text lines matching one in full are cut
 * @param bylinePatterns regular expressions with a group named {@code author}, tried on the first lines of the body
 * @param titleSuffixes literal suffixes (or prefixes ending in a separator) cut from titles
 */
public record SiteRules(
        List<String> dropSelectors,
        List<String> bodySelectors,
        List<Pattern> dropLinePatterns,
        List<Pattern> bylinePatterns,
        List<String> titleSuffixes) {

    public static final SiteRules NONE = new SiteRules(List.of(), List.of(), List.of(), List.of(), List.of());

    public SiteRules {
        dropSelectors = List.copyOf(dropSelectors);
        bodySelectors = List.copyOf(bodySelectors);
        dropLinePatterns = List.copyOf(dropLinePatterns);
        bylinePatterns = List.copyOf(bylinePatterns);
        titleSuffixes = List.copyOf(titleSuffixes);
    }
}
