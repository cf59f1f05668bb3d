package io.newsline.ingest.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateTextsTest {

    private static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");

    @Test
    void printedLocalTimeWithSiteZone() {
        PrintedDate d = DateTexts.findPrinted("Faizan Hashmi Published March 05, 2025 | 12:50 AM").orElseThrow();
        assertThat(d.printedLocal()).isEqualTo("2025-03-05T00:50");
        assertThat(d.instant(KARACHI)).isEqualTo(Instant.parse("2025-03-04T19:50:00Z"));
        assertThat(d.instant(null)).isNull();
    }

    @Test
    void printedZoneAbbreviationBeatsTheSiteZone() {
        PrintedDate d = DateTexts.findPrinted("March 4, 2025, 9:59 AM ET").orElseThrow();
        assertThat(d.instant(KARACHI)).isEqualTo(Instant.parse("2025-03-04T14:59:00Z"));
    }

    @Test
    void dayFirstAndOrdinalForms() {
        assertThat(DateTexts.findPrinted("Updated 07 September 2022").orElseThrow().printedLocal()).isEqualTo("2022-09-07");
        assertThat(DateTexts.findPrinted("5th Mar, 2025").orElseThrow().printedLocal()).isEqualTo("2025-03-05");
        assertThat(DateTexts.findPrinted("12:00 PM on 1 January 2024 at 12:30 pm").orElseThrow().printedLocal())
                .isEqualTo("2024-01-01T12:30");
    }

    @Test
    void machineFormats() {
        assertThat(DateTexts.parseMachine("2025-03-04T19:50:00+05:00").orElseThrow().instant(null))
                .isEqualTo(Instant.parse("2025-03-04T14:50:00Z"));
        assertThat(DateTexts.parseMachine("2025-03-04T19:50:00+0500").orElseThrow().instant(null))
                .isEqualTo(Instant.parse("2025-03-04T14:50:00Z"));
        assertThat(DateTexts.parseMachine("Tue, 4 Mar 2025 14:50:00 GMT").orElseThrow().instant(null))
                .isEqualTo(Instant.parse("2025-03-04T14:50:00Z"));
        assertThat(DateTexts.parseMachine("2019-11-20T01:50:59.403").orElseThrow().printedLocal())
                .isEqualTo("2019-11-20T01:50:59");
        assertThat(DateTexts.parseMachine("1741100000").orElseThrow().instant(null))
                .isEqualTo(Instant.ofEpochSecond(1741100000));
    }

    @Test
    void placeholdersAndNonDatesAreNoDates() {
        assertThat(DateTexts.parseMachine("0001-01-01T00:00:00Z")).isEmpty();
        assertThat(DateTexts.parseMachine("yesterday")).isEmpty();
        assertThat(DateTexts.parseMachine("")).isEmpty();
        assertThat(DateTexts.findPrinted("February 30, 2025")).isEmpty();
    }
}
