package io.newsline.ingest.extract.charset;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Whether bytes are well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates, nothing above
 * U+10FFFF, no sequence cut short at the end), decided in one pass without decoding: the JDK's strict decoder says
 * the same but builds the whole text to say it; and the text of well-formed UTF-8 with the plausibility pre-check of
 * its characters, in one pass over the bytes ({@link #decode}). Stateless and thread-safe.
 */
final class Utf8 {

    private Utf8() {}

    /** Whether {@code bytes[from, to)} is well-formed UTF-8. */
    static boolean isWellFormed(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i, to);
            if (length == 0) {
                return false;
            }
            i += length;
        }
        return true;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * Text decoded from well-formed UTF-8: the characters as the JDK's decoder gives them, in
     * {@code chars[0, length)}, not copied into a string (the parser reads them as they are).
     *
     * @param mayBeImplausible {@link TextPlausibility#mayBeImplausible(String)} of the first
     *                         {@code sampleChars} characters of the text (all of them when it is shorter)
     */
    record Text(char[] chars, int length, boolean mayBeImplausible) {
        /** The characters as a string (built on each call). */
        String text() {
            return new String(chars, 0, length);
        }

        /** The first {@code max} characters (all of them when there are fewer) as a string. */
        String prefix(int max) {
            return new String(chars, 0, Math.min(length, max));
        }
    }

    /**
     * {@code bytes[from, end)} decoded, when they are well-formed UTF-8 ({@link #isWellFormed}), else null; with the
     * plausibility pre-check of its first {@code sampleChars} characters read on the way, as
     * {@link TextPlausibility#mayBeImplausible(byte[], int, int)} reads it from the bytes. One pass instead of the
     * JDK's decoding and a pass of the pre-check: ASCII bytes are checked for control characters eight at a time as
     * one word, and a run of them is copied in one call.
     */
    static Text decode(byte[] bytes, int from, int sampleChars) {
        int end = bytes.length;
        char[] out = new char[end - from];
        int i = from;
        int o = 0;
        boolean flagged = false;
        int pairStarts = 0;
        CharsetDecoder ascii = StandardCharsets.US_ASCII.newDecoder();
        while (i < end) {
            if (end - i >= 8) {
                long eight = (long) LONGS.get(bytes, i);
                if ((eight & HIGH_BITS) == 0) {
                    // a run of ASCII words, checked for control characters word by word within the sample (one
                    // ASCII byte, one character), then copied in one call
                    int run = i;
                    int sampleEnd = flagged || o >= sampleChars ? i : (int) Math.min(end, (long) i + sampleChars - o);
                    do {
                        if (run < sampleEnd && !flagged) {
                            long counted = countedControls(eight);
                            // only the bytes within the sample count (the first ones: the word is little-endian)
                            flagged = counted != 0
                                    && (sampleEnd - run >= 8 || (counted & ((1L << 8 * (sampleEnd - run)) - 1)) != 0);
                        }
                        run += 8;
                    } while (end - run >= 8 && ((eight = (long) LONGS.get(bytes, run)) & HIGH_BITS) == 0);
                    copyAscii(ascii, bytes, i, run, out, o);
                    o += run - i;
                    i = run;
                    continue;
                }
            }
            int b = bytes[i];
            if (b >= 0) {
                out[o] = (char) b;
                flagged |= o < sampleChars && isCountedControl(b);
                i++;
                o++;
                continue;
            }
            int length = sequenceLength(bytes, i, end);
            if (length == 0) {
                return null;
            }
            if (length == 4) {
                int codePoint = (b & 0x07) << 18 | (bytes[i + 1] & 0x3F) << 12 | (bytes[i + 2] & 0x3F) << 6
                        | bytes[i + 3] & 0x3F;
                // a pair the sample's end cuts leaves a lone high half in the sample
                flagged |= !flagged && o < sampleChars
                        && (sampleChars - o < 2 || TextPlausibility.isCounted(codePoint));
                out[o++] = Character.highSurrogate(codePoint);
                out[o++] = Character.lowSurrogate(codePoint);
                i += 4;
                continue;
            }
            int c = length == 2 ? (b & 0x1F) << 6 | bytes[i + 1] & 0x3F
                    : (b & 0x0F) << 12 | (bytes[i + 1] & 0x3F) << 6 | bytes[i + 2] & 0x3F;
            if (!flagged && o < sampleChars) {
                byte kind = TextPlausibility.nonAsciiKind(c);
                flagged = kind == TextPlausibility.COUNTED
                        || kind == TextPlausibility.UTF8_PAIR_START && ++pairStarts >= 3;
            }
            out[o++] = (char) c;
            i += length;
        }
        return new Text(out, o, flagged);
    }

    /** Runs shorter than this are copied byte by byte: the JDK's decoder costs more to call than they take. */
    private static final int BULK_RUN = 32;

    /**
     * Copies the ASCII bytes {@code bytes[from, to)} as characters to {@code out} from {@code at}: long runs through
     * the JDK's ASCII decoder, whose array loop the JIT compiles to vector instructions (about half the time of a
     * loop of our own over the Scrapinghub pages).
     */
    private static void copyAscii(CharsetDecoder ascii, byte[] bytes, int from, int to, char[] out, int at) {
        if (to - from < BULK_RUN) {
            for (int k = from; k < to; k++) {
                out[at + k - from] = (char) bytes[k];
            }
            return;
        }
        CoderResult result = ascii.reset()
                .decode(ByteBuffer.wrap(bytes, from, to - from), CharBuffer.wrap(out, at, to - from), true);
        if (result.isError() || result.isOverflow()) {
            throw new IllegalStateException("not an ASCII run: " + result); // the caller read each byte's high bit
        }
    }

    /** A C0 control that the plausibility check counts: any but tab, line feed, carriage return and form feed. */
    private static boolean isCountedControl(int b) {
        return b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
    }

    /**
     * The high bit of each byte of an ASCII word (eight bytes below 0x80) that is a control character the check
     * counts ({@link #isCountedControl}), and no other bit: no byte's sum carries into the next.
     */
    static long countedControls(long word) {
        long below20 = ~(word + 0x60 * ONES);
        // each sum has its high bit clear exactly where the byte is the character
        long notTab = (word ^ '\t' * ONES) + 0x7F * ONES;
        long notLineFeed = (word ^ '\n' * ONES) + 0x7F * ONES;
        long notFormFeed = (word ^ '\f' * ONES) + 0x7F * ONES;
        long notReturn = (word ^ '\r' * ONES) + 0x7F * ONES;
        return below20 & notTab & notLineFeed & notFormFeed & notReturn & HIGH_BITS;
    }

    /**
     * The length of the well-formed sequence that a byte with its high bit set opens at {@code i}, or 0 when it opens
     * none there (as {@link #isWellFormed} reads it).
     */
    private static int sequenceLength(byte[] bytes, int i, int end) {
        int b = bytes[i] & 0xFF;
        int length;
        int secondLow = 0x80;
        int secondHigh = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0) {
                secondLow = 0xA0; // overlong below U+0800
            } else if (b == 0xED) {
                secondHigh = 0x9F; // surrogates
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0) {
                secondLow = 0x90; // overlong below U+10000
            } else if (b == 0xF4) {
                secondHigh = 0x8F; // above U+10FFFF
            }
        } else {
            return 0;
        }
        if (i + length > end) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < secondLow || second > secondHigh) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }
}
