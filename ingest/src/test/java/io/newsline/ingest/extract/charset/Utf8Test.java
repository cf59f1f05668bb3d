package io.newsline.ingest.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one-pass UTF-8 check says what the JDK's strict decoder says, on any bytes. */
class Utf8Test {

    /** The definition: the JDK decoder, reporting malformed input, accepts the bytes. */
    private static boolean byDecoder(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void boundaryFormsAsTheDecoderJudgesThem() {
        List<int[]> cases = List.of(new int[] {0x41}, new int[] {0xC2, 0x80}, new int[] {0xC1, 0xBF},
                new int[] {0xC0, 0x80}, new int[] {0xDF, 0xBF}, new int[] {0xE0, 0x9F, 0x80}, new int[] {0xE0, 0xA0, 0x80},
                new int[] {0xED, 0x9F, 0xBF}, new int[] {0xED, 0xA0, 0x80}, new int[] {0xEF, 0xBF, 0xBF},
                new int[] {0xF0, 0x8F, 0x80, 0x80}, new int[] {0xF0, 0x90, 0x80, 0x80}, new int[] {0xF4, 0x8F, 0xBF, 0xBF},
                new int[] {0xF4, 0x90, 0x80, 0x80}, new int[] {0xF5, 0x80, 0x80, 0x80}, new int[] {0xFF},
                new int[] {0x80}, new int[] {0xE2, 0x82}, new int[] {0xF0, 0x9F, 0x98}, new int[] {0xE2, 0x41, 0x82});
        for (int[] c : cases) {
            byte[] bytes = new byte[c.length];
            for (int i = 0; i < c.length; i++) {
                bytes[i] = (byte) c[i];
            }
            assertThat(Utf8.isWellFormed(bytes, 0, bytes.length)).as(java.util.Arrays.toString(c)).isEqualTo(byDecoder(bytes));
        }
        byte[] text = "Grüße, 東京, 😀 – ok".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.isWellFormed(text, 0, text.length)).isTrue();
        assertThat(Utf8.isWellFormed(text, 0, text.length - 5)).isFalse(); // cut inside the emoji
    }

    @Property(tries = 2000)
    void sameVerdictAsTheDecoder(@ForAll("utf8ish") byte[] bytes) {
        assertThat(Utf8.isWellFormed(bytes, 0, bytes.length)).isEqualTo(byDecoder(bytes));
    }

    @Property(tries = 2000)
    void decodesWhatTheDecoderDecodesAndOnlyWellFormedBytes(@ForAll("utf8ish") byte[] bytes) {
        Utf8.Text decoded = Utf8.decode(bytes, 0, Integer.MAX_VALUE);
        assertThat(decoded != null).isEqualTo(byDecoder(bytes));
        if (decoded != null) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(decoded.text()).isEqualTo(text);
            assertThat(decoded.mayBeImplausible()).isEqualTo(TextPlausibility.mayBeImplausible(text));
        }
    }

    @Test
    void decodesLongRunsOfAsciiAndTheirControlCharactersWordByWord() {
        for (String text : new String[] {"<p>plain\ttext\r\n".repeat(30), "<p>plain text".repeat(30) + "\u0001",
                "\u0002" + "abcdefgh".repeat(20), "abcdefg\u0000abcdefgh".repeat(3), "abcdefgh\u007Fabcdefgh",
                "abc\u00C3defgh\u00C3ijklmnop\u00C3qrs", "abcdefgh\u0434ijklmnop",
                // runs long enough to be copied in one call, of every length modulo eight, controls deep inside
                "x".repeat(37) + "\u00E9" + "abcdefgh".repeat(9) + "\u0003" + "y".repeat(41) + "\uD83D\uDE00"
                        + "z".repeat(100), ("w".repeat(45) + "\u0434").repeat(5),
                "q".repeat(33) + "\u001F" + "q".repeat(30),
                "\u00E9" + "r".repeat(31) + "\u00E9" + "s".repeat(32) + "\u00E9" + "t".repeat(64)}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (int sample = 0; sample <= text.length() + 1; sample++) {
                Utf8.Text decoded = Utf8.decode(bytes, 0, sample);
                assertThat(decoded.text()).isEqualTo(text);
                assertThat(decoded.mayBeImplausible()).as("%s in %d", text, sample)
                        .isEqualTo(TextPlausibility.mayBeImplausible(text.substring(0, Math.min(sample, text.length()))));
            }
        }
    }

    @Test
    void aWordsCountedControlsAreItsBytesTheCheckCounts() {
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 20_000; round++) {
            byte[] word = new byte[8];
            for (int k = 0; k < 8; k++) {
                // controls, the four allowed ones and their neighbours, and any ASCII byte
                word[k] = (byte) (random.nextBoolean() ? random.nextInt(0x22) : random.nextInt(0x80));
            }
            long packed = java.nio.ByteBuffer.wrap(word).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
            long expected = 0;
            for (int k = 0; k < 8; k++) {
                int b = word[k];
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                    expected |= 0x80L << 8 * k;
                }
            }
            assertThat(Utf8.countedControls(packed)).as("%016x", packed).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<byte[]> utf8ish() {
        // mostly valid pieces with lead and continuation bytes of every kind mixed in
        Arbitrary<byte[]> piece = Arbitraries.oneOf(
                Arbitraries.of("a", "é", "€", "東", "😀", "\u0800", "\uFFFF", "\uD7FF", "\u0080",
                        "a long run of ASCII words\t<p class=x>\n\u0001 copied at once")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(0x80, 0xFF).map(b -> new byte[] {(byte) b.intValue()}));
        return piece.list().ofMaxSize(12).map(parts -> {
            int n = parts.stream().mapToInt(p -> p.length).sum();
            byte[] out = new byte[n];
            int at = 0;
            for (byte[] p : parts) {
                System.arraycopy(p, 0, out, at, p.length);
                at += p.length;
            }
            return out;
        });
    }
}
