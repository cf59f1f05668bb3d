package io.newsline.publish.match.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglerTest {

    private final Shingler shingler = new Shingler(3, 5);

    private List<Long> shingles(String text, String title, String dateline, String credit) {
        List<Long> out = new ArrayList<>();
        int count = shingler.shingles(text, title, dateline, credit, (hash, sentence) -> out.add(hash));
        assertThat(out).hasSize(count);
        return out;
    }

    private List<Long> shingles(String text) {
        return shingles(text, null, null, null);
    }

    private static final String SENTENCE =
            "President Vladimir Putin on Tuesday praised Russia's developing ties with Myanmar, during a visit.";

    @Test
    void caseQuotesDashesAndCompatibilityFormsDoNotMatter() {
        assertThat(shingles("PRESIDENT Vladimir Putin on Tuesday — praised “Russia’s” developing ties with "
                + "Ｍyanmar, during a visit."))
                .isEqualTo(shingles(SENTENCE));
    }

    @Test
    void leadingDatelinesAreStripped() {
        List<Long> plain = shingles(SENTENCE);

        assertThat(shingles("MOSCOW (AFP) - " + SENTENCE)).isEqualTo(plain);
        assertThat(shingles("Moscow, (APP - UrduPoint / Pakistan Point News - 5th Mar, 2025) " + SENTENCE))
                .isEqualTo(plain);
        assertThat(shingles("MOSCOW: " + SENTENCE)).isEqualTo(plain);
        assertThat(shingles("Moscow, Mar 5 (AP) " + SENTENCE)).isEqualTo(plain);
    }

    @Test
    void knownCreditAndDatelineAreRemovedAsWholeWordsOnly() {
        assertThat(shingles("KYIV " + SENTENCE + " AFP", null, "KYIV", "AFP")).isEqualTo(shingles(SENTENCE));
        assertThat(shingles("APPLE " + SENTENCE, null, null, "AP")).isNotEqualTo(shingles(SENTENCE));
    }

    @Test
    void boilerplateNavigationAndTitleLinesAreLeftOut() {
        String page = String.join("\n", "Home", "Putin hails Myanmar ties", "By Faizan Hashmi", SENTENCE,
                "Read more: Russia signs nuclear deal with another Asian country today.", "Recent Stories",
                "Advertisement");

        assertThat(shingles(page, "Putin hails Myanmar ties", null, null)).isEqualTo(shingles(SENTENCE));
    }

    @Test
    void scriptsWithoutSpacesAreShingledByCharacter() {
        List<Long> chinese = shingles("普京称赞俄罗斯与缅甸的关系日益发展。");

        assertThat(chinese).hasSize(17 - 5 + 1);
        assertThat(shingles("普京称赞俄罗斯与缅甸的关系日益发展")).isEqualTo(chinese);
        assertThat(shingles("ปูตินยกย่องความสัมพันธ์กับเมียนมา")).isNotEmpty();
    }
}
