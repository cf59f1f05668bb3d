package io.newsline.runtime.dlq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.app.AppDefinition;
import io.newsline.runtime.app.StreamsApp;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.Stage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.internals.DefaultErrorHandlerContext;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exception handlers every app runs with, in a real topology: what the topology did not expect becomes a dead
 * letter with its reason, is counted in {@code newsline.dead.letters}, and the records around it go on. The test
 * driver does not send the records a deserialization handler returns, so that handler is checked on its own, with the
 * exception a real deserializer throws.
 */
class DeadLetterHandlersTest {

    static final String INPUT = "handlers-test-input";
    static final String OUTPUT = "handlers-test-output";

    /** Reads integers and fails on 13, the way an unexpected bug in a stage would. */
    static final class Unlucky implements AppDefinition {
        @Override
        public String name() {
            return "unlucky";
        }

        @Override
        public Stage stage() {
            return Stage.ENRICH;
        }

        @Override
        public Topology topology(NewslineConfig config, AppContext context) {
            StreamsBuilder builder = new StreamsBuilder();
            builder.stream(INPUT, Consumed.with(Serdes.String(), Serdes.Integer()))
                    .mapValues(v -> {
                        if (v == 13) {
                            throw new IllegalStateException("unlucky number");
                        }
                        return v * 2;
                    })
                    .to(OUTPUT, Produced.with(Serdes.String(), Serdes.Integer()));
            return builder.build();
        }
    }

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final Unlucky app = new Unlucky();
    TopologyTestDriver driver;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
        DeadLetterMetrics.unbind("newsline-unlucky");
    }

    @Test
    void unexpectedFailuresBecomeCountedDeadLettersAndTheStreamGoesOn(@TempDir Path state) {
        NewslineConfig config = NewslineConfig.defaults().with(Map.of("bootstrap.servers", "unused:9092",
                "app.state.dir", state.toString()));
        DeadLetterMetrics.bind(app.applicationId(config), meters);
        driver = new TopologyTestDriver(app.topology(config, null), StreamsApp.streamsProperties(app, config));
        TestInputTopic<String, byte[]> input = driver.createInputTopic(INPUT, Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        TestOutputTopic<String, Integer> output = driver.createOutputTopic(OUTPUT, Serdes.String().deserializer(),
                Serdes.Integer().deserializer());
        TestOutputTopic<String, DeadLetter> letters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(),
                Serdes.String().deserializer(), Topics.DEAD_LETTERS.valueSerde().deserializer());

        input.pipeInput("a", Serdes.Integer().serializer().serialize(INPUT, 1));
        input.pipeInput("c", Serdes.Integer().serializer().serialize(INPUT, 13));
        input.pipeInput("d", Serdes.Integer().serializer().serialize(INPUT, 2));

        assertThat(output.readValuesToList()).containsExactly(2, 4);
        List<DeadLetter> dead = letters.readValuesToList();
        assertThat(dead).extracting(DeadLetter::getReason).containsExactly(DeadLetterReason.PROCESSING_ERROR);
        assertThat(dead).allSatisfy(l -> {
            assertThat(l.getStage()).isEqualTo(Stage.ENRICH);
            assertThat(l.getSourceTopic()).isEqualTo(INPUT);
        });
        assertThat(dead.get(0).getMessage()).contains("unlucky number");
        assertThat(meters.get("newsline.dead.letters").tags("stage", "enrich", "reason", "processing-error")
                .counter().count()).isEqualTo(1.0);
    }

    @Test
    void aRecordTheSourceCannotDeserializeBecomesAnUndecodableLetterWithItsOrigin() {
        DeadLetterHandlers.Deserialization handler = new DeadLetterHandlers.Deserialization();
        handler.configure(Map.of("application.id", "newsline-unlucky", DeadLetterHandlers.STAGE_CONFIG, "ENRICH"));
        DeadLetterMetrics.bind("newsline-unlucky", meters);
        byte[] key = "c".getBytes(StandardCharsets.UTF_8);
        byte[] value = {0, 13, 7};
        SerializationException error = catchThrowableOfType(SerializationException.class,
                () -> Serdes.Integer().deserializer().deserialize(INPUT, value));
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>(INPUT, 2, 41L, key, value);
        record.headers().add("crawler", "x".getBytes(StandardCharsets.UTF_8));

        DeserializationExceptionHandler.Response response = handler.handleError(new DefaultErrorHandlerContext(null,
                INPUT, 2, 41L, record.headers(), "KSTREAM-SOURCE-0000000000", new TaskId(0, 2), 0L, key, value),
                record, error);

        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).hasSize(1);
        ProducerRecord<byte[], byte[]> out = response.deadLetterQueueRecords().get(0);
        assertThat(out.topic()).isEqualTo(Topics.DEAD_LETTERS.name());
        DeadLetter letter = Topics.DEAD_LETTERS.valueSerde().deserializer().deserialize(out.topic(), out.value());
        assertThat(letter.getReason()).isEqualTo(DeadLetterReason.UNDECODABLE);
        assertThat(letter.getStage()).isEqualTo(Stage.ENRICH);
        assertThat(letter.getApp()).isEqualTo("newsline-unlucky");
        assertThat(letter.getMessage()).contains("cannot deserialize").contains(error.getMessage());
        assertThat(letter.getSourceTopic()).isEqualTo(INPUT);
        assertThat(letter.getSourcePartition()).isEqualTo(2);
        assertThat(letter.getSourceOffset()).isEqualTo(41L);
        assertThat(letter.getOriginalKey()).isEqualTo(ByteBuffer.wrap(key));
        assertThat(letter.getOriginalValue()).isEqualTo(ByteBuffer.wrap(value));
        assertThat(letter.getOriginalValueLength()).isEqualTo(3L);
        assertThat(letter.getOriginalHeaders()).extracting(h -> h.getKey()).containsExactly("crawler");
        assertThat(meters.get("newsline.dead.letters").tags("stage", "enrich", "reason", "undecodable")
                .counter().count()).isEqualTo(1.0);
    }
}
