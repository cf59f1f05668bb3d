package io.newsline.ingest.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.meta.Titles;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The block cleaner's pre-check turns a block away only when its title key is not the one compared with. */
class TitleKeyPreCheckTest {

    /** Letters and digits in and beyond ASCII, case pairs, marks, spaces, punctuation, the dotted capital I (two
     * characters lower-cased) and the Kelvin sign (lower-cased to an ASCII k). */
    private static final String ALPHABET = "aAbBkKzZ09 .,-'’\u00e9\u00c9\u0130\u0131\u212a\u0301\u00df\u4e2d\u0663";

    @Test
    void aTextTurnedAwayNeverHasTheKey() {
        Random random = new Random(23);
        for (int n = 0; n < 200_000; n++) {
            String key = Titles.key(generated(random, random.nextInt(12)));
            // half the texts are the key's own text altered a little, so that many have the key
            String text = random.nextBoolean() ? generated(random, random.nextInt(16)) : variant(key, random);
            boolean sameKey = Titles.key(text).equals(key);
            if (!BlockCleaner.mayHaveKey(text, key)) {
                assertThat(sameKey).as("'%s' against key '%s'", text, key).isFalse();
            }
        }
    }

    @Test
    void aTextWithMoreAsciiLettersAndDigitsThanTheKeyIsTurnedAway() {
        assertThat(BlockCleaner.mayHaveKey("Storm hits the coast", "stormhitsthecoast")).isTrue();
        assertThat(BlockCleaner.mayHaveKey("Storm hits the coast, again", "stormhitsthecoast")).isFalse();
        assertThat(BlockCleaner.mayHaveKey("\u00c9t\u00e9 \u00e0 Paris", "\u00e9t\u00e9\u00e0paris")).isTrue();
        assertThat(BlockCleaner.mayHaveKey("", "")).isTrue();
    }

    private static String generated(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static String variant(String key, Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            text.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            if (random.nextInt(4) == 0) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }
}
