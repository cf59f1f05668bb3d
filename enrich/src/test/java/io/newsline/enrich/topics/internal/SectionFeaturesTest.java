package io.newsline.enrich.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SectionFeaturesTest {

    private static Set<Integer> features(String text) {
        Set<Integer> out = new HashSet<>();
        SectionFeatures.extract(text, (hash, word) -> out.add(hash));
        return out;
    }

    private static int feature(String name) {
        return SectionFeatures.featureHash(name);
    }

    @Test
    void numbersAreReadAsTheirShape() {
        assertThat(SectionFeatures.numberShape("$120", "million")).isEqualTo("MONEY");
        assertThat(SectionFeatures.numberShape("\u00A35", "")).isEqualTo("MONEY");
        assertThat(SectionFeatures.numberShape("4.5%", "")).isEqualTo("PERCENT");
        assertThat(SectionFeatures.numberShape("18", "percent")).isEqualTo("PERCENT");
        assertThat(SectionFeatures.numberShape("2-0", "")).isEqualTo("SCORE");
        assertThat(SectionFeatures.numberShape("2004", "")).isEqualTo("YEAR");
        assertThat(SectionFeatures.numberShape("Q3", "")).isEqualTo("QUARTER");
        assertThat(SectionFeatures.numberShape("21st", "")).isEqualTo("ORDINAL");
        assertThat(SectionFeatures.numberShape("40km", "")).isEqualTo("NUMBER_km");
        assertThat(SectionFeatures.numberShape("3.25", "")).isEqualTo("DECIMAL");
        assertThat(SectionFeatures.numberShape("1,200", "")).isEqualTo("NUMBER");
        assertThat(SectionFeatures.numberShape("Quarter", "")).isNull();
    }

    @Test
    void aShapeIsPairedWithTheWordsAroundIt() {
        Set<Integer> f = features("Arsenal won 2-0 at home, and profit rose 5% to $3 billion.");
        assertThat(f).contains(feature("SCORE"), feature("won|SCORE"), feature("PERCENT"), feature("rose|PERCENT"),
                feature("MONEY"), feature("MONEY|billion"));
    }

    @Test
    void companyFormsDatelinesAndParenthesisedCapitalsAreMarked() {
        Set<Integer> f = features("LONDON (AP) - Shares of Acme Corp fell.");
        assertThat(f).contains(feature("DATELINE"), feature("PARENTHESISED_CAPITALS"), feature("COMPANY_FORM"),
                feature("C:Acme"), feature("CC:Acme Corp"));
        assertThat(features("shares of acme corp fell.")).doesNotContain(feature("COMPANY_FORM"),
                feature("C:Acme"), feature("DATELINE"));
    }

    @Test
    void theCapitalOfASentencesFirstWordIsNotAName() {
        assertThat(features("Shares fell after Acme rose.")).contains(feature("C:Acme"))
                .doesNotContain(feature("C:Shares"));
        assertThat(features("Shares fell. Acme rose.")).doesNotContain(feature("C:Acme"));
    }
}
