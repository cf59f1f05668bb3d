package io.newsline.runtime.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.app.AppDefinition;
import io.newsline.runtime.app.StreamsApp;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.Stage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exception handlers every app runs with, in a real topology: what the topology did not expect becomes a dead
 * letter with its reason, is counted in {@code newsline.dead.letters}, and the records around it go on. (The
 * deserialization handler is not exercised here: the test driver does not send the records it returns.)
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
}
