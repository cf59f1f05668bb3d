package io.newsline.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.reference.DataFiles;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus of nasty raw pages in {@code src/test/resources/nasty} (see its README) through the real ingest
 * topology, one driver for all, a good page before and after each: each gives exactly one result, the one
 * {@code EXPECTED.tsv} names.
 */
class NastyPagesTest {

    private static IngestHarness ingest;

    @BeforeAll
    static void start() {
        ingest = new IngestHarness();
    }

    @AfterAll
    static void stop() {
        ingest.close();
    }

    static List<String[]> expectations() {
        return DataFiles.lines(NastyPagesTest.class, "/nasty/EXPECTED.tsv").stream()
                .map(line -> line.split("\t", 3)).toList();
    }

    @Test
    void theCorpusCoversEveryReasonClassIngestCanGive() {
        assertThat(expectations()).hasSizeGreaterThan(30);
        assertThat(expectations().stream().map(e -> e[1]))
                .contains("clean", "dead-letter:UNDECODABLE", "dead-letter:INVALID_JSON", "dead-letter:MISSING_FIELD",
                        "dead-letter:INVALID_FIELD", "dead-letter:UNKNOWN_SCHEMA");
    }

    @TestFactory
    Stream<DynamicTest> everyNastyPageGivesExactlyTheExpectedResult() {
        return expectations().stream().map(e -> DynamicTest.dynamicTest(e[0] + " (" + e[2] + ")", () -> {
            byte[] value = IngestHarness.resource("/nasty/" + e[0]);
            IngestHarness.Result result = ingest.pipeBetweenGoodPages(e[0], value);
            String expected = e[1];
            if (expected.equals("clean")) {
                assertThat(result.isDeadLetter()).as("dead letter %s", result.deadLetter()).isFalse();
            } else if (expected.startsWith("dead-letter:")) {
                assertThat(result.isDeadLetter()).as("expected a dead letter, got an article").isTrue();
                assertThat(result.deadLetter().getReason())
                        .isEqualTo(DeadLetterReason.valueOf(expected.substring("dead-letter:".length())));
            } else {
                assertThat(expected).isEqualTo("either");
            }
        }));
    }
}
