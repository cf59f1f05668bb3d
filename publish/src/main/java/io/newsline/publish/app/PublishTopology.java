package io.newsline.publish.app;

import io.newsline.publish.match.MatchThresholds;
import io.newsline.publish.match.SentenceThresholds;
import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.json.AvroJson;
import io.newsline.runtime.stream.RoutingProcessor;
import io.newsline.runtime.topics.AvroSerde;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEvent;
import io.newsline.schemas.codec.RecordCodec;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The publish topology: enriched articles to stories.
 *
 * <pre>
 * news.articles.enriched.v1 -> decode-enriched --(dead letters)--> news.dlq.v1
 *   -> repartition "match-sequence" (one partition) -> assign-stories
 *        [stores: article-ledger, fingerprints, fingerprint-bands, stories, recent-stories]
 *   -> news.decisions.v1 (key articleId), news.stories.v1 (key storyId), news.events.v1 (key storyId)
 *      [and, when publish.events.json.enabled, the same events as JSON on news.events.json.v1]
 * </pre>
 *
 * <p>Why one partition: which story a copy joins must not depend on how the input is partitioned or which
 * instance reads it. Matching, the article ledger and story state therefore live together in one sequenced
 * partition, so every decision sees every earlier one, stories merge only when an article proves them one, and a
 * replay in the same order decides the same. Decoding runs on every input partition; the sequenced step costs a few
 * tens of microseconds per article (fingerprint lookup and verification; see docs/BENCHMARKS.md), far below what
 * the enrich stage spends, so one partition is not the pipeline's bottleneck. Sharding the band index across
 * partitions is the path beyond that.
 *
 * <p>The sequenced step ({@link AssignProcessor}) only wires state to the matching core: it adapts the stores to
 * {@link io.newsline.publish.match.BandIndex} and {@link io.newsline.publish.story.StoryState}, lets
 * {@link io.newsline.publish.story.StoryDecider} decide and write, and forwards what changed.
 *
 * <p>The stores also answer story lookups over HTTP (interactive queries, see {@link StoryLookup}): stories by id,
 * the ledger by article id, and {@code recent-stories}, one bounded value ({@link io.newsline.publish.lookup.RecentStories}) naming the stories
 * changed last, so listing recent stories never scans the story store.
 *
 * <p>Every article gets exactly one decision. Store and repartition names are part of the app's state: renaming
 * one is a migration.
 */
public final class PublishTopology {

    static final String LEDGER_STORE = "article-ledger";
    static final String FINGERPRINT_STORE = "fingerprints";
    static final String BANDS_STORE = "fingerprint-bands";
    static final String STORIES_STORE = "stories";
    static final String RECENT_STORE = "recent-stories";
    /** The one key of {@link #RECENT_STORE}. */
    static final String RECENT_KEY = "recent";

    private PublishTopology() {}

    /**
     * How long state is kept, by event time.
     *
     * @param fingerprintHorizon fingerprints older than this no longer match new articles ({@code publish.fingerprint.horizon}, default 7 days)
     * @param ledgerHorizon      decisions older than this are forgotten ({@code publish.ledger.horizon}, default 400 days):
     *                           a replay inside it changes nothing; an article replayed after it is decided afresh
     * @param thresholds         the matcher's MinHash thresholds ({@code publish.match.*}); the related ones come from
     *                           {@code publish.related.resemblance} and {@code publish.related.containment} (default
     *                           above 1: related off, see docs/QUALITY.md)
     * @param sentenceThresholds when aligned sentences make or veto a copy ({@code publish.match.sentences.*})
     * @param eventsJson         also write each event as JSON to {@code news.events.json.v1}
     *                           ({@code publish.events.json.enabled}, default false)
     */
    public record Settings(Duration fingerprintHorizon, Duration ledgerHorizon, MatchThresholds thresholds,
                           SentenceThresholds sentenceThresholds, boolean eventsJson) {
        public static final Settings DEFAULTS = new Settings(Duration.ofDays(7), Duration.ofDays(400),
                MatchThresholds.DEFAULT, SentenceThresholds.DEFAULT, false);
    }

    public static Topology build(AppContext app) {
        return build(app, Settings.DEFAULTS);
    }

