package io.newsline.enrich.ner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A body text in normalised form, the form syndicated copies of one story share: whitespace runs (line breaks and
 * no-break spaces included) read as one space, the ends trimmed, typographic quotes read as straight ones. Keeps the
 * map between normalised and raw offsets, so offsets found in one copy can be placed exactly in another.
 * Immutable.
 */
public final class BodyText {

    private final String raw;
    private final String normalised;
    private final int[] rawIndexOf;

    private BodyText(String raw, String normalised, int[] rawIndexOf) {
        this.raw = raw;
        this.normalised = normalised;
        this.rawIndexOf = rawIndexOf;
    }

    public static BodyText of(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int[] rawIndexOf = new int[raw.length()];
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                rawIndexOf[out.length()] = i - 1;
                out.append(' ');
                pendingSpace = false;
            }
            rawIndexOf[out.length()] = i;
            out.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
                default -> c;
            });
        }
        return new BodyText(raw, out.toString(), rawIndexOf);
    }

    public String raw() {
        return raw;
    }

    public String normalised() {
        return normalised;
    }

    /** @return the raw offset of the normalised character at {@code index} */
    public int rawIndex(int index) {
        return rawIndexOf[index];
    }

    /**
     * @return the normalised offset of the raw character at {@code rawIndex}, or -1 when that character is
     *     whitespace folded away (a span never starts or ends on one)
     */
    public int normalisedIndex(int rawIndex) {
        int lo = 0;
        int hi = normalised.length() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int r = rawIndexOf[mid];
            if (r == rawIndex) {
                return normalised.charAt(mid) == ' ' && Character.isWhitespace(raw.charAt(rawIndex)) ? -1 : mid;
            }
            if (r < rawIndex) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** @return hex SHA-256 of the normalised text */
    public String contentHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
