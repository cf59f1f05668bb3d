package io.newsline.ingest.extract;

import java.util.List;

/**
 * How a page was read, for the article's lineage: the charset its bytes were decoded with and why, and what the
 * work budget left out. Immutable.
 *
 * @param charset       the charset's WHATWG name ({@code windows-1252}, {@code UTF-8}...), or null for no decoding
 * @param charsetReason where it came from: {@code bom}, {@code header}, {@code meta}, {@code default},
 *                      {@code detected: ...} (the declared one gave implausible text, with what was wrong)
 * @param truncated     what went past a budget: {@code depth} (elements attached to their 512th ancestor),
 *                      {@code elements}, {@code text}; empty when the whole page was read
 */
public record PageLineage(String charset, String charsetReason, List<String> truncated) {

    public static final PageLineage NONE = new PageLineage(null, null, List.of());

    public PageLineage {
        truncated = List.copyOf(truncated);
    }
}
