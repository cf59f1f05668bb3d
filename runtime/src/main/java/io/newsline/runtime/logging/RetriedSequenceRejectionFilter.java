package io.newsline.runtime.logging;

import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.core.filter.AbstractFilter;

/**
 * Drops the in-process broker's ERROR lines about a transactions-v2 batch it rejected and the producer retried:
 * {@code ReplicaManager - Error processing append operation} with an {@link OutOfOrderSequenceException} "Expected
 * sequence 0 for transactions v2 idempotent producer with no existing state". Kafka 4.x rejects a transaction's
 * second batch to a partition that arrives before its first is appended (KAFKA-18202); the producer retries it and
 * nothing is lost (docs/BENCHMARKS.md, "The broker's OutOfOrderSequenceException"), but the line reads as a failure
 * in the demo and in tests. Every other event passes, including other sequence errors. Configured in log4j2.xml;
 * stateless and thread-safe.
 */
@Plugin(name = "RetriedSequenceRejectionFilter", category = Node.CATEGORY, elementType = Filter.ELEMENT_TYPE)
public final class RetriedSequenceRejectionFilter extends AbstractFilter {

    /** What the broker's rejection says, in the exception's message. */
    static final String REJECTION = "for transactions v2 idempotent producer with no existing state";

    private RetriedSequenceRejectionFilter() {
        super(Result.DENY, Result.NEUTRAL);
    }

    @PluginFactory
    public static RetriedSequenceRejectionFilter create() {
        return new RetriedSequenceRejectionFilter();
    }

    @Override
    public Result filter(LogEvent event) {
        for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
            if (t instanceof OutOfOrderSequenceException && t.getMessage() != null && t.getMessage().contains(REJECTION)) {
                return onMatch;
            }
        }
        return onMismatch;
    }
}
