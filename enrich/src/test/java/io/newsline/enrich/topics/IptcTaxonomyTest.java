package io.newsline.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IptcTaxonomyTest {

    private final IptcTaxonomy taxonomy = IptcTaxonomy.loadDefault();

    @Test
    void bundledTaxonomyHoldsTheActiveConceptsOfTheRelease() {
        assertThat(taxonomy.size()).isEqualTo(1099);
        assertThat(taxonomy.topLevel()).hasSize(17)
                .extracting(IptcTopic::label)
                .contains("politics", "sport", "economy, business and finance", "science and technology");
        assertThat(taxonomy.all()).allSatisfy(t -> {
            assertThat(t.level()).isBetween(1, 6);
            assertThat(t.label()).isNotBlank();
            if (t.level() > 1) {
                assertThat(taxonomy.get(t.parentId()).level()).isEqualTo(t.level() - 1);
            }
        });
    }

    @Test
    void computingIndustryLiesUnderEconomyProductsAndServices() {
        assertThat(taxonomy.path("20000225")).extracting(IptcTopic::id)
                .containsExactly("04000000", "20000209", "20000225");
        assertThat(taxonomy.get("20000225").label()).isEqualTo("computing and information technology");
        assertThat(taxonomy.isUnder("20000225", "04000000")).isTrue();
        assertThat(taxonomy.isUnder("04000000", "20000225")).isFalse();
        assertThat(taxonomy.root("20000265").label()).isEqualTo("economy, business and finance");
    }

    @Test
    void childrenAndUrisFollowTheTree() {
        assertThat(taxonomy.children("17000000")).extracting(IptcTopic::label)
                .containsExactlyInAnyOrder("weather forecast", "weather phenomena", "weather statistic",
                        "weather warning");
        assertThat(taxonomy.get("11000000").uri()).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/11000000");
        assertThat(taxonomy.find("99999999")).isEmpty();
    }

    @Test
    void rejectsAConceptWhoseParentIsMissing() {
        String tsv = "01000000\t1\t\tarts\t\t\n20000002\t2\t05000000\tarts and entertainment\t\t\n";
        assertThatThrownBy(() -> IptcTaxonomy.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("unknown parent 05000000");
    }
}
