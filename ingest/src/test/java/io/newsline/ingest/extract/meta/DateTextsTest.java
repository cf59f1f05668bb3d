package io.newsline.ingest.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    @Test
    void theDigitByDigitReadingOfCommonIsoDatesReadsThemAsJavaTimeDoes() {
        assertThat(DateTexts.plainOffsetDateTime("2025-03-05T12:50:00+01:00"))
                .isEqualTo(OffsetDateTime.parse("2025-03-05T12:50:00+01:00"));
        assertThat(DateTexts.plainOffsetDateTime("2013-11-30 07:05:09.25Z"))
                .isEqualTo(OffsetDateTime.parse("2013-11-30T07:05:09.250Z"));
        assertThat(DateTexts.plainOffsetDateTime("2019-06-01t23:59-05:30"))
                .isEqualTo(OffsetDateTime.parse("2019-06-01T23:59-05:30"));
        assertThat(DateTexts.plainOffsetDateTime("2025-02-29T10:00:00Z")).isNull();
        assertThat(DateTexts.plainOffsetDateTime("2025-03-05T12:50:00+0100")).isNull();
        assertThat(DateTexts.parseMachine("2025-03-05T12:50:00+0100").orElseThrow().instant(null))
                .isEqualTo(Instant.parse("2025-03-05T11:50:00Z"));
        // whatever it reads, java.time reads the same way; what it leaves, java.time reads (or refuses) as before
        int read = 0;
        for (String s : isoLikeSamples()) {
            OffsetDateTime plain = DateTexts.plainOffsetDateTime(s);
            if (plain != null) {
                read++;
                assertThat(plain).as(s).isEqualTo(OffsetDateTime.parse(s.replace(' ', 'T')));
            }
        }
        assertThat(read).isGreaterThan(300);
    }

    /** Date-times near the common form: digits, separators and offsets varied, some out of range. */
    private static List<String> isoLikeSamples() {
        String[] years = {"2025", "1999", "0000", "9999", "2024", "20x5"};
        String[] dates = {"-03-05", "-02-29", "-02-30", "-12-31", "-13-01", "-00-10", "-04-31", "-1-05", "-06-00"};
        String[] separators = {"T", "t", " ", "X", ""};
        String[] times = {"12:50", "12:50:00", "00:00:59.1", "23:59:59.123456789", "23:59:59.1234567890", "24:00",
            "12:60", "12:50:60", "12:50:00.", "7:05", "12:50:0"};
        String[] offsets = {"Z", "z", "+01:00", "-05:30", "+00:00", "-00:00", "+18:00", "+17:59", "+0100", "+01",
            "+1:00", "+01:60", "", " ", "+01:00 ", "GMT", "+01:00:00"};
        List<String> samples = new ArrayList<>();
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            samples.add(years[random.nextInt(years.length)] + dates[random.nextInt(dates.length)]
                    + separators[random.nextInt(separators.length)] + times[random.nextInt(times.length)]
                    + offsets[random.nextInt(offsets.length)]);
        }
        return samples;
    }
}
