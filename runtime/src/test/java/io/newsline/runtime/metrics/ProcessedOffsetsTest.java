package io.newsline.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class ProcessedOffsetsTest {

    @Test
    void recordsAtOrBelowTheHighestOffsetProcessedAreCountedAsReprocessed() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ProcessedOffsets offsets = new ProcessedOffsets(meters, "ingest");
        assertThat(offsets.processed("raw", 0, 10)).isFalse();
        assertThat(offsets.processed("raw", 0, 11)).isFalse();
        assertThat(offsets.processed("raw", 1, 3)).isFalse();
        // the transaction that held 10 and 11 aborted: both come again
        assertThat(offsets.processed("raw", 0, 10)).isTrue();
        assertThat(offsets.processed("raw", 0, 11)).isTrue();
        assertThat(offsets.processed("raw", 0, 12)).isFalse();
        assertThat(offsets.processed("other", 0, 10)).isFalse();
        assertThat(offsets.reprocessed()).isEqualTo(2);
        assertThat(meters.get("newsline.records.reprocessed").tag("app", "ingest").counter().count()).isEqualTo(2);
    }
}
