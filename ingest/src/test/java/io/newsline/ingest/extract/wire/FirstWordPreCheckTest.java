package io.newsline.ingest.extract.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.schemas.reference.NewsAgencies;
import io.newsline.schemas.reference.NewsAgencies.NewsAgency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The word pre-check of {@link Agencies#findAll} passes every word a name can begin with, in every case the lookup
 * that follows it accepts, so that skipping the words it rejects finds every name it found before.
 */
class FirstWordPreCheckTest {

    private final Agencies agencies = Agencies.bundled();

    private boolean passes(String word) {
        String text = "(" + word + ")";
        return agencies.mayBeFirstWord(text, 1, 1 + word.length());
    }

    @Test
    void everyNamesFirstWordPassesInEveryCaseItIsLookedUpIn() {
        int words = 0;
        for (NewsAgency agency : NewsAgencies.all()) {
            for (String name : agency.aliases()) {
                if (name.regionMatches(true, 0, "the ", 0, 4) && agency.aliases().contains(name.substring(4))) {
                    continue; // found by the name without its article ("Associated Press"), as findAll looks
                }
                int end = 0;
                while (end < name.length() && Character.isLetterOrDigit(name.charAt(end))) {
                    end++;
                }
                String first = name.substring(0, end);
                String capitalised = first.isEmpty() ? first
                        : first.substring(0, 1).toUpperCase(Locale.ROOT) + first.substring(1).toLowerCase(Locale.ROOT);
                // a case-sensitive name ("AP") is looked up as printed only, the others in any case
                List<String> forms = NewsAgencies.caseSensitive(name) ? List.of(first) : List.of(first,
                        first.toLowerCase(Locale.ROOT), first.toUpperCase(Locale.ROOT), capitalised);
                for (String form : forms) {
                    assertThat(passes(form)).as(name + " as " + form).isTrue();
                }
                words++;
            }
        }
        assertThat(words).isGreaterThan(50);
    }

    @Test
    void theWordScanTellsLettersAndDigitsAsTheUnicodeTablesDo() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(Agencies.isLetterOrDigit((char) c)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit((char) c));
        }
    }

    @Test
    void wordsBeyondAsciiAlwaysPass() {
        assertThat(passes("Agênce")).isTrue();
        assertThat(passes("İNTERFAX")).isTrue();
    }

    @Test
    void mostEverydayWordsAreRejected() {
        List<String> everyday = List.of("the", "government", "said", "on", "Tuesday", "that", "farmers", "would",
                "get", "help", "after", "drought", "minister", "told", "reporters", "in", "capital", "Monday");
        assertThat(everyday.stream().filter(this::passes).count()).isLessThanOrEqualTo(2);
        // and what they reject names no agency
        for (String word : everyday) {
            if (!passes(word)) {
                assertThat(agencies.findAll(word)).isEmpty();
            }
        }
    }
}
