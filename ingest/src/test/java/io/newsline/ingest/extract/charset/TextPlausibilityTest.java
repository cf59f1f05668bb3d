package io.newsline.ingest.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextPlausibilityTest {

    @Test
    void letterTypesAreCharacterIsLetterOnEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (TextPlausibility.isLetterType(Character.getType(c)) != Character.isLetter(c)) {
                assertThat(TextPlausibility.isLetterType(Character.getType(c))).as("U+%04X", c)
                        .isEqualTo(Character.isLetter(c));
            }
        }
    }

    @Test
    void plainEnglishAndGermanReadPlausibly() {
        String text = "<p>The council met on Tuesday.</p><p>Die Straße in München wurde gestern gesperrt.</p>";
        assertThat(TextPlausibility.judge(text, true, true).plausible()).isTrue();
        assertThat(TextPlausibility.judge(text, true, false).plausible()).isTrue();
    }

    @Test
    void wordsMixingAsciiLatinLettersWithCyrillicAreWordsMixingScripts() {
        // ASCII 'a' and 'o' inside Cyrillic words, as a wrong single-byte charset leaves them
        String words = "Москвa пoезд гoрoд вoдa сoль ";
        TextPlausibility.Verdict verdict = TextPlausibility.judge(words.repeat(3), false, false);
        assertThat(verdict.problem()).endsWith("words mixing scripts");
        // the same words written in Cyrillic alone
        assertThat(TextPlausibility.judge("Москва поезд город вода соль ".repeat(3), false, false).plausible())
                .isTrue();
    }

    @Test
    void latinRunIntoJapaneseOrChineseIsNoMix() {
        String text = "Wi-Fiプロテクション iOSや Androidの 5G通信 USB接続 ".repeat(4);
        assertThat(TextPlausibility.judge(text, false, false).plausible()).isTrue();
    }

    @Test
    void controlCharactersBetweenAsciiLettersMakeTheTextSeverelyImplausible() {
        String text = "a\u0000b\u0001c\u0002d ".repeat(20);
        TextPlausibility.Verdict verdict = TextPlausibility.judge(text, false, false);
        assertThat(verdict.problem()).endsWith("control characters");
        assertThat(verdict.severe()).isTrue();
        assertThat(TextPlausibility.judge("tab\tand\nnew\rline\f ".repeat(20), false, false).plausible()).isTrue();
    }

    @Test
    void utf8ReadAsWindows1252IsNamed() {
        String text = "Caf\u00C3\u00A9 cr\u00C3\u00A8me br\u00C3\u00BBl\u00C3\u00A9e na\u00C3\u00AFve";
        assertThat(TextPlausibility.judge(text, false, true).problem()).endsWith("UTF-8 sequences read as single bytes");
    }

    @Test
    void markupIsNotJudgedAsText() {
        String html = "<script>var \u0000\u0001\u0002\u0003 = 1;</script><p>Ordinary words here.</p>";
        assertThat(TextPlausibility.judge(html, true, false).plausible()).isTrue();
        assertThat(TextPlausibility.judge(html, false, false).plausible()).isFalse();
    }

    @Test
    void thePreCheckPassesEveryCharacterNoCountCounts() {
        String text = "<p>The council\u00A0met \u2014 \u201Cagain\u201D \u2019s caf\u00E9 M\u00FCnchen \u00C3 \u00D1"
                + " \u6771\u4EAC\u3067 Wi-Fi\u30D7\u30ED \uD83D\uDE00 \uD835\uDC00 \u0301</p>";
        assertThat(TextPlausibility.mayBeImplausible(text)).isFalse();
        assertThat(TextPlausibility.mayBeImplausible("Москва")).isTrue();
        assertThat(TextPlausibility.mayBeImplausible("\u00C3\u00A9 \u00C3\u00A9 \u00C3\u00A9")).isTrue();
    }

    @Test
    void noTextThePreCheckPassesIsJudgedImplausible() {
        // each code point where every count could count it: repeated, in words with Latin letters,
        // after the characters that open a UTF-8 pair, behind markup between a surrogate pair's halves
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String one = Character.toString(c);
            for (String text : new String[] {one.repeat(40), ("a" + one + "b ").repeat(12),
                    ("\u00C3" + one + " ").repeat(4)}) {
                if (!TextPlausibility.mayBeImplausible(text)) {
                    assertThat(TextPlausibility.judgeSample(text, false, false).plausible()).as("U+%04X", c).isTrue();
                    assertThat(TextPlausibility.judgeSample(text, true, false).plausible()).as("U+%04X", c).isTrue();
                }
            }
        }
        String split = "\uD835<b>\uDC00</b>x ".repeat(12);
        assertThat(TextPlausibility.mayBeImplausible(split)).isTrue();
        // read in chunks of 8,192 characters: a pair across a chunk's end is one character, a letter far in counts
        for (int before = 8185; before <= 8200; before++) {
            assertThat(TextPlausibility.mayBeImplausible("a".repeat(before) + "\uD83D\uDE00 text")).isFalse();
            assertThat(TextPlausibility.mayBeImplausible("a".repeat(before) + "\uD835\uDC00 text")).isFalse();
            assertThat(TextPlausibility.mayBeImplausible("a".repeat(before) + "\uD83D")).isTrue();
            assertThat(TextPlausibility.mayBeImplausible("a".repeat(before) + "\uDE00 text")).isTrue();
        }
        assertThat(TextPlausibility.mayBeImplausible("a".repeat(50_000) + "\u0434")).isTrue();
    }

    @Test
    void thePreCheckReadFromUtf8BytesAgreesWithTheCharacterPreCheckOnEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.isSurrogate((char) c) && c < 0x10000) {
                continue; // no well-formed UTF-8 holds a surrogate
            }
            String one = Character.toString(c);
            for (String text : new String[] {one.repeat(40), ("a" + one + "b ").repeat(12),
                    ("\u00C3" + one + " ").repeat(4), "abcdefg" + one + "abcdefghijklmnop", one}) {
                assertUtf8PreCheckAgrees(text, text.length());
            }
        }
    }

    @Test
    void thePreCheckReadFromUtf8BytesEndsWhereTheSampleEnds() {
        // a letter or control past the sample's end is not read; a pair the end cuts leaves a lone high half
        for (int at = 0; at <= 20; at++) {
            for (String after : new String[] {"\u0434", "\u0001", "\uD83D\uDE00", "\uD835\uDC00", "\u00C3\u00C3\u00C3"}) {
                String text = "a".repeat(at) + after + "bcdefghijklmnopqrstuvwxyz";
                for (int chars = Math.max(0, at - 9); chars <= text.length(); chars++) {
                    assertUtf8PreCheckAgrees(text, chars);
                }
            }
        }
        String lines = "<p>Ordinary\ttext\r\n on lines\f".repeat(40);
        assertUtf8PreCheckAgrees(lines, lines.length());
        assertUtf8PreCheckAgrees(lines + "\u007F\u0000", lines.length() + 2);
    }

    @Test
    void singleByteLatinPreCheckGivesTheFullJudgementsVerdict() {
        java.util.Random random = new java.util.Random(21);
        String[] pieces = {"plain words ", "<p class=x>", "</p>\n", "caf\u00E9 ", "\u00C3\u00A9", "\u00E0\u00E8\u00EC ",
            "\u2019", "\u0081", "\u0434\u0430 ", "<script>var \u00E9=1;</script>", "\u00A9 2024 ", "na\u00EFve "};
        int fullJudgements = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(300); k > 0; k--) {
                // mostly plain text, so that many texts hold no accented letter at all
                text.append(random.nextInt(6) == 0 ? pieces[random.nextInt(pieces.length)] : pieces[0]);
            }
            String sample = text.toString();
            for (boolean html : new boolean[] {true, false}) {
                TextPlausibility.Verdict full = TextPlausibility.judgeSample(sample, html, true);
                assertThat(TextPlausibility.judge(sample, html, true)).as(sample).isEqualTo(full);
                fullJudgements += full.plausible() ? 0 : 1;
            }
        }
        assertThat(fullJudgements).isGreaterThan(100);
        assertThat(TextPlausibility.holdsLatinLetterBeyondAscii("plain \u2019quoted\u2019 \u00A9")).isFalse();
        assertThat(TextPlausibility.holdsLatinLetterBeyondAscii("caf\u00E9")).isTrue();
        assertThat(TextPlausibility.holdsLatinLetterBeyondAscii("\u0434\u0430")).isFalse();
    }

    private static void assertUtf8PreCheckAgrees(String text, int chars) {
        byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        boolean byCharacters = TextPlausibility.mayBeImplausible(text.substring(0, chars));
        assertThat(TextPlausibility.mayBeImplausible(bytes, 3, chars))
                .as("U+%04X... in %d characters", text.codePointAt(0), chars)
                .isEqualTo(byCharacters);
        // decoding with the pre-check on the way: the same text and the same answer, the sample cut where it is
        // shorter than the text
        Utf8.Text decoded = Utf8.decode(bytes, 3, chars < text.length() ? chars : Integer.MAX_VALUE);
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.mayBeImplausible()).as("decoding U+%04X... in %d characters", text.codePointAt(0), chars)
                .isEqualTo(byCharacters);
    }
}
