package io.newsline.runtime.dlq;

import io.newsline.runtime.app.Version;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.Stage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams exception handlers that turn a record the app cannot handle into a {@link DeadLetter} on
 * {@code news.dlq.v1} (or the shadow deployment's dead-letter topic) and carry on, so no stream thread dies on a bad record and every input record is accounted
 * for. Expected failures never get here (topologies branch them to the dead-letter topic as values); these catch
 * what was not expected: a processing exception, an undeserialisable key, a record the broker refuses.
 *
 * <p>Config keys read in {@code configure}: {@value #STAGE_CONFIG} (the stage name), {@value #TOPIC_CONFIG},
 * {@code application.id},
 * {@code app.dlq.max.value.bytes}.
 */
public final class DeadLetterHandlers {

    public static final String STAGE_CONFIG = "newsline.dlq.stage";
    /** The dead-letter topic of the app's deployment (a shadow deployment has its own); default: the live one. */
    public static final String TOPIC_CONFIG = "newsline.dlq.topic";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandlers.class);

    private DeadLetterHandlers() {}

    static DeadLetters fromConfigs(Map<String, ?> configs) {
        Object stage = configs.get(STAGE_CONFIG);
        Object app = configs.get(StreamsConfig.APPLICATION_ID_CONFIG);
        Object max = configs.get("app.dlq.max.value.bytes");
        return new DeadLetters(app == null ? "newsline" : app.toString(), Version.get(),
                stage == null ? Stage.UNKNOWN : Stage.valueOf(stage.toString()),
                max == null ? 1 << 20 : Integer.parseInt(max.toString()), Clock.systemUTC());
    }

    static String topicFromConfigs(Map<String, ?> configs) {
        Object topic = configs.get(TOPIC_CONFIG);
        return topic == null ? Topics.DEAD_LETTERS.name() : topic.toString();
    }

    /** What every handler reads from its configs: how to make letters, where to send them, whose metric to count. */
    abstract static class LetterWriter {
        DeadLetters deadLetters;
        private String topic;
        private String applicationId;

        public void configure(Map<String, ?> configs) {
            deadLetters = fromConfigs(configs);
            topic = topicFromConfigs(configs);
            Object app = configs.get(StreamsConfig.APPLICATION_ID_CONFIG);
            applicationId = app == null ? null : app.toString();
        }

        /** The letter as a record for the dead-letter topic, counted in the app's dead-letter metric. */
        ProducerRecord<byte[], byte[]> send(DeadLetter letter, byte[] originalKey) {
            DeadLetterMetrics.count(applicationId, letter.getStage(), letter.getReason());
            return toRecord(topic, letter, originalKey);
        }
    }

    static ProducerRecord<byte[], byte[]> toRecord(String topic, DeadLetter letter, byte[] originalKey) {
        byte[] key = DeadLetters.keyOf(originalKey, letter.getReason()).getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(topic, key, Topics.DEAD_LETTERS.valueSerde().serializer().serialize(topic, letter));
    }

    static DeadLetters.Origin origin(ErrorHandlerContext context) {
        return new DeadLetters.Origin(context.topic(), context.partition(), context.offset(), context.sourceRawKey(),
                context.headers());
    }

    /** Unexpected exceptions while processing a record: dead-letter it as processing-error and resume. */
    public static final class Processing extends LetterWriter implements ProcessingExceptionHandler {

        @Override
        public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
            LOG.warn("processing error at {}-{}@{} in {}: {}", context.topic(), context.partition(), context.offset(),
                    context.processorNodeId(), exception.toString());
            DeadLetter letter = deadLetters.create(DeadLetterReason.PROCESSING_ERROR,
                    "processing failed in " + context.processorNodeId() + ": " + exception, exception,
                    origin(context), context.sourceRawValue(), null, null);
            return Response.resume(List.of(send(letter, context.sourceRawKey())));
        }
    }

    /** A key or value the source serdes cannot read: dead-letter it as undecodable and continue. */
    public static final class Deserialization extends LetterWriter implements DeserializationExceptionHandler {

        @Override
        public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                    Exception exception) {
            LOG.warn("undecodable record at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    exception.toString());
            DeadLetter letter = deadLetters.create(DeadLetterReason.UNDECODABLE,
                    "cannot deserialize record: " + exception, exception,
                    new DeadLetters.Origin(record.topic(), record.partition(), record.offset(), record.key(),
                            record.headers()), record.value(), null, null);
            return Response.resume(List.of(send(letter, record.key())));
        }
    }

    /**
     * A record the producer cannot send or serialise: a too-large record becomes an oversize dead letter (the
     * value is truncated, so the letter fits); anything else fails, because retrying cannot fix it silently.
     */
    public static final class Production extends LetterWriter implements ProductionExceptionHandler {

        @Override
        public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                    Exception exception) {
            if (exception instanceof RecordTooLargeException) {
                LOG.warn("output record too large for {}: {}", record.topic(), exception.getMessage());
                DeadLetter letter = deadLetters.create(DeadLetterReason.OVERSIZE,
                        "output to " + record.topic() + " too large: " + exception.getMessage(), exception,
                        origin(context), record.value(), null, null);
                return Response.resume(List.of(send(letter, record.key())));
            }
            return Response.fail();
        }

        @Override
        public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record,
                                                 Exception exception, SerializationExceptionOrigin origin) {
            DeadLetter letter = deadLetters.create(DeadLetterReason.PROCESSING_ERROR,
                    "cannot serialize output " + origin + " for " + record.topic() + ": " + exception, exception,
                    origin(context), context.sourceRawValue(), null, null);
            return Response.resume(List.of(send(letter, context.sourceRawKey())));
        }
    }
}
