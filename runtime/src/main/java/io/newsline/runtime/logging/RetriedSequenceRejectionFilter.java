package io.newsline.runtime.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * in the demo and in tests. With three batches in flight the same rejection shows a second way: the second batch is
 * rejected as above, the first is appended, and the third then finds a gap, "2 (incoming seq. number), 0 (current
 * end sequence number)". A gap (an incoming first sequence more than one past the partition's last) means an earlier
 * batch of the producer is still to come: the producer retries the batch behind it (it is not the next sequence it
 * awaits), so those lines are dropped too. A batch at or before the partition's last sequence (one that overtook
 * another, or a duplicate) still shows, as does every other event. Configured in log4j2.xml; stateless and
 * thread-safe.
 */
@Plugin(name = "RetriedSequenceRejectionFilter", category = Node.CATEGORY, elementType = Filter.ELEMENT_TYPE)
public final class RetriedSequenceRejectionFilter extends AbstractFilter {

    /** What the broker's rejection says, in the exception's message. */
    static final String REJECTION = "for transactions v2 idempotent producer with no existing state";

    /** The broker's out-of-order message: the batch's first sequence and the partition's last for the producer. */
    private static final Pattern OUT_OF_ORDER = Pattern.compile(
            "(-?\\d+) \\(incoming seq\\. number\\), (-?\\d+) \\(current end sequence number\\)");

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
            if (t instanceof OutOfOrderSequenceException && t.getMessage() != null
                    && (t.getMessage().contains(REJECTION) || followsAGap(t.getMessage()))) {
                return onMatch;
            }
        }
        return onMismatch;
    }

    /** Whether the broker rejected a batch because the batch before it has not been appended yet. */
    static boolean followsAGap(String message) {
        Matcher m = OUT_OF_ORDER.matcher(message);
        if (!m.find()) {
            return false;
        }
        try {
            long incoming = Long.parseLong(m.group(1));
            long currentEnd = Long.parseLong(m.group(2));
            return incoming > currentEnd + 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
