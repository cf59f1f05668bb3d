package io.newsline.ingest.extract.charset;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Judges whether decoded page text reads as text in some language or shows the marks of a wrong charset: U+FFFD
 * where bytes were invalid, C1 control characters (bytes 0x80-0x9F of a multi-byte charset read as a single-byte
 * one), NUL and other C0 controls (UTF-16 read as UTF-8), words mixing scripts, UTF-8 read as a single-byte charset
 * ({@code Ã©}), and, in a single-byte Latin decoding only, words made mostly of accented letters (Greek or Cyrillic
 * read as windows-1252). Looks at the page's visible text (markup, scripts and styles removed) in its first
 * {@link #SAMPLE_CHARS} characters. Stateless and thread-safe.
 */
final class TextPlausibility {

    static final int SAMPLE_CHARS = 200_000;

    private TextPlausibility() {}

    /**
     * @param problem null when plausible, else what is wrong, for the lineage
     * @param severe  so wrong that the text must not be published as it is
     */
    record Verdict(String problem, boolean severe) {
        boolean plausible() {
            return problem == null;
        }

        static final Verdict PLAUSIBLE = new Verdict(null, false);
    }

    /**
     * @param text         the decoded page
     * @param html         whether to drop markup before judging
     * @param singleByteLatin whether {@code text} came from a single-byte Latin charset (windows-1252 and kin)
     */
    static Verdict judge(String text, boolean html, boolean singleByteLatin) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        // most pages hold no character any count below counts: the blanking and the word walk are skipped; in a
        // single-byte Latin decoding the accented-letter count needs an accented letter besides
        if (!mayBeImplausible(sample) && (!singleByteLatin || !holdsLatinLetterBeyondAscii(sample))) {
            return Verdict.PLAUSIBLE;
        }
        return judgeSample(sample, html, singleByteLatin);
    }

    /**
     * {@link #judge} of text that is exactly the decoding of well-formed UTF-8 bytes (not single-byte Latin): the
     * pre-check reads the bytes, eight printable ASCII characters at a time, instead of the text's characters.
     *
     * @param utf8 bytes whose decoding from {@code from} to their end is {@code text}, with no malformed sequence
     */
    static Verdict judgeUtf8(String text, byte[] utf8, int from, boolean html) {
        if (!mayBeImplausible(utf8, from, Math.min(text.length(), SAMPLE_CHARS))) {
            return Verdict.PLAUSIBLE;
        }
        return judgeSample(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text, html, false);
    }

    /**
     * {@link #judge} of text decoded from well-formed UTF-8 by {@link Utf8#decode} with a sample of
     * {@link #SAMPLE_CHARS} characters (not single-byte Latin): the pre-check was read while decoding.
     */
    static Verdict judgeDecoded(Utf8.Text decoded, boolean html) {
        if (!decoded.mayBeImplausible()) {
            return Verdict.PLAUSIBLE;
        }
        return judgeSample(decoded.prefix(SAMPLE_CHARS), html, false);
    }

    /** {@link #judge} on at most {@link #SAMPLE_CHARS} characters, without {@link #mayBeImplausible}'s shortcut. */
    static Verdict judgeSample(String sample, boolean html, boolean singleByteLatin) {
        // judged on a char array: String.codePointAt checks its index on every call
        char[] chars;
        int length;
        if (html) {
            chars = new char[sample.length()];
            length = VisibleText.blank(sample, chars);
        } else {
            chars = sample.toCharArray();
            length = chars.length;
        }
        int letters = 0;
        int replacement = 0;
        int c1 = 0;
        int c0 = 0;
        int latin = 0;
        int accentedLatin = 0;
        int utf8Pairs = 0;
        int nonAsciiWords = 0;
        int mixedWords = 0;
        Character.UnicodeScript wordScript = null;
        boolean wordMixed = false;
        boolean wordNonAscii = false;
        for (int i = 0; i <= length; ) {
            int c = i < length ? chars[i] : ' ';
            if (c < 0x80) {
                // ASCII, most of most pages: a Latin letter or a word's end, none of the marks below but C0
                i++;
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    letters++;
                    latin++;
                    if (wordScript != null && wordScript != Character.UnicodeScript.LATIN
                            && !isJapaneseMix(wordScript, Character.UnicodeScript.LATIN)) {
                        wordMixed = true;
                    }
                    wordScript = Character.UnicodeScript.LATIN;
                    continue;
                }
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    c0++;
                }
                if (wordNonAscii) {
                    nonAsciiWords++;
                    mixedWords += wordMixed ? 1 : 0;
                }
                wordScript = null;
                wordMixed = false;
                wordNonAscii = false;
                continue;
            }
            c = Character.codePointAt(chars, i, length);
            i += Character.charCount(c);
            if (c == 0xFFFD) {
                replacement++;
            } else if (c >= 0x80 && c <= 0x9F) {
                c1++;
            }
            if ((c == 'Ã' || c == 'Â' || c == 'Ð' || c == 'Ñ') && i < length) {
                int next = chars[i];
                if ((next >= 0xA0 && next <= 0xBF) || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".indexOf(next) >= 0) {
                    utf8Pairs++;
                }
            }
            int type = Character.getType(c);
            if (isLetterType(type)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                    accentedLatin++;
                }
                wordNonAscii = true;
                if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                    if (wordScript != null && wordScript != script && !isJapaneseMix(wordScript, script)) {
                        wordMixed = true;
                    }
                    wordScript = script;
                }
            } else if (type != Character.NON_SPACING_MARK) {
                if (wordNonAscii) {
                    nonAsciiWords++;
                    mixedWords += wordMixed ? 1 : 0;
                }
                wordScript = null;
                wordMixed = false;
                wordNonAscii = false;
            }
        }
        if (c0 * 20 > Math.max(1, length)) {
            return new Verdict(c0 + " control characters", true);
        }
        if (replacement > 0 && (replacement * 50 > letters || replacement > 200)) {
            return new Verdict(replacement + " invalid byte sequences", replacement * 10 > letters);
        }
        if (c1 > 0 && c1 * 100 > letters) {
            return new Verdict(c1 + " C1 control characters", c1 * 20 > letters);
        }
        if (utf8Pairs >= 3 && utf8Pairs * 100 > letters) {
            return new Verdict(utf8Pairs + " UTF-8 sequences read as single bytes", false);
        }
        if (mixedWords >= 5 && mixedWords * 10 > nonAsciiWords) {
            return new Verdict(mixedWords + " words mixing scripts", mixedWords * 3 > nonAsciiWords);
        }
        if (singleByteLatin && latin > 200 && accentedLatin * 100 > latin * 35) {
            return new Verdict(accentedLatin * 100 / latin + " % of Latin letters accented", false);
        }
        return Verdict.PLAUSIBLE;
    }

    /** {@link #mayBeImplausible}'s verdict on a BMP character outside ASCII: one of the three below. */
    private static final byte[] NON_ASCII_KINDS = nonAsciiKinds();
    static final byte HARMLESS = 0;
    static final byte COUNTED = 1;
    static final byte UTF8_PAIR_START = 2;
    private static final int CHUNK_CHARS = 8192;

    /**
     * Whether {@link #judge} can find {@code sample} implausible other than by the accented-letter count of a
     * single-byte Latin decoding, read from its characters alone, with no markup blanked and no words tracked: it
     * can only if the sample holds a character that one of its counts counts (a C0 control other than tab, line
     * feed, carriage return and form feed; U+FFFD; a C1 control; a letter of a script other than Latin and the
     * scripts that run into Latin without a space, Han, Hiragana, Katakana and Hangul, which alone make a word mix
     * scripts), a lone surrogate (which markup between the halves of a pair can leave), or three of the characters
     * that open a UTF-8 pair read as single bytes. Blanking markup only removes characters, so the visible text holds
     * none the sample does not.
     */
    static boolean mayBeImplausible(String sample) {
        int pairStarts = 0;
        int length = sample.length();
        // read in chunks copied out of the string: a loop over an array runs several times faster than charAt
        char[] chunk = new char[Math.min(length + 1, CHUNK_CHARS + 1)];
        int from = 0;
        while (from < length) {
            // one character more than the chunk, the low half of a pair that straddles its end
            int end = Math.min(length, from + CHUNK_CHARS + 1);
            int count = Math.min(CHUNK_CHARS, end - from);
            sample.getChars(from, end, chunk, 0);
            int i = 0;
            for (; i < count; i++) {
                char c = chunk[i];
                if ((char) (c - 0x20) < 0x60) {
                    continue; // printable ASCII, most of most pages, in one comparison
                }
                if (c < 0x20) {
                    if (c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                        return true;
                    }
                    continue;
                }
                if (Character.isSurrogate(c)) {
                    int codePoint = Character.codePointAt(chunk, i, end - from);
                    if (codePoint == c || isCounted(codePoint)) {
                        return true;
                    }
                    i++; // the low half, which may be the character after the chunk
                    continue;
                }
                byte kind = NON_ASCII_KINDS[c];
                if (kind == COUNTED || kind == UTF8_PAIR_START && ++pairStarts >= 3) {
                    return true;
                }
            }
            from += i; // past the chunk, and past the low half read after it
        }
        return false;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * {@link #mayBeImplausible(String)} of the first {@code chars} characters of the decoding of well-formed UTF-8
     * bytes from {@code from}, read from the bytes: a character per ASCII byte or sequence, two per four-byte
     * sequence, whose high half alone ends the sample when the sample ends between them, as a lone surrogate.
     */
    static boolean mayBeImplausible(byte[] utf8, int from, int chars) {
        int pairStarts = 0;
        int read = 0;
        int i = from;
        while (read < chars) {
            if (chars - read >= 8 && utf8.length - i >= 8) {
                long eight = (long) LONGS.get(utf8, i);
                // no byte with its high bit set, and none below 0x20 (the borrow of x - 0x20 in each byte): exact
                // for bytes without the high bit, since a borrow only starts at a byte that is below 0x20
                if (((eight | (eight - 0x20 * ONES) & ~eight) & HIGH_BITS) == 0) {
                    i += 8;
                    read += 8;
                    continue;
                }
            }
            int b = utf8[i];
            if (b >= 0) {
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                    return true;
                }
                i++;
                read++;
                continue;
            }
            int codePoint;
            if ((b & 0xE0) == 0xC0) {
                codePoint = (b & 0x1F) << 6 | utf8[i + 1] & 0x3F;
                i += 2;
            } else if ((b & 0xF0) == 0xE0) {
                codePoint = (b & 0x0F) << 12 | (utf8[i + 1] & 0x3F) << 6 | utf8[i + 2] & 0x3F;
                i += 3;
            } else {
                codePoint = (b & 0x07) << 18 | (utf8[i + 1] & 0x3F) << 12 | (utf8[i + 2] & 0x3F) << 6 | utf8[i + 3] & 0x3F;
                if (chars - read < 2 || isCounted(codePoint)) {
                    return true;
                }
                i += 4;
                read += 2;
                continue;
            }
            read++;
            byte kind = NON_ASCII_KINDS[codePoint];
            if (kind == COUNTED || kind == UTF8_PAIR_START && ++pairStarts >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code sample} holds a letter of the Latin script beyond ASCII, which the accented-letter count of a
     * single-byte Latin decoding counts: without one, that count is nought and cannot make the text implausible.
     */
    static boolean holdsLatinLetterBeyondAscii(String sample) {
        for (int i = 0; i < sample.length(); ) {
            if (sample.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x80 && isLetterType(Character.getType(c))
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                return true;
            }
        }
        return false;
    }

    /** {@link #mayBeImplausible}'s kind of a BMP character outside ASCII that is no surrogate. */
    static byte nonAsciiKind(int c) {
        return NON_ASCII_KINDS[c];
    }

    private static byte[] nonAsciiKinds() {
        byte[] kinds = new byte[0x10000];
        for (int c = 0x80; c < kinds.length; c++) {
            if (c == 'Ã' || c == 'Â' || c == 'Ð' || c == 'Ñ') {
                kinds[c] = UTF8_PAIR_START;
            } else if (!Character.isSurrogate((char) c) && isCounted(c)) {
                kinds[c] = COUNTED;
            }
        }
        return kinds;
    }

    /** A code point outside ASCII that one of the judgement's counts counts wherever it stands. */
    static boolean isCounted(int codePoint) {
        if (codePoint == 0xFFFD || codePoint >= 0x80 && codePoint <= 0x9F) {
            return true;
        }
        if (!isLetterType(Character.getType(codePoint))) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                && script != Character.UnicodeScript.INHERITED && !isCjk(script);
    }

    /** {@link Character#isLetter(int)} from the character's type, which the mark test needs too. */
    static boolean isLetterType(int type) {
        return type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                || type == Character.OTHER_LETTER;
    }

    /**
     * Scripts that share words in real text: Japanese mixes Han, Hiragana and Katakana, Korean Hangul and Han, and
     * both run Latin into them without a space ("Wi-Fiプロテクション", "iOSや").
     */
    private static boolean isJapaneseMix(Character.UnicodeScript a, Character.UnicodeScript b) {
        return isCjk(a) || isCjk(b);
    }

    private static boolean isCjk(Character.UnicodeScript s) {
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }
}
