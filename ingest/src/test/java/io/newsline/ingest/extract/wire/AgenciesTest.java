package io.newsline.ingest.extract.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgenciesTest {

    private final Agencies agencies = Agencies.bundled();

    @Test
    void acronymsMatchAsWholeWordsOnly() {
        assertThat(agencies.find("APP - UrduPoint / Pakistan Point News")).contains("APP");
        assertThat(agencies.find("Reporting by the Associated Press")).contains("AP");
        assertThat(agencies.find("A happy apprentice")).isEmpty();
        assertThat(agencies.find("an APPLE")).isEmpty();
    }

    @Test
    void fullNamesAndBylinesNameTheAgency() {
        assertThat(agencies.whole("By AFP")).contains("AFP");
        assertThat(agencies.whole("Agence France-Presse")).contains("AFP");
        assertThat(agencies.whole("-- Reuters")).contains("Reuters");
        assertThat(agencies.whole("Press Trust of India")).contains("PTI");
        assertThat(agencies.whole("Jane Doe")).isEmpty();
    }
}
