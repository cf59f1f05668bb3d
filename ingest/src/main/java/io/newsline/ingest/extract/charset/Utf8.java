package io.newsline.ingest.extract.charset;

/**
 * Whether bytes are well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates, nothing above
 * U+10FFFF, no sequence cut short at the end), decided in one pass without decoding: the JDK's strict decoder says
 * the same but builds the whole text to say it. Stateless and thread-safe.
 */
final class Utf8 {

    private Utf8() {}

    /** Whether {@code bytes[from, to)} is well-formed UTF-8. */
    static boolean isWellFormed(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
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
                return false;
            }
            if (i + length > to) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < secondLow || second > secondHigh) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }
}