    public static Topology build(AppContext app, Settings settings) {
        StreamsBuilder builder = new StreamsBuilder();
        AvroSerde<EnrichedArticle> enrichedSerde = (AvroSerde<EnrichedArticle>) Topics.ENRICHED_ARTICLES.valueSerde();
        builder.addStateStore(store(LEDGER_STORE, new AvroSerde<>(ArticleDecision.class)));
        builder.addStateStore(binaryStore(FINGERPRINT_STORE));
        // The band index is derived from the fingerprints, so it has no changelog: per indexed article it was 40
        // changelog records, most of what publish wrote. A task whose state was wiped (a crash under exactly-once, a
        // new instance) rebuilds it from the restored fingerprints on start (see AssignProcessor#init).
        builder.addStateStore(binaryStore(BANDS_STORE).withLoggingDisabled());
        builder.addStateStore(store(STORIES_STORE, new AvroSerde<>(Story.class)));
        // One key rewritten with every story change: cached, so its changelog gets one record per commit, not one
        // per article.
        builder.addStateStore(store(RECENT_STORE, Serdes.ByteArray()).withCachingEnabled());

        KStream<String, Object> decoded = builder
                .stream(app.topics().name(Topics.ENRICHED_ARTICLES), Consumed.with(Serdes.String(), Serdes.ByteArray())
                        .withName("enriched-articles-source"))
                .process(() -> new DecodeProcessor(app, enrichedSerde.codec()), Named.as("decode-enriched"));

        Map<String, KStream<String, Object>> byKind = decoded.split(Named.as("decoded-"))
                .branch((key, value) -> value instanceof DeadLetter, Branched.as("dead-letters"))
                .defaultBranch(Branched.as("articles"));
        byKind.get("decoded-dead-letters").mapValues(v -> (DeadLetter) v, Named.as("as-dead-letter"))
                .to(app.topics().name(Topics.DEAD_LETTERS), Produced.with(Serdes.String(), Topics.DEAD_LETTERS.valueSerde())
                        .withName("dead-letters-sink"));

        // The repartition carries the bytes the article arrived in (already checked to decode), so nothing is
        // encoded again on the way to the sequenced step.
        KStream<String, Object> results = byKind.get("decoded-articles")
                .mapValues(v -> (byte[]) v, Named.as("as-enriched"))
                .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName("match-sequence")
                        .withNumberOfPartitions(1))
                .process(() -> new AssignProcessor(app, settings, enrichedSerde.codec()), Named.as("assign-stories"),
                        LEDGER_STORE, FINGERPRINT_STORE, BANDS_STORE, STORIES_STORE, RECENT_STORE);

        Map<String, KStream<String, Object>> outputs = results.split(Named.as("result-"))
                .branch((k, v) -> v instanceof ArticleDecision, Branched.as("decisions"))
                .branch((k, v) -> v instanceof Story, Branched.as("stories"))
                .defaultBranch(Branched.as("events"));
        outputs.get("result-decisions").mapValues(v -> (ArticleDecision) v, Named.as("as-decision"))
                .to(app.topics().name(Topics.DECISIONS), Produced.with(Serdes.String(), Topics.DECISIONS.valueSerde())
                        .withName("decisions-sink"));
        outputs.get("result-stories").mapValues(v -> (Story) v, Named.as("as-story"))
                .to(app.topics().name(Topics.STORIES), Produced.with(Serdes.String(), Topics.STORIES.valueSerde())
                        .withName("stories-sink"));
        KStream<String, StoryEvent> events = outputs.get("result-events")
                .mapValues(v -> (StoryEvent) v, Named.as("as-event"));
        events.to(app.topics().name(Topics.EVENTS), Produced.with(Serdes.String(), Topics.EVENTS.valueSerde())
                .withName("events-sink"));
        if (settings.eventsJson()) {
            // The same records from the same task: same keys, same order, same transaction as the Avro events.
            events.mapValues(AvroJson::toJsonLine, Named.as("as-event-json"))
                    .to(app.topics().name(Topics.EVENTS_JSON), Produced.with(Serdes.String(),
                            Topics.EVENTS_JSON.valueSerde()).withName("events-json-sink"));
        }
        return builder.build();
    }

    /** A store with binary keys and values: the matching state, kept compact (see {@link io.newsline.publish.match.BandIndex}). */
    private static StoreBuilder<KeyValueStore<byte[], byte[]>> binaryStore(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.ByteArray(), Serdes.ByteArray());
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> serde) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), serde);
    }

    /**
     * Checks that enriched articles decode (dead-lettering what does not) and keys them for matching; forwards the
     * bytes as they arrived.
     */
    static final class DecodeProcessor extends RoutingProcessor<String> {
        private final RecordCodec<EnrichedArticle> codec;

        DecodeProcessor(AppContext app, RecordCodec<EnrichedArticle> codec) {
            super(app, null);
            this.codec = codec;
        }

        @Override
        public void process(Record<String, byte[]> record) {
            EnrichedArticle enriched = decodeOrDeadLetter(record, codec);
            if (enriched == null) {
                return;
            }
            forward(record, enriched.getArticle().getArticleId(), record.value(), null);
        }
    }
}
