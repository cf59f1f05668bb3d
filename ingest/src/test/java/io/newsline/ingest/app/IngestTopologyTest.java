package io.newsline.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.schemas.ids.ArticleIds;
import io.newsline.runtime.stream.RoutingProcessor;
import io.newsline.runtime.testing.TestApps;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.PageType;
import io.newsline.schemas.RawPage;
import io.newsline.schemas.Stage;
import io.newsline.schemas.codec.RecordCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTopologyTest {

    static final String SEED_URL = "https://www.urdupoint.com/en/world/putin-hails-myanmar-ties-as-junta-chief-visit-1937530.html";

    @TempDir
    Path stateDir;
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> raw;
    TestOutputTopic<String, CleanArticle> clean;
    TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void start() {
        driver = TestApps.driver(new IngestApp(), stateDir, meters);
        raw = driver.createInputTopic(Topics.RAW_PAGES.name(), new StringSerializer(), new ByteArraySerializer());
        clean = driver.createOutputTopic(Topics.CLEAN_ARTICLES.name(), new StringDeserializer(),
                Topics.CLEAN_ARTICLES.valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(), new StringDeserializer(),
                Topics.DEAD_LETTERS.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static String seedText() throws IOException {
        try (InputStream in = IngestTopologyTest.class.getResourceAsStream("/golden/text/urdupoint-putin-myanmar-2025-03-05.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static byte[] json(Map<String, Object> page) throws IOException {
        return new ObjectMapper().writeValueAsBytes(page);
    }

    @Test
    void rawPageJsonOfTheSeedBecomesACleanArticleKeyedByArticleId() throws IOException {
        raw.pipeInput(SEED_URL, json(Map.of("url", SEED_URL, "fetchedAt", "2025-03-05T06:00:00Z",
                "contentType", "text/plain; charset=utf-8", "body", seedText(), "source", "test")));
        TestRecord<String, CleanArticle> out = clean.readRecord();
        assertThat(out.key()).isEqualTo(ArticleIds.of(SEED_URL));
        CleanArticle a = out.value();
        assertThat(a.getTitle()).isEqualTo("Putin Hails Myanmar Ties As Junta Chief Visits Moscow");
        assertThat(a.getPageType()).isEqualTo(PageType.ARTICLE);
        assertThat(a.getBlocks()).hasSize(16);
        assertThat(a.getText()).doesNotContain("Recent Stories");
        assertThat(a.getAgency()).isEqualTo("APP");
        assertThat(a.getFetchedAt()).isEqualTo(Instant.parse("2025-03-05T06:00:00Z"));
        assertThat(a.getCrawler()).isEqualTo("test");
        assertThat(out.headers().lastHeader(RoutingProcessor.HEADER_SOURCE_TOPIC).value())
                .isEqualTo(Topics.RAW_PAGES.name().getBytes(StandardCharsets.UTF_8));
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void avroRawPagesAreReadToo() throws IOException {
        RawPage page = RawPage.newBuilder().setUrl(SEED_URL).setContentType("text/plain")
                .setBody(ByteBuffer.wrap(seedText().getBytes(StandardCharsets.UTF_8))).build();
        raw.pipeInput(SEED_URL, RecordCodec.of(RawPage.class).encode(page));
        assertThat(clean.readValue().getTitle()).isEqualTo("Putin Hails Myanmar Ties As Junta Chief Visits Moscow");
    }

    @Test
    void randomBytesAreUndecodableDeadLettersAndTheNextPageIsStillProcessed() throws IOException {
        byte[] garbage = new byte[300];
        new Random(7).nextBytes(garbage);
        garbage[0] = 0x17;
        raw.pipeInput("k1", garbage);
        raw.pipeInput(SEED_URL, json(Map.of("url", SEED_URL, "body", seedText())));

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getStage()).isEqualTo(Stage.INGEST);
        assertThat(letter.getReason()).isEqualTo(DeadLetterReason.UNDECODABLE);
        assertThat(letter.getSourceTopic()).isEqualTo(Topics.RAW_PAGES.name());
        assertThat(letter.getSourceOffset()).isZero();
        assertThat(letter.getOriginalValueLength()).isEqualTo(300);
        assertThat(letter.getOriginalValueSha256()).hasSize(64);
        assertThat(clean.readValuesToList()).hasSize(1);
    }

    @Test
    void jsonWithoutUrlIsAMissingFieldDeadLetter() throws IOException {
        raw.pipeInput("k", json(Map.of("body", "<html><body><p>x</p></body></html>")));
        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getReason()).isEqualTo(DeadLetterReason.MISSING_FIELD);
        assertThat(letter.getMessage()).contains("url");
        assertThat(clean.isEmpty()).isTrue();
    }

    @Test
    void brokenJsonAndMistypedFieldsHaveTheirOwnReasons() throws IOException {
        raw.pipeInput("k", "{\"url\": \"https://x.example/\", \"body\": ".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("k", json(Map.of("url", "https://x.example/", "body", "<p>x</p>", "httpStatus", "two hundred")));
        assertThat(deadLetters.readValuesToList()).extracting(DeadLetter::getReason)
                .containsExactly(DeadLetterReason.INVALID_JSON, DeadLetterReason.INVALID_FIELD);
    }

    @Test
    void aPageThatSpendsItsWorkBudgetBeforeAnyTextIsATooComplexDeadLetter() throws IOException {
        String tags = "<html><body>" + "<td><table><tr>".repeat(100_000) + "<p>text past the budget</p>";
        raw.pipeInput("k", json(Map.of("url", "https://x.example/deep", "body", tags)));
        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getReason()).isEqualTo(DeadLetterReason.TOO_COMPLEX);
        assertThat(letter.getMessage()).contains("work budget");
        assertThat(clean.isEmpty()).isTrue();
    }

    @Test
    void theLineageSaysWhichCharsetWasUsedAndWhatTheBudgetCut() throws IOException {
        String html = "<html><body>" + "<div>".repeat(1_000) + seedText().replace("\n", "<p>");
        raw.pipeInput(SEED_URL, json(Map.of("url", SEED_URL, "body", html)));
        TestRecord<String, CleanArticle> out = clean.readRecord();
        assertThat(Long.parseLong(new String(out.headers().lastHeader("newsline.ingest.cpu.micros").value(),
                StandardCharsets.US_ASCII))).isNotNegative();
        assertThat(out.headers().lastHeader("newsline.ingest.micros")).isNotNull();
        CleanArticle a = out.value();
        assertThat(a.getLineage().getCharset()).isEqualTo("UTF-8");
        assertThat(a.getLineage().getCharsetReason()).isEqualTo("header");
        assertThat(a.getLineage().getTruncated()).containsExactly("depth");
    }

    @Test
    void avroWithAnUnknownSchemaFingerprintIsAnUnknownSchemaDeadLetter() {
        RawPage page = RawPage.newBuilder().setUrl(SEED_URL).setBody(ByteBuffer.wrap(new byte[] {1})).build();
        byte[] bytes = RecordCodec.of(RawPage.class).encode(page);
        bytes[3] ^= 0x55;
        raw.pipeInput(SEED_URL, bytes);
        assertThat(deadLetters.readValue().getReason()).isEqualTo(DeadLetterReason.UNKNOWN_SCHEMA);
    }

    @Test
    void pagesAboveTheSizeCapAreOversizeDeadLettersWithTheValueTruncated() throws IOException {
        String huge = "<html><body>" + "<p>word </p>".repeat(600_000) + "</body></html>"; // about 7 MB
        raw.pipeInput("big", json(Map.of("url", "https://big.example/a", "body", huge)));
        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getReason()).isEqualTo(DeadLetterReason.OVERSIZE);
        assertThat(letter.getValueTruncated()).isTrue();
        assertThat(letter.getOriginalValue().remaining()).isEqualTo(1 << 20);
        assertThat(letter.getOriginalValueLength()).isGreaterThan(5L * 1024 * 1024);
        assertThat(letter.getUrl()).isEqualTo("https://big.example/a");
        assertThat(clean.isEmpty()).isTrue();
    }

    @Test
    void navigationOnlyPagesFlowOnFlaggedNotArticle() throws IOException {
        String nav;
        try (InputStream in = getClass().getResourceAsStream("/golden/text/synthetic-navigation-only.txt")) {
            nav = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        raw.pipeInput("nav", json(Map.of("url", "https://www.example.com/culture/2025/03/velora-e-bike-story-page", "body", nav,
                "contentType", "text/plain")));
        assertThat(clean.readValue().getPageType()).isEqualTo(PageType.NOT_ARTICLE);
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void aShadowDeploymentReadsTheLiveRawPagesAndWritesOnlyItsSuffixedTopics(@TempDir Path shadowState)
            throws IOException {
        try (TopologyTestDriver shadow = TestApps.driver(new IngestApp(), shadowState, new SimpleMeterRegistry(),
                Map.of("topic.suffix", "backfill-2026-11"))) {
            TestInputTopic<String, byte[]> liveRaw = shadow.createInputTopic("news.pages.raw.v1",
                    new StringSerializer(), new ByteArraySerializer());
            liveRaw.pipeInput(SEED_URL, json(Map.of("url", SEED_URL, "contentType", "text/plain", "body", seedText())));
            liveRaw.pipeInput("k", new byte[] {9, 9, 9});

            assertThat(shadow.producedTopicNames())
                    .containsExactlyInAnyOrder("news.articles.clean.v1.backfill-2026-11", "news.dlq.v1.backfill-2026-11");
            assertThat(shadow.createOutputTopic("news.articles.clean.v1.backfill-2026-11", new StringDeserializer(),
                    Topics.CLEAN_ARTICLES.valueSerde().deserializer()).readValue().getArticleId())
                    .isEqualTo(ArticleIds.of(SEED_URL));
            DeadLetter letter = shadow.createOutputTopic("news.dlq.v1.backfill-2026-11", new StringDeserializer(),
                    Topics.DEAD_LETTERS.valueSerde().deserializer()).readValue();
            assertThat(letter.getReason()).isEqualTo(DeadLetterReason.UNDECODABLE);
            assertThat(letter.getApp()).isEqualTo("newsline-ingest.backfill-2026-11");
        }
    }

    @Test
    void aTakedownRecordBecomesARemovedArticle() throws IOException {
        raw.pipeInput(SEED_URL, json(Map.of("url", SEED_URL, "takedown", true)));
        CleanArticle a = clean.readValue();
        assertThat(a.getRemoved()).isTrue();
        assertThat(a.getArticleId()).isEqualTo(ArticleIds.of(SEED_URL));
    }

    @Test
    void everyInputRecordIsCountedByOutcome() throws IOException {
        raw.pipeInput("k", new byte[] {9, 9, 9});
        raw.pipeInput(SEED_URL, json(Map.of("url", SEED_URL, "body", seedText())));
        double total = meters.find("newsline.records").counters().stream().mapToDouble(c -> c.count()).sum();
        assertThat(total).isEqualTo(2.0);
        assertThat(meters.find("newsline.dead.letters").tag("reason", "undecodable").counter().count()).isEqualTo(1.0);
    }

    @Test
    void fieldCompletenessIsCountedPerRegisteredSiteAndOtherSitesShareOneTag() throws IOException {
        raw.pipeInput(SEED_URL, json(Map.of("url", SEED_URL, "contentType", "text/plain", "body", seedText())));
        String unknown = "https://unknown-" + System.nanoTime() + ".example.org/2025/03/05/story";
        raw.pipeInput(unknown, json(Map.of("url", unknown, "contentType", "text/plain", "body", seedText())));
        assertThat(meters.find("newsline.article.fields").tags("site", "urdupoint.com", "field", "title",
                "present", "true").counter().count()).isEqualTo(1.0);
        assertThat(meters.find("newsline.article.fields").tags("site", "other", "field", "body",
                "present", "true").counter().count()).isEqualTo(1.0);
        assertThat(meters.find("newsline.article.fields").counters()).allSatisfy(c ->
                assertThat(c.getId().getTag("site")).isIn("urdupoint.com", "other"));
    }
}
