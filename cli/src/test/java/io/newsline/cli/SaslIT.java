package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.kafka.embedded.EmbeddedKafkaBroker;
import io.newsline.runtime.app.KafkaClients;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The apps on a broker that requires SASL (PLAIN over SASL_PLAINTEXT), with the client settings given only through
 * configuration ({@code -D security.protocol}, {@code -D sasl.mechanism}, the JAAS line in
 * {@code NEWSLINE_SASL_JAAS_CONFIG}): pages flow, a wrong password is refused, and the password appears in no log
 * line and not in {@code /metrics}.
 */
class SaslIT {

    static final String USER = "newsline-app";
    final String password = "pw-" + UUID.randomUUID();
    final Path work = Path.of("target", "sasl-it", UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
    EmbeddedKafkaBroker broker;
    Process app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.destroyForcibly();
        }
        if (broker != null) {
            broker.stop();
        }
    }

    static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    @Test
    void theAppsAuthenticateWithConfiguredSaslSettingsAndNeverShowThePassword() throws Exception {
        Files.createDirectories(work);
        broker = EmbeddedKafkaBroker.persistent(work.resolve("kafka"), 0, 0, Map.of()).withSaslPlain(USER, password).start();
        NewslineConfig config = NewslineConfig.defaults().with(Map.of("bootstrap.servers", broker.saslBootstrapServers(),
                "security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN", "sasl.jaas.config", jaas(USER, password),
                "topic.replication.factor", "1", "topic.min.insync.replicas", "1", "topic.partitions", "1"));

        Map<String, Object> wrong = new HashMap<>(KafkaClients.admin(config));
        wrong.put("sasl.jaas.config", jaas(USER, "not-the-password"));
        try (Admin admin = Admin.create(wrong)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(60, TimeUnit.SECONDS))
                    .hasStackTraceContaining("Authentication failed");
        }
        TopicAdmin.createAll(config);

        Path log = work.resolve("apps.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path logConfig = Path.of("src", "test", "resources", "sasl-it-log4j2.xml").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + logConfig.toUri(),
                "-jar", CrashRestartIT.JAR.toString(), "run", "all", "--bootstrap-servers", broker.saslBootstrapServers(),
                "--http-port", "0", "-D", "app.state.dir=" + work.resolve("state"),
                "-D", "security.protocol=SASL_PLAINTEXT", "-D", "sasl.mechanism=PLAIN",
                "-D", "topic.replication.factor=1", "-D", "topic.min.insync.replicas=1",
                // all apps in 512 MB: room for English's entity model, not for all four languages' (enrich refuses
                // to start with them); the subject here is authentication
                "-D", "enrich.ner.languages=en")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("NEWSLINE_SASL_JAAS_CONFIG", jaas(USER, password));
        app = builder.start();

        List<String> urls = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/io/newsline/cli/samples/pages.jsonl");
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaClients.producer(config),
                     new StringSerializer(), new ByteArraySerializer())) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    String url = (String) CrashRestartIT.JSON.readValue(line, Map.class).get("url");
                    urls.add(url);
                    producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), url, line.getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        List<ArticleDecision> decisions = new ArrayList<>();
        try (TopicReader reader = new TopicReader(config, List.of(Topics.DECISIONS.name()), true)) {
            boolean done = reader.pollUntil(Duration.ofMinutes(4), r -> {
                if (TopicReader.decode(r.topic(), r.value()) instanceof ArticleDecision d) {
                    decisions.add(d);
                }
            }, () -> decisions.size() >= urls.size() || !app.isAlive());
            assertThat(done && app.isAlive()).as("decisions for every page through SASL (log %s)", log).isTrue();
        }
        assertThat(decisions).extracting(ArticleDecision::getUrl).containsExactlyInAnyOrderElementsOf(urls);

        Matcher port = Pattern.compile("metrics on :(\\d+)/metrics").matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
        assertThat(port.find()).isTrue();
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port.group(1) + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("newsline_records_total").doesNotContain(password);

        app.destroy(); // SIGTERM: the apps shut down cleanly and log as they do
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String logged = Files.readString(log, StandardCharsets.ISO_8859_1);
        // At INFO, Kafka prints every client's configuration: the SASL settings are there, the JAAS line hidden.
        assertThat(logged).contains("running against").contains("sasl.mechanism = PLAIN")
                .contains("security.protocol = SASL_PLAINTEXT").contains("sasl.jaas.config = [hidden]");
        assertThat(logged.lines().filter(l -> l.contains(password)).toList()).as("log lines with the password").isEmpty();
    }
}
