package io.newsline.ingest.extract.charset;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A page's bytes decoded to text. The text of a well-formed UTF-8 page is kept as the decoder's characters and
 * becomes a string only when asked for ({@link #text()}); the HTML parser reads the characters themselves
 * ({@link #chars()}), so most pages' text is never copied into a string. Not thread-safe (the string and the
 * characters are built on first use).
 */
public final class DecodedPage {

    private char[] chars;
    private final int length;
    private String text;
    private final Charset charset;
    private final String charsetSource;
    private final boolean html;

    /**
     * @param text the decoded text, without byte-order mark
     * @param charset the character set used
     * @param charsetSource where the charset came from: {@code bom}, {@code header}, {@code meta}, {@code sniffed}
     * @param html whether the page is HTML (by content type, or sniffed when none was given)
     */
    public DecodedPage(String text, Charset charset, String charsetSource, boolean html) {
        this(null, 0, Objects.requireNonNull(text, "text"), charset, charsetSource, html);
    }

    /** The text in {@code chars[0, length)}, which the page owns from now on. */
    DecodedPage(char[] chars, int length, Charset charset, String charsetSource, boolean html) {
        this(Objects.requireNonNull(chars, "chars"), length, null, charset, charsetSource, html);
    }

    private DecodedPage(char[] chars, int length, String text, Charset charset, String charsetSource,
            boolean html) {
        this.chars = chars;
        this.length = chars != null ? length : text.length();
        this.text = text;
        this.charset = Objects.requireNonNull(charset, "charset");
        this.charsetSource = charsetSource;
        this.html = html;
    }

    /** The decoded text, without byte-order mark. */
    public String text() {
        if (text == null) {
            text = new String(chars, 0, length);
        }
        return text;
    }

    /**
     * The decoded text's characters in {@code chars()[0, length())}: the decoder's own array, not a copy, to be read
     * and never written.
     */
    public char[] chars() {
        if (chars == null) {
            chars = text.toCharArray();
        }
        return chars;
    }

    /** The number of characters of the decoded text. */
    public int length() {
        return length;
    }

    /** The character set used. */
    public Charset charset() {
        return charset;
    }

    /** Where the charset came from: {@code bom}, {@code header}, {@code meta}, {@code sniffed}. */
    public String charsetSource() {
        return charsetSource;
    }

    /** Whether the page is HTML (by content type, or sniffed when none was given). */
    public boolean html() {
        return html;
    }
}
