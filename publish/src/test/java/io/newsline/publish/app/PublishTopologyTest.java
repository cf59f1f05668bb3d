package io.newsline.publish.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.publish.match.BandIndex;
import io.newsline.runtime.testing.TestApps;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.EnrichmentStatus;
import io.newsline.schemas.ExtractionLineage;
import io.newsline.schemas.PageType;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Stage;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEvent;
import io.newsline.schemas.StoryEventType;
import java.nio.file.Path;
import java.util.Map;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishTopologyTest {

    static final String BODY = "President Vladimir Putin on Tuesday praised Russia's developing ties with Myanmar.\n\n"
            + "Russia is a crucial arms supplier to the isolated state.";

    @TempDir
    Path stateDir;
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> enriched;
    TestOutputTopic<String, ArticleDecision> decisions;
    TestOutputTopic<String, Story> stories;
    TestOutputTopic<String, StoryEvent> events;
    TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void start() {
        start(TestApps.driver(new PublishApp(), stateDir, new SimpleMeterRegistry()));
    }

    void start(TopologyTestDriver newDriver) {
        driver = newDriver;
        enriched = driver.createInputTopic(Topics.ENRICHED_ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());
        decisions = driver.createOutputTopic(Topics.DECISIONS.name(), new StringDeserializer(),
                Topics.DECISIONS.valueSerde().deserializer());
        stories = driver.createOutputTopic(Topics.STORIES.name(), new StringDeserializer(),
                Topics.STORIES.valueSerde().deserializer());
        events = driver.createOutputTopic(Topics.EVENTS.name(), new StringDeserializer(),
                Topics.EVENTS.valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(), new StringDeserializer(),
                Topics.DEAD_LETTERS.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static EnrichedArticle article(String id, String url, String text, PageType type) {
        CleanArticle clean = CleanArticle.newBuilder()
                .setArticleId(id).setUrl(url).setTitle("Putin hails Myanmar ties").setPageType(type)
                .setText(text).setFetchedAt(Instant.parse("2025-03-05T06:00:00Z"))
                .setLineage(new ExtractionLineage("test", "text", null, null, java.util.List.of())).build();
        return EnrichedArticle.newBuilder().setArticle(clean).setStatus(EnrichmentStatus.ENRICHED).build();
    }

    void send(EnrichedArticle a) {
        enriched.pipeInput(a.getArticle().getArticleId(), Topics.ENRICHED_ARTICLES.valueSerde().serializer()
                .serialize(Topics.ENRICHED_ARTICLES.name(), a));
    }

    @Test
    void exactCopiesOfOneBodyEndInOneStoryFoundedByTheFirst() {
        send(article("a1", "https://one.example/a", BODY, PageType.ARTICLE));
        send(article("a2", "https://two.example/b", BODY.replace("'", "’").toUpperCase(), PageType.ARTICLE));

        List<ArticleDecision> ds = decisions.readValuesToList();
        assertThat(ds).extracting(ArticleDecision::getRelation).containsExactly(Relation.ORIGINAL, Relation.COPY);
        assertThat(ds).extracting(ArticleDecision::getStoryId).containsOnly("s-a1");
        assertThat(ds.get(1).getRule()).isEqualTo("resemblance");
        assertThat(ds.get(1).getSimilarity()).isEqualTo(1.0);

        List<StoryEvent> es = events.readValuesToList();
        assertThat(es).extracting(StoryEvent::getType).containsExactly(StoryEventType.STORY_CREATED, StoryEventType.COPY_ADDED);
        assertThat(es).extracting(StoryEvent::getEventId).doesNotHaveDuplicates();

        var latest = stories.readKeyValuesToMap();
        assertThat(latest).containsOnlyKeys("s-a1");
        assertThat(latest.get("s-a1").getMembers()).extracting(m -> m.getUrl())
                .containsExactly("https://one.example/a", "https://two.example/b");
        assertThat(latest.get("s-a1").getTitle()).isEqualTo("Putin hails Myanmar ties");
    }

    @Test
    void aShadowDeploymentReadsAndWritesOnlyItsSuffixedTopics(@TempDir Path shadowState) {
        String suffix = ".backfill-2026-11";
        try (TopologyTestDriver shadow = TestApps.driver(new PublishApp(), shadowState, new SimpleMeterRegistry(),
                Map.of("topic.suffix", "backfill-2026-11"))) {
            TestInputTopic<String, byte[]> shadowEnriched = shadow.createInputTopic("news.articles.enriched.v1" + suffix,
                    new StringSerializer(), new ByteArraySerializer());
            EnrichedArticle a = article("a1", "https://one.example/a", BODY, PageType.ARTICLE);
            shadowEnriched.pipeInput("a1", Topics.ENRICHED_ARTICLES.valueSerde().serializer().serialize("t", a));
            shadowEnriched.pipeInput("x", new byte[] {9, 9, 9});

            assertThat(shadow.producedTopicNames()).filteredOn(t -> t.startsWith("news."))
                    .containsExactlyInAnyOrder("news.decisions.v1" + suffix, "news.stories.v1" + suffix,
                            "news.events.v1" + suffix, "news.dlq.v1" + suffix);
            assertThat(shadow.producedTopicNames()).filteredOn(t -> !t.startsWith("news."))
                    .allMatch(t -> t.startsWith("newsline-publish" + suffix + "-"), "internal topics of the shadow app id");
            assertThat(shadow.createOutputTopic("news.decisions.v1" + suffix, new StringDeserializer(),
                    Topics.DECISIONS.valueSerde().deserializer()).readValue().getStoryId()).isEqualTo("s-a1");
            assertThat(shadow.createOutputTopic("news.events.v1" + suffix, new StringDeserializer(),
                    Topics.EVENTS.valueSerde().deserializer()).readValuesToList()).hasSize(1);
        }
    }

    @Test
    void differentBodiesFoundDifferentStories() {
        send(article("a1", "https://one.example/a", BODY, PageType.ARTICLE));
        send(article("b1", "https://one.example/b", "A different story about Velora profits.", PageType.ARTICLE));
        assertThat(decisions.readValuesToList()).extracting(ArticleDecision::getStoryId).containsExactly("s-a1", "s-b1");
    }

    @Test
    void theSameUrlCrawledAgainUnchangedIsARecrawlWithNoEvent() {
        send(article("a1", "https://one.example/a", BODY, PageType.ARTICLE));
        send(article("a1", "https://one.example/a", BODY, PageType.ARTICLE));
        List<ArticleDecision> ds = decisions.readValuesToList();
        assertThat(ds).extracting(ArticleDecision::getRelation).containsExactly(Relation.ORIGINAL, Relation.RECRAWL);
        assertThat(events.readValuesToList()).hasSize(1);
    }

    @Test
    void notArticleGetsADecisionAndNoStory() {
        send(article("n1", "https://nav.example/", "Home\n\nWorld\n\nSport", PageType.NOT_ARTICLE));
        List<ArticleDecision> ds = decisions.readValuesToList();
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.getRelation()).isEqualTo(Relation.NOT_ARTICLE);
            assertThat(d.getStoryId()).isNull();
        });
        assertThat(stories.isEmpty()).isTrue();
        assertThat(events.isEmpty()).isTrue();
    }

    @Test
    void undecodableInputGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        enriched.pipeInput("bad", new byte[] {1, 2, 3});
        send(article("a1", "https://one.example/a", BODY, PageType.ARTICLE));
        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getStage()).isEqualTo(Stage.PUBLISH);
        assertThat(letter.getReason()).isEqualTo(DeadLetterReason.UNDECODABLE);
        assertThat(letter.getSourceTopic()).isEqualTo(Topics.ENRICHED_ARTICLES.name());
        assertThat(letter.getOriginalValueLength()).isEqualTo(3);
        assertThat(decisions.readValuesToList()).hasSize(1);
    }

    /** A fixture page's article: first line the title, text up to the site's "Recent Stories" list. */
    static EnrichedArticle fixture(String file, String url, String agency, String credit) throws java.io.IOException {
        String raw;
        try (var in = PublishTopologyTest.class.getResourceAsStream("/io/newsline/publish/match/pages/" + file)) {
            raw = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (raw.startsWith("url: ")) {
            raw = raw.substring(raw.indexOf('\n', raw.indexOf("label:")) + 1);
        }
        raw = raw.strip();
        int cut = raw.indexOf("Recent Stories");
        if (cut > 0) {
            raw = raw.substring(0, cut);
        }
        String title = raw.substring(0, raw.indexOf('\n')).strip();
        String text = raw.substring(raw.indexOf('\n')).strip();
        EnrichedArticle a = article(io.newsline.schemas.ids.ArticleIds.of(url), url, text, PageType.ARTICLE);
        a.getArticle().setTitle(title);
        a.getArticle().setAgency(agency);
        a.getArticle().setCredit(credit);
        return a;
    }

    static final String SEED_URL = "https://www.urdupoint.com/en/world/putin-hails-myanmar-ties-as-junta-chief-visit-1937530.html";

    EnrichedArticle seed() throws java.io.IOException {
        return fixture("urdupoint-putin-myanmar-2025-03-05.txt", SEED_URL, "APP", "APP - UrduPoint / Pakistan Point News");
    }

    @Test
    void anEditedCopyAndATruncatedCopyJoinTheSeedStory() throws Exception {
        send(seed());
        send(fixture("seed-copy-edited.txt", "https://edited.example/putin", null, null));
        send(fixture("seed-copy-truncated.txt", "https://truncated.example/putin", "APP", "APP"));
        List<ArticleDecision> ds = decisions.readValuesToList();
        assertThat(ds).extracting(ArticleDecision::getStoryId).containsOnly(ds.get(0).getStoryId());
        assertThat(ds.get(1).getRelation()).isIn(Relation.COPY, Relation.TRUNCATED_COPY);
        assertThat(ds.get(2).getRelation()).isIn(Relation.COPY, Relation.TRUNCATED_COPY);
        assertThat(ds.get(1).getSimilarity()).isBetween(0.5, 1.0);
    }

    @Test
    void theStorySourceBecomesAfpWhenAnAfpCreditedCopyJoinsAndItBecomesCanonical() throws Exception {
        send(seed());
        send(fixture("seed-copy-afp-wire.txt", "https://afp.example/putin", "AFP", "AFP"));
        List<StoryEvent> es = events.readValuesToList();
        assertThat(es).extracting(StoryEvent::getType).containsExactly(StoryEventType.STORY_CREATED,
                StoryEventType.COPY_ADDED, StoryEventType.SOURCE_CHANGED, StoryEventType.CANONICAL_CHANGED);
        assertThat(es.get(0).getStory().getSource()).isEqualTo("APP");
        assertThat(es.get(2).getPrevious()).isEqualTo("APP");
        assertThat(es.get(2).getCurrent()).isEqualTo("AFP");
        Story latest = stories.readKeyValuesToMap().values().iterator().next();
        assertThat(latest.getSource()).isEqualTo("AFP");
        assertThat(latest.getCanonicalUrl()).isEqualTo("https://afp.example/putin");
    }

    @Test
    void independentReportsOfTheSameMeetingAndTheNextDayStoryStaySeparate() throws Exception {
        send(seed());
        send(fixture("synthetic-independent-report.txt", "https://report.example/putin-talks", null, null));
        send(fixture("seed-next-day-afp.txt", "https://afp.example/next-day", "AFP", "AFP"));
        send(fixture("synthetic-velora-business.txt", "https://business.example/velora", "AFP", "AFP"));
        List<ArticleDecision> ds = decisions.readValuesToList();
        assertThat(ds).extracting(ArticleDecision::getRelation).doesNotContain(Relation.COPY, Relation.TRUNCATED_COPY);
        assertThat(ds.stream().map(ArticleDecision::getStoryId).distinct().count())
                .isEqualTo(ds.stream().filter(d -> d.getRelation() == Relation.ORIGINAL).count());
    }

    @Test
    void aRemovedPageLeavesItsStoryWithAnEvent() throws Exception {
        send(seed());
        send(fixture("seed-copy-afp-wire.txt", "https://afp.example/putin", "AFP", "AFP"));
        EnrichedArticle gone = article(io.newsline.schemas.ids.ArticleIds.of("https://afp.example/putin"),
                "https://afp.example/putin", "", PageType.UNKNOWN);
        gone.getArticle().setRemoved(true);
        send(gone);
        List<StoryEvent> es = events.readValuesToList();
        StoryEvent removed = es.get(es.size() - 1);
        assertThat(removed.getType()).isEqualTo(StoryEventType.ARTICLE_REMOVED);
        assertThat(removed.getStory().getMembers()).extracting(m -> m.getUrl()).containsExactly(SEED_URL);
        assertThat(removed.getStory().getSource()).isEqualTo("APP");
        assertThat(decisions.readValuesToList()).last().extracting(ArticleDecision::getRelation).isEqualTo(Relation.REMOVED);
    }

    @Test
    void aRecrawlWithChangedTextIsARevisionListingTheChangedFields() throws Exception {
        EnrichedArticle first = seed();
        send(first);
        EnrichedArticle revised = seed();
        revised.getArticle().setText(first.getArticle().getText() + "\n\nThis story has been corrected.");
        revised.getArticle().setTitle("Putin hails Myanmar ties (corrected)");
        send(revised);
        List<StoryEvent> es = events.readValuesToList();
        assertThat(es).extracting(StoryEvent::getType).containsExactly(StoryEventType.STORY_CREATED, StoryEventType.ARTICLE_REVISED);
        assertThat(es.get(1).getChangedFields()).contains("text", "title");
        assertThat(decisions.readValuesToList()).extracting(ArticleDecision::getRelation)
                .containsExactly(Relation.ORIGINAL, Relation.RECRAWL);
    }

    @Test
    void replayingTheSameInputCreatesNoNewStoriesOrEvents() throws Exception {
        send(seed());
        send(fixture("seed-copy-afp-wire.txt", "https://afp.example/putin", "AFP", "AFP"));
        List<StoryEvent> first = events.readValuesToList();
        send(seed());
        send(fixture("seed-copy-afp-wire.txt", "https://afp.example/putin", "AFP", "AFP"));
        assertThat(events.readValuesToList()).isEmpty();
        assertThat(decisions.readValuesToList()).extracting(ArticleDecision::getRelation)
                .containsExactly(Relation.ORIGINAL, Relation.COPY, Relation.RECRAWL, Relation.RECRAWL);
        assertThat(first).extracting(StoryEvent::getEventId).doesNotHaveDuplicates();
    }

    @Test
    void copiesArrivingAfterTheFingerprintHorizonFoundANewStory() throws Exception {
        EnrichedArticle first = seed();
        enriched.pipeInput(first.getArticle().getArticleId(), Topics.ENRICHED_ARTICLES.valueSerde().serializer()
                .serialize("t", first), Instant.parse("2025-03-05T00:00:00Z"));
        EnrichedArticle late = fixture("seed-copy-afp-wire.txt", "https://afp.example/putin", "AFP", "AFP");
        enriched.pipeInput(late.getArticle().getArticleId(), Topics.ENRICHED_ARTICLES.valueSerde().serializer()
                .serialize("t", late), Instant.parse("2025-03-20T00:00:00Z"));
        assertThat(decisions.readValuesToList()).extracting(ArticleDecision::getRelation)
                .containsExactly(Relation.ORIGINAL, Relation.ORIGINAL);
    }

    @Test
    void matchingStateStaysUnderOneAndAnEighthKilobytesPerIndexedArticle() throws Exception {
        List<String> bodies = new java.util.ArrayList<>();
        try (var in = new java.util.zip.GZIPInputStream(getClass().getResourceAsStream(
                "/io/newsline/publish/match/articles/scrapinghub-article-bodies.tsv.gz"));
             var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split("\t", 3);
                if (cols.length == 3) {
                    bodies.add(cols[2].replace("\\n", "\n"));
                }
            }
        }
        for (int i = 0; i < bodies.size(); i++) {
            String url = "https://state.example/" + i;
            send(article(io.newsline.schemas.ids.ArticleIds.of(url), url, bodies.get(i), PageType.ARTICLE));
        }
        long indexed = 0;
        long bytes = 0;
        try (var all = driver.<byte[], byte[]>getKeyValueStore("fingerprints").all()) {
            while (all.hasNext()) {
                var kv = all.next();
                indexed++;
                bytes += kv.key.length + kv.value.length;
            }
        }
        try (var all = driver.<byte[], byte[]>getKeyValueStore("fingerprint-bands").all()) {
            while (all.hasNext()) {
                var kv = all.next();
                bytes += kv.key.length + kv.value.length;
            }
        }
        assertThat(indexed).isGreaterThan(100);
        // Keys and values as stored (before RocksDB's own overhead): fingerprint record, bucket entries, bucket keys.
        System.out.println("matching state: " + bytes / indexed + " bytes per indexed article (" + indexed + " articles)");
        // About 980 bytes of MinHash fingerprint and band entries, and up to 16 sentences (7 bytes each) with three
        // sentence-key buckets, which find excerpts and edited copies (docs/BENCHMARKS.md).
        assertThat(bytes / indexed).isLessThanOrEqualTo(1152);
    }

    @Test
    void theBandIndexWritesNoChangelogAndIsRebuiltFromTheFingerprintsWhenLost() throws Exception {
        // Distinct event times: the rebuild indexes oldest first, so buckets they share come back in arrival order.
        for (EnrichedArticle a : List.of(seed(), article("other", "https://other.example/x", BODY, PageType.ARTICLE))) {
            enriched.pipeInput(a.getArticle().getArticleId(), Topics.ENRICHED_ARTICLES.valueSerde().serializer()
                    .serialize("t", a), Instant.parse("2025-03-05T06:00:00Z").plusSeconds(decisions.getQueueSize()));
        }
        assertThat(driver.producedTopicNames()).anyMatch(t -> t.endsWith("-fingerprints-changelog"))
                .noneMatch(t -> t.contains("fingerprint-bands"));
        KeyValueStore<byte[], byte[]> bands = driver.getKeyValueStore("fingerprint-bands");
        Map<String, String> indexed = buckets(bands);
        assertThat(indexed).isNotEmpty();

        // A wiped task directory loses the index (it has no changelog) while the fingerprints are restored.
        indexed.keySet().forEach(k -> bands.delete(java.util.HexFormat.of().parseHex(k)));
        assertThat(buckets(bands)).isEmpty();
        int rebuilt = new BandIndex(new KeyValueByteStore(driver.getKeyValueStore("fingerprints")),
                new KeyValueByteStore(bands)).rebuild();

        assertThat(rebuilt).isEqualTo(2);
        assertThat(buckets(bands)).isEqualTo(indexed);
        decisions.readValuesToList();
        EnrichedArticle copy = fixture("seed-copy-afp-wire.txt", "https://afp.example/putin", "AFP", "AFP");
        enriched.pipeInput(copy.getArticle().getArticleId(), Topics.ENRICHED_ARTICLES.valueSerde().serializer()
                .serialize("t", copy), Instant.parse("2025-03-05T07:00:00Z"));
        assertThat(decisions.readValuesToList()).extracting(ArticleDecision::getRelation).containsExactly(Relation.COPY);
    }

    /** Bucket key to bucket value, both as hex. */
    static Map<String, String> buckets(KeyValueStore<byte[], byte[]> bands) {
        Map<String, String> out = new java.util.TreeMap<>();
        try (var all = bands.all()) {
            all.forEachRemaining(kv -> out.put(java.util.HexFormat.of().formatHex(kv.key),
                    java.util.HexFormat.of().formatHex(kv.value)));
        }
        return out;
    }

    @Test
    void anArticleThatCopiesTwoStoriesMergesThemAndTheAbsorbedOneRedirects() throws Exception {
        // A long article: its first half and its opening-plus-ending each found a story (they are no copies of each
        // other), then the whole article arrives and is a copy of both: the two stories are one.
        String longest = "";
        try (var in = new java.util.zip.GZIPInputStream(getClass().getResourceAsStream(
                "/io/newsline/publish/match/articles/scrapinghub-article-bodies.tsv.gz"));
             var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split("\t", 3);
                String body = cols.length == 3 ? cols[2].replace("\\n", "\n") : "";
                if (body.split("\n\n").length > longest.split("\n\n").length) {
                    longest = body;
                }
            }
        }
        List<String> paragraphs = List.of(longest.split("\n\n"));
        int n = paragraphs.size();
        assertThat(n).isGreaterThanOrEqualTo(15);
        String firstHalf = String.join("\n\n", paragraphs.subList(0, n / 2));
        // The opening as one sentence: the same words (and shingles) as the first half's, but no shared sentence, so
        // that the first half and this one are no copies of each other by aligned sentences either.
        List<String> openingAndEnding = new java.util.ArrayList<>(List.of(String.join(" ", paragraphs.subList(0, 2))
                .replaceAll("([.!?][\"”’]?) ", "$1; ")));
        openingAndEnding.addAll(paragraphs.subList(n / 2, n));
        String whole = String.join("\n\n", paragraphs);

        send(article("a", "https://a.example/", firstHalf, PageType.ARTICLE));
        send(article("c", "https://c.example/", String.join("\n\n", openingAndEnding), PageType.ARTICLE));
        send(article("b", "https://b.example/", whole, PageType.ARTICLE));

        List<ArticleDecision> ds = decisions.readValuesToList();
        assertThat(ds.get(0).getStoryId()).isNotEqualTo(ds.get(1).getStoryId());
        assertThat(ds.get(2).getStoryId()).isEqualTo("s-a");
        List<StoryEvent> es = events.readValuesToList();
        assertThat(es).extracting(StoryEvent::getType).contains(StoryEventType.STORIES_MERGED);
        StoryEvent merged = es.stream().filter(e -> e.getType() == StoryEventType.STORIES_MERGED).findFirst().orElseThrow();
        assertThat(merged.getStoryId()).isEqualTo("s-a");
        assertThat(merged.getMergedStoryIds()).containsExactly("s-c");
        var latest = stories.readKeyValuesToMap();
        assertThat(latest.get("s-c").getStatus()).isEqualTo(io.newsline.schemas.StoryStatus.MERGED);
        assertThat(latest.get("s-c").getMergedInto()).isEqualTo("s-a");
        assertThat(latest.get("s-a").getMembers()).extracting(m -> m.getArticleId()).containsExactlyInAnyOrder("a", "c", "b");
    }

    @Test
    void withRelatedMatchingSwitchedOnAStoryReusingBackgroundIsAttachedAsRelated(@TempDir Path otherState) throws Exception {
        driver.close();
        PublishApp app = new PublishApp();
        io.newsline.runtime.config.NewslineConfig config = io.newsline.runtime.config.NewslineConfig.defaults()
                .with(java.util.Map.of("bootstrap.servers", "dummy:9092", "app.state.dir", otherState.toString(),
                        "publish.related.containment", "0.3"));
        driver = new TopologyTestDriver(app.topology(config, TestApps.context(app, new SimpleMeterRegistry())),
                io.newsline.runtime.app.StreamsApp.streamsProperties(app, config));
        start(driver);
        send(seed());
        send(fixture("seed-next-day-afp.txt", "https://afp.example/next-day", "AFP", "AFP"));
        List<ArticleDecision> ds = decisions.readValuesToList();
        assertThat(ds.get(1).getRelation()).isEqualTo(Relation.RELATED);
        assertThat(ds.get(1).getStoryId()).isEqualTo(ds.get(0).getStoryId());
        List<StoryEvent> es = events.readValuesToList();
        assertThat(es).extracting(StoryEvent::getType).containsExactly(StoryEventType.STORY_CREATED, StoryEventType.RELATED_ADDED);
        assertThat(es.get(1).getStory().getRelated()).extracting(m -> m.getUrl()).containsExactly("https://afp.example/next-day");
        assertThat(es.get(1).getStory().getMembers()).hasSize(1);
    }

    @Test
    void theMatchThresholdsAreConfigurationAndAStricterOneKeepsAnEditedCopyApart(@TempDir Path otherState)
            throws Exception {
        io.newsline.runtime.config.NewslineConfig defaults = io.newsline.runtime.config.NewslineConfig.defaults();
        assertThat(PublishApp.thresholds(defaults)).isEqualTo(io.newsline.publish.match.MatchThresholds.DEFAULT);
        assertThat(PublishApp.sentenceThresholds(defaults))
                .isEqualTo(io.newsline.publish.match.SentenceThresholds.DEFAULT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PublishApp.thresholds(
                defaults.with("publish.match.copy.resemblance", "-0.5")))
                .hasMessageContaining("publish.match.copy.resemblance");

        driver.close();
        PublishApp app = new PublishApp();
        io.newsline.runtime.config.NewslineConfig config = defaults.with(java.util.Map.of(
                "bootstrap.servers", "dummy:9092", "app.state.dir", otherState.toString(),
                "publish.match.min.shingles", "100000", "publish.match.sentences.min.sentences", "100000"));
        driver = new TopologyTestDriver(app.topology(config, TestApps.context(app, new SimpleMeterRegistry())),
                io.newsline.runtime.app.StreamsApp.streamsProperties(app, config));
        start(driver);
        send(seed());
        send(fixture("seed-copy-edited.txt", "https://edited.example/putin", null, null));
        List<ArticleDecision> ds = decisions.readValuesToList();
        assertThat(ds.get(1).getStoryId()).isNotEqualTo(ds.get(0).getStoryId());
        assertThat(ds.get(1).getRelation()).isEqualTo(Relation.ORIGINAL);
    }
}
