package io.newsline.ingest.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordCountTest {

    /** The six characters of {@code \s}, spaces it does not take, letters, punctuation and a surrogate pair's halves. */
    private static final char[] ALPHABET = {
        ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u0085', '\u001C', 'a', 'Z', 'é', '.', '-', '\uD83D',
        '\uDE00'
    };

    @Test
    void countsThePiecesSplitOnWhitespaceCutsUpToTheLimit() {
        Random random = new Random(17);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String s = text.toString();
            int pieces = s.split("\\s+").length;
            for (int limit = 1; limit <= 30; limit++) {
                assertThat(WordCount.upTo(s, limit)).as("'%s' up to %d", s, limit).isEqualTo(Math.min(pieces, limit));
            }
        }
    }

    @Test
    void emptyAndBlankTextsCountAsTheSplitDoes() {
        assertThat(WordCount.upTo("", 25)).isEqualTo(1);
        assertThat(WordCount.upTo(" \t\n", 25)).isZero();
        assertThat(WordCount.upTo(" one two ", 25)).isEqualTo(3);
        assertThat(WordCount.upTo(" one two ", 2)).isEqualTo(2);
        assertThat(WordCount.upTo("one\u00A0two", 25)).isEqualTo(1);
    }
}
