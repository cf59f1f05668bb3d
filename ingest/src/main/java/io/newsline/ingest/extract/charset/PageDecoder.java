package io.newsline.ingest.extract.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns raw page bytes into text as browsers do, then better. Order of evidence, per the WHATWG Encoding Standard: a
 * byte-order mark, then the charset label of the HTTP {@code Content-Type}, then {@code <meta charset>} or
 * {@code <meta http-equiv>} in the first 4 KB, each label read through {@link EncodingLabels} (unknown labels are
 * ignored; {@code iso-8859-1} means windows-1252); with no usable label, bytes that are valid UTF-8 are UTF-8 and
 * anything else windows-1252. Where that gives implausible text ({@link TextPlausibility}: invalid bytes, C1 or C0
 * controls, words mixing scripts, UTF-8 read as single bytes, Greek or Cyrillic read as Latin), the charset is
 * detected from the bytes: UTF-16 by its pattern of NUL bytes, UTF-8 by validity, then ICU4J's
 * {@code CharsetDetector}; the first candidate that reads plausibly wins, and the page says which and why
 * ({@link DecodedPage#charsetSource()}). A page no charset reads plausibly is refused rather than published as
 * mojibake, and so is one that is mostly binary. One layer of gzip is undone; gzip inside gzip is refused. Stateless
 * and thread-safe.
 */
public final class PageDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern CHARSET_PARAM = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN_BYTES = 4096;
    /** ICU's detector reads this much of the page (its statistics settle within a few kilobytes of text). */
    private static final int DETECT_BYTES = 64 * 1024;
    /** Valid UTF-8 with at least this many multi-byte sequences is UTF-8, whatever the label says. */
    static final int MIN_UTF8_SEQUENCES = 20;

    private final long maxBytes;

    /** @param maxBytes the largest page accepted, compressed or not */
    public PageDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param body raw bytes, gzip-compressed or not (recognised by the gzip magic number)
     * @param contentType the HTTP content type, or null
     * @throws DecodeException when the page is too large, not text, or in no charset that reads plausibly
     */
    public DecodedPage decode(byte[] body, String contentType) throws DecodeException {
        if (body.length > maxBytes) {
            throw new DecodeException("page is " + body.length + " bytes, above the cap of " + maxBytes, true);
        }
        byte[] bytes = body;
        if (isGzip(body)) {
            bytes = gunzip(body);
            if (isGzip(bytes)) {
                throw new DecodeException("gzip inside gzip: one layer of compression is read, the page has two", false);
            }
        }
        boolean html = isHtml(contentType, bytes);
        Declared declared = declared(bytes, contentType, html);
        if (declared.encoding().isReplacement()) {
            throw new DecodeException("the page declares " + declared.label()
                    + ", an encoding browsers refuse to decode (WHATWG replacement)", false);
        }
        Charset charset = declared.encoding().charset();
        String source = declared.source();
        int multiByte = declared.skip() == 0 && charset != StandardCharsets.UTF_8 ? utf8Sequences(bytes) : 0;
        if (multiByte >= MIN_UTF8_SEQUENCES) {
            // Text in a legacy charset is almost never valid UTF-8 with many multi-byte sequences; a stale label is.
            charset = StandardCharsets.UTF_8;
            source = "detected by valid UTF-8 (" + multiByte + " multi-byte sequences) over " + declared.encoding().name()
                    + " (" + declared.source() + ")";
        }
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        // well-formed UTF-8 is decoded with the plausibility pre-check in one pass; other bytes by the JDK
        Utf8.Text wellFormed = declared.utf8() != null ? declared.utf8()
                : utf8 ? Utf8.decode(bytes, declared.skip(), TextPlausibility.SAMPLE_CHARS) : null;
        // the well-formed text stays the decoder's characters: the parser reads them without a string between
        String text = wellFormed != null ? null : declared.utf8Text() != null && utf8 ? declared.utf8Text()
                : decodeText(bytes, declared.skip(), charset);
        // the JDK's decoder replaces every malformed sequence with U+FFFD: text without one is exactly the bytes,
        // whose plausibility is read from the bytes in one fast pass
        TextPlausibility.Verdict verdict = wellFormed != null ? TextPlausibility.judgeDecoded(wellFormed, html)
                : utf8 && text.indexOf('\uFFFD') < 0 ? TextPlausibility.judgeUtf8(text, bytes, declared.skip(), html)
                : TextPlausibility.judge(text, html, isSingleByteLatin(charset));
        if (!verdict.plausible()) {
            Candidate better = detect(bytes, charset, html);
            if (better != null) {
                charset = better.charset();
                text = better.text();
                wellFormed = null;
                source = "detected " + better.how() + ": " + verdict.problem() + " as " + declared.encoding().name();
            } else if (verdict.severe()) {
                throw new DecodeException("no charset reads this page as text: as " + declared.encoding().name()
                        + " (" + declared.source() + ") it has " + verdict.problem(), false);
            }
        }
        if (looksBinary(wellFormed != null ? CharBuffer.wrap(wellFormed.chars(), 0, wellFormed.length()) : text)) {
            throw new DecodeException("page content is binary, not text", false);
        }
        return wellFormed != null ? new DecodedPage(wellFormed.chars(), wellFormed.length(), charset, source, html)
                : new DecodedPage(text, charset, source, html);
    }

    /**
     * The encoding the page declares (or the default), where it came from, the byte-order mark's length, and, where
     * the default was chosen by decoding the page as UTF-8, that decoding (else null): {@code utf8} where the bytes
     * are well-formed, else {@code utf8Text}, the JDK's (a last character cut short).
     */
    private record Declared(EncodingLabels.Encoding encoding, String source, String label, int skip, Utf8.Text utf8,
            String utf8Text) {
        Declared(EncodingLabels.Encoding encoding, String source, String label, int skip) {
            this(encoding, source, label, skip, null, null);
        }
    }

    private static Declared declared(byte[] bytes, String contentType, boolean html) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Declared(EncodingLabels.forLabel("utf-8"), "bom", "bom", 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Declared(EncodingLabels.forLabel("utf-16be"), "bom", "bom", 2);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Declared(EncodingLabels.forLabel("utf-16le"), "bom", "bom", 2);
        }
        List<String> ignored = new ArrayList<>();
        String headerLabel = label(contentType == null ? null : CHARSET_PARAM.matcher(contentType));
        EncodingLabels.Encoding header = EncodingLabels.forLabel(headerLabel);
        if (header != null) {
            return new Declared(header, "header", headerLabel, 0);
        }
        if (headerLabel != null) {
            ignored.add(headerLabel);
        }
        if (html) {
            String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
            String metaLabel = label(META_CHARSET.matcher(head));
            EncodingLabels.Encoding meta = EncodingLabels.forLabel(metaLabel);
            if (meta != null) {
                // A page declaring UTF-16 in ASCII-compatible bytes cannot be UTF-16: browsers read it as UTF-8.
                if (meta.name().startsWith("UTF-16")) {
                    meta = EncodingLabels.forLabel("utf-8");
                }
                return new Declared(meta, "meta", metaLabel, 0);
            }
            if (metaLabel != null) {
                ignored.add(metaLabel);
            }
        }
        String source = ignored.isEmpty() ? "default" : "default (label " + String.join(", ", ignored)
                + " is no WHATWG encoding label)";
        // decoded once where the bytes are well-formed UTF-8; else they may still count as UTF-8 (a last character
        // cut short), which the JDK's decoding keeps with a U+FFFD at the cut
        Utf8.Text wellFormed = Utf8.decode(bytes, 0, TextPlausibility.SAMPLE_CHARS);
        if (wellFormed != null) {
            return new Declared(EncodingLabels.forLabel("utf-8"), source, null, 0, wellFormed, null);
        }
        boolean utf8 = isValidUtf8(bytes, 0);
        return new Declared(EncodingLabels.forLabel(utf8 ? "utf-8" : "windows-1252"), source, null, 0, null,
                utf8 ? new String(bytes, StandardCharsets.UTF_8) : null);
    }

    private record Candidate(Charset charset, String text, String how) {}

    /** The first charset other than {@code tried} that reads the bytes plausibly, or null. */
    private static Candidate detect(byte[] bytes, Charset tried, boolean html) {
        Set<Charset> seen = new HashSet<>(List.of(tried));
        List<Candidate> order = new ArrayList<>();
        String utf16 = utf16ByNuls(bytes);
        if (utf16 != null) {
            order.add(new Candidate(Charset.forName(utf16), null, "by NUL pattern"));
        }
        if (isValidUtf8(bytes, 0)) {
            order.add(new Candidate(StandardCharsets.UTF_8, null, "by valid UTF-8"));
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(html);
        detector.setText(bytes.length > DETECT_BYTES ? Arrays.copyOf(bytes, DETECT_BYTES) : bytes);
        for (CharsetMatch match : detector.detectAll()) {
            EncodingLabels.Encoding encoding = EncodingLabels.forName(match.getName());
            // UTF-16 without a byte-order mark is told by its NUL bytes above; ICU guesses it from pairs of ASCII
            if (encoding != null && !encoding.isReplacement() && match.getConfidence() >= 10
                    && !encoding.name().startsWith("UTF-16")) {
                order.add(new Candidate(encoding.charset(), null, "by ICU as " + encoding.name()
                        + " (confidence " + match.getConfidence() + ")"));
            }
        }
        for (Candidate c : order) {
            if (!seen.add(c.charset())) {
                continue;
            }
            int skip = 0;
            String text = decodeText(bytes, skip, c.charset());
            if (html && !keepsMarkup(text)) {
                continue;
            }
            if (TextPlausibility.judge(text, html, isSingleByteLatin(c.charset())).plausible() && !looksBinary(text)) {
                return new Candidate(c.charset(), text, c.how());
            }
        }
        return null;
    }

    /** Multi-byte sequences in bytes that are valid UTF-8 as a whole; 0 when they are not. */
    static int utf8Sequences(byte[] bytes) {
        if (!isValidUtf8(bytes, 0)) {
            return 0;
        }
        int sequences = 0;
        for (byte b : bytes) {
            if ((b & 0xC0) == 0xC0) {
                sequences++;
            }
        }
        return sequences;
    }

    /** An HTML page read in the right charset still has its tags: a wrong multi-byte one turns them into letters. */
    private static boolean keepsMarkup(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        return head.indexOf('<') >= 0 && head.indexOf('>') >= 0;
    }

    /** UTF-16 without a byte-order mark: NUL in every other byte of ASCII-range text. */
    static String utf16ByNuls(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 4096);
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < pairs; i++) {
            evenNuls += bytes[2 * i] == 0 ? 1 : 0;
            oddNuls += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        if (pairs < 8) {
            return null;
        }
        if (oddNuls * 10 > pairs * 3 && evenNuls * 20 < pairs) {
            return "UTF-16LE";
        }
        if (evenNuls * 10 > pairs * 3 && oddNuls * 20 < pairs) {
            return "UTF-16BE";
        }
        return null;
    }

    private static String decodeText(byte[] bytes, int skip, Charset charset) {
        return new String(bytes, skip, bytes.length - skip, charset);
    }

    private static boolean isSingleByteLatin(Charset charset) {
        String name = charset.name();
        return name.startsWith("windows-125") && !name.equals("windows-1251") && !name.equals("windows-1253")
                && !name.equals("windows-1255") && !name.equals("windows-1256")
                || name.startsWith("ISO-8859-") && Set.of("1", "2", "3", "4", "9", "10", "13", "14", "15", "16")
                        .contains(name.substring("ISO-8859-".length()))
                || name.equals("x-MacRoman");
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

    private static String label(Matcher matcher) {
        return matcher == null || !matcher.find() ? null : matcher.group(1);
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
        // A truncated last character (pages cut at a byte limit) still counts as UTF-8.
        return Utf8.isWellFormed(bytes, offset, bytes.length)
                || bytes.length - offset > 4 && isValidUtf8Prefix(bytes, offset);
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
        return Utf8.isWellFormed(bytes, offset, cut);
    }

    /** More than 10 % NUL or C0 control characters in the first 8,000 characters means binary. */
    private static boolean looksBinary(CharSequence text) {
        int end = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                control++;
            }
        }
        return end > 0 && control * 10 > end;
    }
}
