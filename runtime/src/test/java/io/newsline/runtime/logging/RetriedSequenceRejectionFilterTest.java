package io.newsline.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

class RetriedSequenceRejectionFilterTest {

    static LogEvent error(Throwable thrown) {
        return Log4jLogEvent.newBuilder().setLoggerName("kafka.server.ReplicaManager").setLevel(Level.ERROR)
                .setMessage(new SimpleMessage("[ReplicaManager broker=1] Error processing append operation on partition "
                        + "news.articles.clean.v1-0")).setThrown(thrown).build();
    }

    /** The broker's message for a batch whose first sequence does not follow the partition's last for its producer. */
    static OutOfOrderSequenceException outOfOrder(int incoming, int currentEnd) {
        return new OutOfOrderSequenceException("Out of order sequence number for producer 1006 at offset 14 in "
                + "partition news.stories.v1-2: " + incoming + " (incoming seq. number), " + currentEnd
                + " (current end sequence number)");
    }

    @Test
    void dropsABatchRejectedBehindAGapWhichTheProducerRetriesAfterTheBatchBeforeIt() {
        RetriedSequenceRejectionFilter filter = RetriedSequenceRejectionFilter.create();
        assertThat(filter.filter(error(outOfOrder(2, 0)))).isEqualTo(Filter.Result.DENY);
        assertThat(filter.filter(error(outOfOrder(9, -1)))).as("the partition holding no sequence for the producer yet")
                .isEqualTo(Filter.Result.DENY);
        assertThat(filter.filter(error(new KafkaException("wrapped", outOfOrder(7, 3))))).isEqualTo(Filter.Result.DENY);
        assertThat(filter.filter(error(new KafkaException(outOfOrder(7, 3).getMessage()))))
                .as("another exception type").isEqualTo(Filter.Result.NEUTRAL);
    }

    @Test
    void dropsOnlyTheRetriedTransactionsV2RejectionAndLetsEveryOtherErrorThrough() {
        RetriedSequenceRejectionFilter filter = RetriedSequenceRejectionFilter.create();
        OutOfOrderSequenceException retried = new OutOfOrderSequenceException("Invalid sequence number for producer 4 at "
                + "offset 2 in partition news.articles.clean.v1-0: 6 (incoming seq. number). Expected sequence 0 for "
                + "transactions v2 idempotent producer with no existing state.");
        assertThat(filter.filter(error(retried))).isEqualTo(Filter.Result.DENY);
        assertThat(filter.filter(error(new KafkaException("wrapped", retried)))).isEqualTo(Filter.Result.DENY);

        assertThat(filter.filter(error(outOfOrder(1, 0)))).as("the next sequence").isEqualTo(Filter.Result.NEUTRAL);
        assertThat(filter.filter(error(outOfOrder(0, 1)))).as("overtook the batch before it")
                .isEqualTo(Filter.Result.NEUTRAL);
        assertThat(filter.filter(error(outOfOrder(3, 3)))).as("a duplicate").isEqualTo(Filter.Result.NEUTRAL);
        assertThat(filter.filter(error(new OutOfOrderSequenceException("Out of order sequence number for producer 5 at "
                + "offset 7 in partition t-0")))).as("no sequence numbers").isEqualTo(Filter.Result.NEUTRAL);
        assertThat(filter.filter(error(new KafkaException("Expected sequence 0 for transactions v2 idempotent producer "
                + "with no existing state")))).as("another exception type").isEqualTo(Filter.Result.NEUTRAL);
        assertThat(filter.filter(error(null))).isEqualTo(Filter.Result.NEUTRAL);
    }
}
