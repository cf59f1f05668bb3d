package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMeasureTest {

    @Test
    void everyCharacterCountsAsItsSpaceAndIdeographTestsSay() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            int expected = TextMeasure.isSpace(ch) ? 0 : TextMeasure.isIdeographic(ch) ? 3 : 1;
            assertThat(TextMeasure.visibleChars(String.valueOf(ch))).as("U+%04X", c).isEqualTo(expected);
        }
    }

    @Test
    void aTextCountsItsCharactersOtherThanSpacesWithIdeographsThreeTimes() {
        assertThat(TextMeasure.visibleChars(" Ab,\u00a0c\t\u00e9\u2009\u6771\u4eac\n")).isEqualTo(4 + 1 + 6);
        assertThat(TextMeasure.visibleChars("")).isZero();
    }
}
