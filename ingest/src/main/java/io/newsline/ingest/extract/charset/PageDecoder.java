package io.newsline.ingest.extract.charset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns raw page bytes into text. Order of evidence, as browsers do it: a byte-order mark, then the charset of the
 * HTTP {@code Content-Type}, then {@code <meta charset>} or {@code <meta http-equiv>} in the first 4 KB, then
 * sniffing: bytes that are valid UTF-8 are UTF-8, anything else is windows-1252 (the WHATWG default for
 * {@code iso-8859-1} and unlabelled Western pages). Malformed sequences become U+FFFD; a page that is mostly binary
 * (NUL bytes, control characters) is rejected. Stateless and thread-safe.
 */
public final class PageDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern CHARSET_PARAM = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN_BYTES = 4096;

    private final long maxBytes;

    /** @param maxBytes the largest page accepted, compressed or not */
    public PageDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param body raw bytes, gzip-compressed or not (recognised by the gzip magic number)
     * @param contentType the HTTP content type, or null
     * @throws DecodeException when the page is too large or not text
     */
    public DecodedPage decode(byte[] body, String contentType) throws DecodeException {
        if (body.length > maxBytes) {
            throw new DecodeException("page is " + body.length + " bytes, above the cap of " + maxBytes, true);
        }
        byte[] bytes = isGzip(body) ? gunzip(body) : body;
        Charset charset = null;
        String source = null;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            source = "bom";
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            source = "bom";
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            source = "bom";
            skip = 2;
        }
        if (charset == null) {
            charset = charsetFrom(contentType == null ? null : CHARSET_PARAM.matcher(contentType));
            source = charset == null ? null : "header";
        }
        boolean html = isHtml(contentType, bytes);
        if (charset == null && html) {
            String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
            charset = charsetFrom(META_CHARSET.matcher(head));
            source = charset == null ? null : "meta";
            // A page declaring UTF-16 in ASCII-compatible bytes cannot be UTF-16: browsers read it as UTF-8.
            if (charset != null && charset.name().startsWith("UTF-16")) {
                charset = StandardCharsets.UTF_8;
            }
        }
        if (charset == null) {
            charset = isValidUtf8(bytes, skip) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            source = "sniffed";
        } else if (charset.equals(StandardCharsets.ISO_8859_1) || charset.name().equals("US-ASCII")) {
            charset = WINDOWS_1252;
        }
        if (looksBinary(bytes, skip, charset)) {
            throw new DecodeException("page content is binary, not text", false);
        }
        String text = new String(bytes, skip, bytes.length - skip, charset);
        return new DecodedPage(text, charset, source, html);
    }

    private byte[] gunzip(byte[] body) throws DecodeException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(32, body.length * 4));
            byte[] buffer = new byte[16384];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new DecodeException("gunzipped page exceeds the cap of " + maxBytes + " bytes", true);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new DecodeException("corrupt gzip body: " + e.getMessage(), false);
        }
    }

    private static Charset charsetFrom(Matcher matcher) {
        if (matcher == null || !matcher.find()) {
            return null;
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("utf8")) {
            name = "utf-8";
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** HTML by content type; with none (or a generic one), by a tag near the start. */
    static boolean isHtml(String contentType, byte[] bytes) {
        if (contentType != null) {
            String ct = contentType.toLowerCase(Locale.ROOT);
            if (ct.contains("html") || ct.contains("xml")) {
                return true;
            }
            if (ct.startsWith("text/plain")) {
                // Servers label HTML as text/plain now and then; a page that opens as HTML is HTML.
                String start = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1)
                        .stripLeading().toLowerCase(Locale.ROOT);
                return start.startsWith("<!doctype html") || start.startsWith("<html");
            }
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<head")
                || head.contains("<body") || head.contains("<meta") || head.contains("<div") || head.contains("<p>");
    }

    private static boolean isGzip(byte[] b) {
        return startsWith(b, 0x1F, 0x8B);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isValidUtf8(byte[] bytes, int offset) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return true;
        } catch (CharacterCodingException e) {
            // A truncated last character (pages cut at a byte limit) still counts as UTF-8.
            return bytes.length - offset > 4 && isValidUtf8Prefix(bytes, offset);
        }
    }

    private static boolean isValidUtf8Prefix(byte[] bytes, int offset) {
        int end = bytes.length;
        int back = 0;
        while (back < 3 && end - back - 1 > offset && (bytes[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        int cut = end - back - 1;
        if (cut <= offset || (bytes[cut] & 0xC0) != 0xC0) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, cut - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** More than 10 % NUL or C0 control bytes in the first 8 KB (single-byte charsets) means binary. */
    private static boolean looksBinary(byte[] bytes, int offset, Charset charset) {
        if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
            return false;
        }
        int end = Math.min(bytes.length, offset + 8192);
        int control = 0;
        for (int i = offset; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        int n = end - offset;
        return n > 0 && control * 10 > n;
    }
}
