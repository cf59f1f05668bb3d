package io.newsline.enrich.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.runtime.app.StreamsApp;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.testing.TestApps;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.BlockKind;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.EnrichmentStatus;
import io.newsline.schemas.EntityType;
import io.newsline.schemas.ExtractionLineage;
import io.newsline.schemas.Mention;
import io.newsline.schemas.PageType;
import io.newsline.schemas.Stage;
import io.newsline.schemas.TextBlock;
import io.newsline.schemas.TextField;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrichTopologyTest {

    static final String TEXT = "President Vladimir Putin on Tuesday praised Russia's developing ties with Myanmar, "
            + "during a visit by the Asian country's junta chief to its key ally.\n\n"
            + "\"The relations between our countries are steadily developing,\" Putin told junta chief Min Aung Hlaing "
            + "in a televised meeting at the Kremlin.";

    EnrichedArticles enricher;
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> clean;
    TestOutputTopic<String, EnrichedArticle> enriched;
    TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeAll
    void start(@TempDir Path stateDir) {
        // One enricher for the class: the CoreNLP model loads once.
        enricher = EnrichApp.enricher(NewslineConfig.defaults());
        driver = driver(stateDir, Map.of());
        clean = driver.createInputTopic(Topics.CLEAN_ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED_ARTICLES.name(), new StringDeserializer(),
                Topics.ENRICHED_ARTICLES.valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(), new StringDeserializer(),
                Topics.DEAD_LETTERS.valueSerde().deserializer());
    }

    @AfterAll
    void stop() {
        driver.close();
    }

    /** The app's topology with the class's enricher, for the deployment the settings describe. */
    TopologyTestDriver driver(Path stateDir, Map<String, String> settings) {
        return driver(stateDir, settings, new SimpleMeterRegistry());
    }

    TopologyTestDriver driver(Path stateDir, Map<String, String> settings, SimpleMeterRegistry meters) {
        EnrichApp app = new EnrichApp();
        NewslineConfig config = TestApps.config(stateDir, settings);
        return new TopologyTestDriver(EnrichTopology.build(enricher,
                TestApps.context(app, meters, config)), StreamsApp.streamsProperties(app, config));
    }

    @Test
    void aShadowDeploymentReadsAndWritesOnlyItsSuffixedTopics(@TempDir Path shadowState) {
        try (TopologyTestDriver shadow = driver(shadowState, Map.of("topic.suffix", "backfill-2026-11"))) {
            TestInputTopic<String, byte[]> shadowClean = shadow.createInputTopic(
                    "news.articles.clean.v1.backfill-2026-11", new StringSerializer(), new ByteArraySerializer());
            CleanArticle page = article("n2", "Home World Sport", PageType.NOT_ARTICLE, "en");
            shadowClean.pipeInput("n2", Topics.CLEAN_ARTICLES.valueSerde().serializer().serialize("t", page));
            shadowClean.pipeInput("x", new byte[] {9, 9, 9});

            assertThat(shadow.producedTopicNames()).containsExactlyInAnyOrder(
                    "news.articles.enriched.v1.backfill-2026-11", "news.dlq.v1.backfill-2026-11");
            assertThat(shadow.createOutputTopic("news.articles.enriched.v1.backfill-2026-11", new StringDeserializer(),
                    Topics.ENRICHED_ARTICLES.valueSerde().deserializer()).readValue().getArticle().getArticleId())
                    .isEqualTo("n2");
        }
    }

    static CleanArticle article(String id, String text, PageType type, String language) {
        return CleanArticle.newBuilder()
                .setArticleId(id).setUrl("https://example.org/" + id).setTitle("Putin hails Myanmar ties")
                .setLanguage(language).setPageType(type)
                .setBlocks(List.of(new TextBlock(BlockKind.PARAGRAPH, text))).setText(text)
                .setFetchedAt(Instant.parse("2025-03-05T06:00:00Z")).setLineage(new ExtractionLineage("t", "text", null, null, java.util.List.of()))
                .build();
    }

    void send(CleanArticle a) {
        clean.pipeInput(a.getArticleId(), Topics.CLEAN_ARTICLES.valueSerde().serializer().serialize("t", a));
    }

    @Test
    void anArticleGetsEntitiesWithOffsetsIntoItsText() {
        send(article("a1", TEXT, PageType.ARTICLE, "en"));
        EnrichedArticle out = enriched.readRecord().value();
        assertThat(out.getStatus()).isEqualTo(EnrichmentStatus.ENRICHED);
        assertThat(out.getArticle().getArticleId()).isEqualTo("a1");
        assertThat(out.getEntities()).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("Vladimir Putin");
            assertThat(e.getType()).isEqualTo(EntityType.PERSON);
            assertThat(e.getCount()).isEqualTo(3);
        });
        for (Mention m : out.getMentions()) {
            String field = m.getIn() == TextField.TITLE ? out.getArticle().getTitle() : TEXT;
            assertThat(field.substring(m.getStart(), m.getEnd())).isEqualTo(m.getText());
        }
        assertThat(out.getMentions()).anyMatch(m -> m.getText().equals("Min Aung Hlaing"));
        assertThat(out.getTopics()).isNotEmpty();
        assertThat(out.getKeywords()).isNotEmpty();
    }

    @Test
    void aGermanArticleGetsEntitiesFromTheGermanModelAndAnItalianOneIsSkipped() {
        String german = "Moskau (dpa) - Kremlchef Wladimir Putin hat die Beziehungen zu Myanmar gelobt. Das sagte er "
                + "bei einem Treffen mit Juntachef Min Aung Hlaing im Kreml.";
        send(article("de1", german, PageType.ARTICLE, "de"));
        send(article("it1", "Il presidente Vladimir Putin ha lodato i legami con il Myanmar.", PageType.ARTICLE, "it"));

        EnrichedArticle de = enriched.readValue();
        assertThat(de.getStatus()).isEqualTo(EnrichmentStatus.ENRICHED);
        assertThat(de.getEnricherVersion()).endsWith("/corenlp-4.5.10/german.distsim");
        assertThat(de.getMentions()).filteredOn(m -> m.getIn() == TextField.TEXT)
                .anySatisfy(m -> {
                    assertThat(m.getText()).isEqualTo("Wladimir Putin");
                    assertThat(m.getType()).isEqualTo(EntityType.PERSON);
                    assertThat(m.getStart()).isEqualTo(german.indexOf("Wladimir"));
                })
                .anyMatch(m -> m.getText().equals("Moskau") && m.getType() == EntityType.LOCATION);
        EnrichedArticle it = enriched.readValue();
        assertThat(it.getStatus()).isEqualTo(EnrichmentStatus.SKIPPED_LANGUAGE);
        assertThat(it.getMentions()).isEmpty();
    }

    @Test
    void operatorsSeePerLanguageWhetherArticlesGotEntitiesAndLanguagesWithoutAModelUnderOther(
            @TempDir Path stateDir) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (TopologyTestDriver counted = driver(stateDir, Map.of(), meters)) {
            TestInputTopic<String, byte[]> input = counted.createInputTopic(Topics.CLEAN_ARTICLES.name(),
                    new StringSerializer(), new ByteArraySerializer());
            TestOutputTopic<String, EnrichedArticle> output = counted.createOutputTopic(
                    Topics.ENRICHED_ARTICLES.name(), new StringDeserializer(),
                    Topics.ENRICHED_ARTICLES.valueSerde().deserializer());
            String german = "Berlin (dpa) - Bundeskanzler Friedrich Merz hat in Paris Präsident Emmanuel Macron "
                    + "getroffen. Die Europäische Kommission begrüßte das Treffen.";
            for (CleanArticle page : List.of(article("m-de", german, PageType.ARTICLE, "de-DE"),
                    article("m-it", "Il presidente Sergio Mattarella ha incontrato Emmanuel Macron a Roma.",
                            PageType.ARTICLE, "it"),
                    article("m-nl", "Home Nieuws Sport", PageType.NOT_ARTICLE, "nl"))) {
                input.pipeInput(page.getArticleId(),
                        Topics.CLEAN_ARTICLES.valueSerde().serializer().serialize("t", page));
            }
            EnrichedArticle de = output.readValue();

            assertThat(de.getEntities()).isNotEmpty();
            assertThat(articles(meters, "de", "entities")).isEqualTo(1);
            assertThat(articles(meters, "other", "no-model")).isEqualTo(1);
            assertThat(articles(meters, "other", "not-article")).isEqualTo(1);
            assertThat(meters.find(EntityMetrics.ARTICLES_METRIC).counters()).hasSize(3);
            for (EntityType type : EntityType.values()) {
                long expected = de.getEntities().stream().filter(e -> e.getType() == type).count();
                Counter found = meters.find(EntityMetrics.ENTITIES_METRIC).tags("app", "enrich", "language", "de",
                        "type", type.name().toLowerCase(Locale.ROOT)).counter();
                assertThat(found == null ? 0 : (long) found.count()).as(type.name()).isEqualTo(expected);
            }
            assertThat(meters.find(EntityMetrics.ENTITIES_METRIC).tags("type", "person").counter().count())
                    .isGreaterThanOrEqualTo(2);
            assertThat(meters.find(EntityMetrics.ENTITIES_METRIC).counters())
                    .allMatch(c -> "de".equals(c.getId().getTag("language")));
        }
    }

    private static double articles(MeterRegistry meters, String language, String result) {
        Counter counter = meters.find(EntityMetrics.ARTICLES_METRIC)
                .tags("app", "enrich", "language", language, "result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void pagesFlaggedNotArticleSkipEnrichmentButFlowOn() {
        send(article("n1", "Home World Sport", PageType.NOT_ARTICLE, "en"));
        EnrichedArticle out = enriched.readValue();
        assertThat(out.getStatus()).isEqualTo(EnrichmentStatus.SKIPPED_NOT_ARTICLE);
        assertThat(out.getMentions()).isEmpty();
    }

    @Test
    void recordsThatAreNotCleanArticlesAreDeadLettered() {
        clean.pipeInput("x", "{\"not\": \"avro\"}".getBytes());
        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getStage()).isEqualTo(Stage.ENRICH);
        assertThat(letter.getReason()).isEqualTo(DeadLetterReason.UNDECODABLE);
        send(article("a2", TEXT, PageType.ARTICLE, "en"));
        assertThat(enriched.readValue().getArticle().getArticleId()).isEqualTo("a2");
    }
}
