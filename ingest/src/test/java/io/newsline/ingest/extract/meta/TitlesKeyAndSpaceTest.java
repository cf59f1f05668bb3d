package io.newsline.ingest.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Titles#key} and {@link Titles#normaliseSpace} walk the characters instead of running expressions; the
 * expressions they replace are their definition, and both must give the same text for every input.
 */
class TitlesKeyAndSpaceTest {

    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Spaces of every kind, soft hyphens, letters and numbers of several scripts, marks, surrogates, punctuation. */
    private static final String PIECES = " \t\n\u000B\f\r\u00A0\u00AD\u2009\u3000\u001Cab\u00C9\u00DF\u0130\u03A3"
            + "\u0416\u05D0\u0627\u4E2D\u3042\u00B2\u2167\u0663\u0301-|.:,'\"\u2013\u00A9\uD835\uDC00\uD83D\uDE00"
            + "\uD800\uDC00x9Z";

    @Test
    void keyKeepsWhatTheExpressionKeeps() {
        for (String s : samples()) {
            assertThat(Titles.key(s)).as("key of [%s]", s)
                    .isEqualTo(NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(""));
        }
        assertThat(Titles.key("Velora Shines – as E-Bike Demand Returns!")).isEqualTo("velorashinesasebikedemandreturns");
        assertThat(Titles.key(null)).isEmpty();
    }

    @Test
    void normaliseSpaceGivesWhatTheExpressionGives() {
        for (String s : samples()) {
            assertThat(Titles.normaliseSpace(s)).as("normalised [%s]", s).isEqualTo(
                    WHITESPACE.matcher(s.replace('\u00A0', ' ').replace("\u00AD", "")).replaceAll(" ").trim());
        }
        assertThat(Titles.normaliseSpace("  Soft\u00ADly \u00A0 spaced\t\nout  ")).isEqualTo("Softly spaced out");
        assertThat(Titles.normaliseSpace(null)).isNull();
    }

    private static List<String> samples() {
        List<String> samples = new ArrayList<>(List.of("", " ", "  ", "plain", " a b ", "a  b", "a \u00ADb",
                "a \u00AD b", "\u00AD", "\u00A0\u00A0x", "x\u00AD\u00AD ", "\tlead", "trail\r\n", "a\u000Bb",
                "\u001Fctl\u001F", "\uD800", "a\uDC00b", "Ünïcödé Straße", "İstanbul", "ΣΊΣΥΦΟΣ"));
        Random random = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                sb.append(PIECES.charAt(random.nextInt(PIECES.length())));
            }
            samples.add(sb.toString());
        }
        return samples;
    }
}
