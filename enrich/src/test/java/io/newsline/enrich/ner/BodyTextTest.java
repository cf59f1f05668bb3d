package io.newsline.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyTextTest {

    @Test
    void copiesDifferingInWhitespaceAndQuoteStylesShareTheNormalisedTextAndHash() {
        BodyText a = BodyText.of("\u201CHello,\u201D said Ann.\n\nBob left.");
        BodyText b = BodyText.of("  \"Hello,\"  said\u00A0Ann. Bob left.\n");

        assertThat(a.normalised()).isEqualTo("\"Hello,\" said Ann. Bob left.");
        assertThat(b.normalised()).isEqualTo(a.normalised());
        assertThat(b.contentHash()).isEqualTo(a.contentHash());
        assertThat(BodyText.of("Bob left").contentHash()).isNotEqualTo(a.contentHash());
    }

    @Test
    void offsetsMapBothWays() {
        String raw = "  Ann\n\n met  Bob.";
        BodyText body = BodyText.of(raw);
        int bob = body.normalised().indexOf("Bob");

        assertThat(body.rawIndex(bob)).isEqualTo(raw.indexOf("Bob"));
        assertThat(body.normalisedIndex(raw.indexOf("Bob"))).isEqualTo(bob);
        assertThat(body.normalisedIndex(raw.indexOf("met") - 1)).isEqualTo(-1);
        assertThat(body.normalisedIndex(0)).isEqualTo(-1);
    }
}
