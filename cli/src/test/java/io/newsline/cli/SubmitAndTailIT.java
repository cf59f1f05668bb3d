package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.kafka.embedded.KafkaBroker;
import io.newsline.kafka.embedded.KafkaBrokerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsline topics create}, {@code submit} and {@code tail} against a real broker. */
@ExtendWith(KafkaBrokerExtension.class)
class SubmitAndTailIT {

    @Test
    void submitSendsPagesRefusesWhatTheTopicWouldRejectAndTailPrintsThem(KafkaBroker broker, @TempDir Path dir)
            throws Exception {
        String bootstrap = broker.bootstrapServers();
        String[] single = {"-D", "topic.replication.factor=1", "-D", "topic.min.insync.replicas=1", "-D", "topic.partitions=2"};
        CommandOutput create = CommandOutput.run(concat(new String[] {"topics", "create", "--bootstrap-servers", bootstrap}, single));
        assertThat(create.exitCode()).as(create.err()).isZero();

        String run = UUID.randomUUID().toString();
        ObjectMapper json = new ObjectMapper();
        Path pages = dir.resolve("pages.jsonl");
        String small = json.writeValueAsString(Map.of("url", "https://small.example/" + run, "body", "<p>small page</p>"));
        // 17 MB of text: larger than the raw topic's 16 MB max.message.bytes.
        String huge = json.writeValueAsString(Map.of("url", "https://huge.example/" + run, "body", "x".repeat(17 * 1024 * 1024)));
        Files.writeString(pages, small + "\n" + huge + "\n{\"url\": 42}\n");

        CommandOutput submit = CommandOutput.run("submit", "--bootstrap-servers", bootstrap, pages.toString());
        assertThat(submit.exitCode()).isEqualTo(2);
        assertThat(submit.err()).contains("pages.jsonl:2: refused, page of")
                .contains("larger than the raw topic's max.message.bytes (16777216)")
                .contains("pages.jsonl:3: refused")
                .contains("submitted 1 pages, refused 2");

        CommandOutput tail = CommandOutput.run("tail", "--bootstrap-servers", bootstrap, "raw", "--from-beginning",
                "--idle-exit", "5");
        assertThat(tail.exitCode()).isZero();
        assertThat(tail.out()).contains("https://small.example/" + run).doesNotContain("https://huge.example/" + run);
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
