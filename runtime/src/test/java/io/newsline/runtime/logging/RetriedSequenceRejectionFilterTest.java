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

    @Test
    void dropsOnlyTheRetriedTransactionsV2RejectionAndLetsEveryOtherErrorThrough() {
        RetriedSequenceRejectionFilter filter = RetriedSequenceRejectionFilter.create();
        OutOfOrderSequenceException retried = new OutOfOrderSequenceException("Invalid sequence number for producer 4 at "
                + "offset 2 in partition news.articles.clean.v1-0: 6 (incoming seq. number). Expected sequence 0 for "
                + "transactions v2 idempotent producer with no existing state.");
        assertThat(filter.filter(error(retried))).isEqualTo(Filter.Result.DENY);
        assertThat(filter.filter(error(new KafkaException("wrapped", retried)))).isEqualTo(Filter.Result.DENY);

        assertThat(filter.filter(error(new OutOfOrderSequenceException("Out of order sequence number for producer 5: 7 "
                + "(incoming seq. number), 3 (current end sequence number)")))).isEqualTo(Filter.Result.NEUTRAL);
        assertThat(filter.filter(error(new KafkaException("Expected sequence 0 for transactions v2 idempotent producer "
                + "with no existing state")))).as("another exception type").isEqualTo(Filter.Result.NEUTRAL);
        assertThat(filter.filter(error(null))).isEqualTo(Filter.Result.NEUTRAL);
    }
}
