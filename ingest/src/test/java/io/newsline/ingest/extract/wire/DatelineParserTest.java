package io.newsline.ingest.extract.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {

    private final DatelineParser parser = new DatelineParser(Agencies.bundled());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MOSCOW (AFP) - President Vladimir Putin on Tuesday praised ties.|Moscow|AFP|AFP|President Vladimir Putin",
        "Moscow, Mar 5 (AP) Russian President Vladimir Putin was holding talks.|Moscow|AP|AP|Russian President",
        "Moscow, (APP - UrduPoint / Pakistan Point News - 5th Mar, 2025) President Putin spoke.|Moscow|APP - UrduPoint / Pakistan Point News|APP|President Putin",
        "NEW DELHI, March 5 (PTI): The government said on Wednesday it would act.|New Delhi|PTI|PTI|The government",
        "BEIJING, March 4 (Reuters) - China said on Tuesday it would retaliate.|Beijing|Reuters|Reuters|China said",
        "WASHINGTON (CNN) — The Senate voted on Tuesday to pass the bill.|Washington|CNN||The Senate",
        "Seoul, March 5 (Yonhap) -- North Korea fired a missile on Wednesday.|Seoul|Yonhap|Yonhap|North Korea",
        "BERLIN (dpa) - Germany's economy shrank again in the last quarter.|Berlin|dpa|dpa|Germany's economy",
        "KUALA LUMPUR, March 5 (Bernama) -- The ringgit opened higher today.|Kuala Lumpur|Bernama|Bernama|The ringgit",
        "MOSCOW: Russian President Vladimir Putin hailed positive ties.|Moscow|||Russian President",
        "MOSCOW — Russian President Vladimir Putin was holding talks.|Moscow|||Russian President"})
    void findsPlaceCreditAndAgency(String paragraph, String place, String credit, String agency, String restStart) {
        WireCredit found = parser.parse(paragraph).orElseThrow();
        assertThat(found.dateline()).isEqualTo(place);
        assertThat(found.credit()).isEqualTo(credit);
        assertThat(found.agency()).isEqualTo(agency);
        assertThat(found.rest()).startsWith(restStart);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "President Vladimir Putin on Tuesday praised Russia's developing ties with Myanmar.",
        "The Kremlin (Russia's seat of power) said nothing.",
        "In Moscow (Russia) the talks went on for hours.",
        "Gen. Min Aung Hlaing was on his fourth trip to Russia since his army seized power."})
    void ordinarySentencesHaveNoDateline(String paragraph) {
        assertThat(parser.parse(paragraph)).isEmpty();
    }
}
