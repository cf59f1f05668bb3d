package io.newsline.ingest.extract.charset;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A page's bytes decoded to text.
 *
 * @param text the decoded text, without byte-order mark
 * @param charset the character set used
 * @param charsetSource where the charset came from: {@code bom}, {@code header}, {@code meta}, {@code sniffed}
 * @param html whether the page is HTML (by content type, or sniffed when none was given)
 */
public record DecodedPage(String text, Charset charset, String charsetSource, boolean html) {
    public DecodedPage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
