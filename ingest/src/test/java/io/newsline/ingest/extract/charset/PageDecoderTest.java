package io.newsline.ingest.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The one-pass UTF-8 path: a page decoded as UTF-8 without U+FFFD is taken as valid UTF-8 without a validity pass,
 * and pages whose decoding holds U+FFFD (their own, a cut last character, invalid bytes) or whose label is wrong
 * still take the careful path.
 */
class PageDecoderTest {

    private static final PageDecoder DECODER = new PageDecoder(1 << 20);
    private static final String PAGE = "<html><head>%s<title>Caf\u00E9</title></head><body><p>Le caf\u00E9 de la gare"
            + " a rouvert ses portes apr\u00E8s des mois de travaux, et les habitu\u00E9s sont revenus. %s</p></body></html>";

    private static byte[] page(String meta, String extra, Charset charset) {
        return String.format(PAGE, meta, extra).getBytes(charset);
    }

    @Test
    void undeclaredValidUtf8IsUtf8() throws DecodeException {
        DecodedPage d = DECODER.decode(page("", "", StandardCharsets.UTF_8), null);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.charsetSource()).isEqualTo("default");
        assertThat(d.text()).contains("apr\u00E8s", "habitu\u00E9s");
    }

    @Test
    void undeclaredUtf8HoldingItsOwnReplacementCharacterIsStillUtf8() throws DecodeException {
        DecodedPage d = DECODER.decode(page("", "Signe \uFFFD inconnu.", StandardCharsets.UTF_8), null);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains("apr\u00E8s", "Signe \uFFFD inconnu");
    }

    @Test
    void undeclaredUtf8CutInsideItsLastCharacterIsStillUtf8() throws DecodeException {
        byte[] whole = (String.format(PAGE, "", "") + "\u00E9").getBytes(StandardCharsets.UTF_8);
        DecodedPage d = DECODER.decode(Arrays.copyOf(whole, whole.length - 1), null);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains("apr\u00E8s").endsWith("\uFFFD");
    }

    @Test
    void undeclaredWindows1252IsWindows1252() throws DecodeException {
        DecodedPage d = DECODER.decode(page("", "", Charset.forName("windows-1252")), null);
        assertThat(d.charset().name()).isEqualTo("windows-1252");
        assertThat(d.text()).contains("apr\u00E8s", "habitu\u00E9s");
    }

    @Test
    void windows1252DeclaredUtf8IsDetectedAsWindows1252() throws DecodeException {
        String words = "\u00C9t\u00E9 \u00E0 la fen\u00EAtre, d\u00E9j\u00E0 \u00E9lev\u00E9, tr\u00E8s s\u00FBr. ";
        byte[] body = page("<meta charset=\"utf-8\">", words.repeat(20), Charset.forName("windows-1252"));
        DecodedPage d = DECODER.decode(body, null);
        assertThat(d.charsetSource()).startsWith("detected");
        assertThat(d.text()).contains("apr\u00E8s", "d\u00E9j\u00E0");
    }

    @Test
    void utf8ReadTwiceAsSingleBytesIsJudgedOnItsBytesAsBefore() throws DecodeException {
        // valid UTF-8 whose text is UTF-8 read as windows-1252 ("Ã©"): the same verdict from the bytes as from text
        String mojibake = new String("caf\u00E9 \u00E9t\u00E9 d\u00E9j\u00E0 ".repeat(30)
                .getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        byte[] body = page("<meta charset=\"utf-8\">", mojibake, StandardCharsets.UTF_8);
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(TextPlausibility.judgeUtf8(text, body, 0, true))
                .isEqualTo(TextPlausibility.judge(text, true, false))
                .satisfies(v -> assertThat(v.plausible()).isFalse());
    }
}
