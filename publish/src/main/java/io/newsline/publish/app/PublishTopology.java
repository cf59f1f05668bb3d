package io.newsline.publish.app;

import io.micrometer.core.instrument.Counter;
import io.newsline.publish.lookup.RecentStories;
import io.newsline.publish.story.BodyNormalizer;
import io.newsline.publish.match.BandKey;
import io.newsline.publish.match.Fingerprint;
import io.newsline.publish.match.Fingerprinter;
import io.newsline.publish.match.MatchVerdict;
import io.newsline.publish.match.MatchThresholds;
import io.newsline.publish.match.Matcher;
import io.newsline.publish.match.WireSource;
import io.newsline.publish.story.StoryAssigner;
import io.micrometer.core.instrument.Timer;
import io.newsline.schemas.Relation;
import io.newsline.schemas.StoryStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.state.KeyValueIterator;
import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.json.AvroJson;
import io.newsline.runtime.metrics.RecordOutcomes;
import io.newsline.runtime.stream.RoutingProcessor;
import io.newsline.runtime.topics.AvroSerde;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.PageType;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEvent;
import io.newsline.schemas.codec.RecordCodec;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <p>The stores also answer story lookups over HTTP (interactive queries, see {@link StoryLookup}): stories by id,
 * the ledger by article id, and {@code recent-stories}, one bounded value ({@link RecentStories}) naming the stories
 * changed last, so listing recent stories never scans the story store.
 *
 * <p>Every article gets exactly one decision. Store and repartition names are part of the app's state: renaming
 * one is a migration.
 */
public final class PublishTopology {

    private static final Logger LOG = LoggerFactory.getLogger(PublishTopology.class);

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
     * @param thresholds         the matcher's thresholds; the related ones come from {@code publish.related.resemblance}
     *                           and {@code publish.related.containment} (default above 1: related off, see docs/QUALITY.md)
     * @param eventsJson         also write each event as JSON to {@code news.events.json.v1}
     *                           ({@code publish.events.json.enabled}, default false)
     */
    public record Settings(Duration fingerprintHorizon, Duration ledgerHorizon, MatchThresholds thresholds,
                           boolean eventsJson) {
        public static final Settings DEFAULTS = new Settings(Duration.ofDays(7), Duration.ofDays(400),
                MatchThresholds.DEFAULT, false);
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

    /** A store with binary keys and values: the matching state, kept compact (see {@link #shortKey}). */
    private static StoreBuilder<KeyValueStore<byte[], byte[]>> binaryStore(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.ByteArray(), Serdes.ByteArray());
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, org.apache.kafka.common.serialization.Serde<V> serde) {
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

    /** Decides each article against the stores and emits its decision, the changed stories and events. */
    static final class AssignProcessor implements Processor<String, byte[], String, Object> {
        /** How many article ids one band bucket keeps (the most recent); bounds the work of a very common band. */
        static final int MAX_PER_BAND = 64;

        private final AppContext app;
        private final Settings settings;
        private final StoryAssigner assigner = new StoryAssigner(WireSource.load());
        private final Fingerprinter fingerprinter = new Fingerprinter();
        private final Matcher matcher;
        private ProcessorContext<String, Object> context;
        private KeyValueStore<String, ArticleDecision> ledger;
        private KeyValueStore<byte[], byte[]> fingerprints;
        private KeyValueStore<byte[], byte[]> bands;
        private KeyValueStore<String, Story> stories;
        private KeyValueStore<String, byte[]> recent;
        private Counter founded;
        private Counter copies;
        private RecordOutcomes outcomes;
        private Timer matching;
        private Freshness freshness;

        private final RecordCodec<EnrichedArticle> codec;

        AssignProcessor(AppContext app, Settings settings, RecordCodec<EnrichedArticle> codec) {
            this.app = app;
            this.settings = settings;
            this.codec = codec;
            this.matcher = new Matcher(settings.thresholds());
        }

        @Override
        public void init(ProcessorContext<String, Object> context) {
            this.context = context;
            this.ledger = context.getStateStore(LEDGER_STORE);
            this.fingerprints = context.getStateStore(FINGERPRINT_STORE);
            this.bands = context.getStateStore(BANDS_STORE);
            this.stories = context.getStateStore(STORIES_STORE);
            this.recent = context.getStateStore(RECENT_STORE);
            // Not "newsline.stories.created": Prometheus reserves the _created suffix and would export that
            // counter as newsline_stories_total.
            this.founded = Counter.builder("newsline.stories.founded").description("Stories founded")
                    .register(app.meters());
            this.outcomes = RecordOutcomes.forApp(app);
            this.copies = Counter.builder("newsline.copies.added").description("Copies added to stories")
                    .register(app.meters());
            // Expire old state by stream (event) time, so a replay of old input expires the same way.
            context.schedule(Duration.ofHours(1), PunctuationType.STREAM_TIME, this::expire);
            this.matching = Timer.builder("newsline.matching").description("Time to match one article against the index")
                    .publishPercentileHistogram().register(app.meters());
            this.freshness = Freshness.forApp(app);
            if (isEmpty(bands) && !isEmpty(fingerprints)) {
                long start = System.nanoTime();
                int rebuilt = rebuildBandIndex(fingerprints, bands);
                LOG.info("Rebuilt the band index of task {} from {} fingerprints in {} ms", context.taskId(), rebuilt,
                        (System.nanoTime() - start) / 1_000_000);
            }
        }

        @Override
        public void process(Record<String, byte[]> record) {
            // Checked upstream. Should a record written by another version of the app not decode here, the
            // processing exception handler dead-letters it.
            EnrichedArticle enriched = codec.decode(record.value());
            CleanArticle article = enriched.getArticle();
            String articleId = article.getArticleId();
            String contentHash = BodyNormalizer.contentHash(article.getText());
            ArticleDecision previous = ledger.get(articleId);
            Story own = previous == null ? null : active(previous.getStoryId());

            long start = System.nanoTime();
            Fingerprint fingerprint = null;
            List<StoryAssigner.Candidate> copyCandidates = List.of();
            StoryAssigner.Candidate related = null;
            boolean matchable = !article.getRemoved() && article.getPageType() == PageType.ARTICLE;
            // What this record read from the matching stores, so that indexing it reads nothing twice.
            Lookups lookups = new Lookups();
            if (matchable && (own == null || !StoryAssigner.isMember(own, articleId))) {
                fingerprint = fingerprinter.fingerprint(article.getText(), article.getTitle(), article.getDateline(),
                        article.getCredit());
                Map<String, StoryAssigner.Candidate> bestCopyPerStory = new LinkedHashMap<>();
                for (long candidateKey : candidates(fingerprint, shortKey(articleId), lookups)) {
                    IndexedFingerprint indexed = IndexedFingerprint.decode(fingerprints.get(keyBytes(candidateKey)));
                    lookups.indexed.put(candidateKey, indexed != null);
                    if (indexed == null) {
                        continue;
                    }
                    String candidateId = indexed.articleId();
                    ArticleDecision candidateDecision = ledger.get(candidateId);
                    if (candidateDecision == null || candidateDecision.getStoryId() == null) {
                        continue;
                    }
                    MatchVerdict verdict = matcher.verify(fingerprint, Fingerprint.fromBytes(indexed.fingerprint()));
                    if (verdict.relation() == io.newsline.publish.match.Relation.NONE) {
                        continue;
                    }
                    // Copies of one story are each other's candidates: read and decode that story once.
                    Story story = lookups.stories.computeIfAbsent(candidateDecision.getStoryId(), this::active);
                    if (story == null) {
                        continue;
                    }
                    StoryAssigner.Candidate candidate = new StoryAssigner.Candidate(story, verdict, candidateId);
                    if (verdict.relation().isCopy() && StoryAssigner.isMember(story, candidateId)) {
                        bestCopyPerStory.merge(story.getStoryId(), candidate,
                                (a, b) -> a.verdict().similarity() >= b.verdict().similarity() ? a : b);
                    } else if (related == null || verdict.similarity() > related.verdict().similarity()) {
                        related = candidate;
                    }
                }
                copyCandidates = new ArrayList<>(bestCopyPerStory.values());
                copyCandidates.sort(Comparator.comparingDouble((StoryAssigner.Candidate c) -> c.verdict().similarity())
                        .reversed().thenComparing(c -> c.story().getStoryId()));
            }
            StoryAssigner.Assignment result = assigner.assign(enriched, contentHash,
                    new StoryAssigner.Known(previous, own, copyCandidates, related), Instant.ofEpochMilli(record.timestamp()));
            matching.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);

            ArticleDecision decision = result.decision();
            ledger.put(articleId, decision);
            if (decision.getRelation() == Relation.REMOVED) {
                fingerprints.delete(keyBytes(shortKey(articleId)));
            } else if (fingerprint != null && decision.getStoryId() != null
                    && (decision.getRelation() == Relation.ORIGINAL || decision.getRelation() == Relation.COPY
                    || decision.getRelation() == Relation.TRUNCATED_COPY)) {
                index(articleId, fingerprint, record.timestamp(), lookups);
            }
            for (Story story : result.stories()) {
                stories.put(story.getStoryId(), story);
                context.forward(record.withKey(story.getStoryId()).withValue(story));
            }
            if (!result.stories().isEmpty()) {
                recent.put(RECENT_KEY, RecentStories.fromBytes(recent.get(RECENT_KEY)).with(result.stories()).toBytes());
            }
            if (!result.events().isEmpty()) {
                freshness.record(article.getFetchedAt(), app.clock().instant());
            }
            for (StoryEvent event : result.events()) {
                context.forward(record.withKey(event.getStoryId()).withValue(event));
                switch (event.getType()) {
                    case STORY_CREATED -> founded.increment();
                    case COPY_ADDED -> copies.increment();
                    default -> { }
                }
            }
            context.forward(record.withKey(articleId).withValue(decision));
            outcomes.count(AvroJson.symbol(decision.getRelation()));
        }

        /** The story with this id, following merge redirects; null when unknown. */
        private Story active(String storyId) {
            Story story = storyId == null ? null : stories.get(storyId);
            for (int hops = 0; story != null && story.getStatus() == StoryStatus.MERGED && hops < 16; hops++) {
                story = stories.get(story.getMergedInto());
            }
            return story;
        }

        /** Short keys of the articles in the fingerprint's band buckets, itself excluded; notes the buckets read. */
        private Set<Long> candidates(Fingerprint fingerprint, long self, Lookups lookups) {
            Set<Long> out = new LinkedHashSet<>();
            for (BandKey band : fingerprint.bandKeys()) {
                byte[] bucket = bands.get(bucketKey(band));
                lookups.buckets.put(band, bucket);
                if (bucket != null) {
                    ByteBuffer keys = ByteBuffer.wrap(bucket);
                    while (keys.remaining() >= Long.BYTES) {
                        long key = keys.getLong();
                        if (key != self) {
                            out.add(key);
                        }
                    }
                }
            }
            return out;
        }

        /** Drops fingerprints and decisions older than their horizons; band buckets shed expired ids as they are touched. */
        private void expire(long streamTime) {
            long fingerprintCutoff = streamTime - settings.fingerprintHorizon().toMillis();
            List<byte[]> old = new ArrayList<>();
            try (KeyValueIterator<byte[], byte[]> all = fingerprints.all()) {
                all.forEachRemaining(kv -> {
                    if (IndexedFingerprint.eventTime(kv.value) < fingerprintCutoff) {
                        old.add(kv.key);
                    }
                });
            }
            old.forEach(fingerprints::delete);
            long ledgerCutoff = streamTime - settings.ledgerHorizon().toMillis();
            List<String> forgotten = new ArrayList<>();
            try (KeyValueIterator<String, ArticleDecision> all = ledger.all()) {
                all.forEachRemaining(kv -> {
                    if (kv.value.getDecidedAt().toEpochMilli() < ledgerCutoff) {
                        forgotten.add(kv.key);
                    }
                });
            }
            forgotten.forEach(ledger::delete);
        }

        private void index(String articleId, Fingerprint fingerprint, long eventTime, Lookups lookups) {
            long self = shortKey(articleId);
            fingerprints.put(keyBytes(self), IndexedFingerprint.encode(eventTime, articleId, fingerprint.toBytes()));
            // Expired or removed articles leave the bucket when it is next written.
            addToBuckets(bands, fingerprint, self,
                    band -> lookups.buckets.containsKey(band) ? lookups.buckets.get(band) : bands.get(bucketKey(band)),
                    k -> lookups.indexed.computeIfAbsent(k, x -> fingerprints.get(keyBytes(x)) != null));
        }
    }

    private static boolean isEmpty(KeyValueStore<byte[], byte[]> store) {
        try (KeyValueIterator<byte[], byte[]> all = store.all()) {
            return !all.hasNext();
        }
    }

    /**
     * Fills the band index from the fingerprint store, oldest fingerprint first, as indexing them one by one in
     * arrival order would (only a bucket over {@link AssignProcessor#MAX_PER_BAND} keys can tell the difference, and
     * then only between articles with the same event time). Returns the fingerprints indexed.
     */
    static int rebuildBandIndex(KeyValueStore<byte[], byte[]> fingerprints, KeyValueStore<byte[], byte[]> bands) {
        // (event time, short key) of every fingerprint, about 40 bytes of heap each while the rebuild runs: 40 MB per
        // million indexed articles, against the 40 band entries per article the rebuild writes.
        List<long[]> byTime = new ArrayList<>();
        try (KeyValueIterator<byte[], byte[]> all = fingerprints.all()) {
            all.forEachRemaining(kv -> byTime.add(new long[] {IndexedFingerprint.eventTime(kv.value),
                    ByteBuffer.wrap(kv.key).getLong()}));
        }
        byTime.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        for (long[] entry : byTime) {
            long self = entry[1];
            IndexedFingerprint indexed = IndexedFingerprint.decode(fingerprints.get(keyBytes(self)));
            addToBuckets(bands, Fingerprint.fromBytes(indexed.fingerprint()), self, band -> bands.get(bucketKey(band)),
                    k -> true);
        }
        return byTime.size();
    }

    /**
     * Adds {@code self} to the bucket of each of the fingerprint's bands: {@code bucketOf} gives a band's bucket as it
     * stands, {@code keep} which of its keys stay (see {@link #withKey}).
     */
    private static void addToBuckets(KeyValueStore<byte[], byte[]> bands, Fingerprint fingerprint, long self,
                                     java.util.function.Function<BandKey, byte[]> bucketOf,
                                     java.util.function.LongPredicate keep) {
        for (BandKey band : fingerprint.bandKeys()) {
            bands.put(bucketKey(band), withKey(bucketOf.apply(band), self, keep));
        }
    }

    /**
     * A band bucket with {@code self} appended as its most recent key: the keys {@code keep} accepts stay, in order,
     * and only the last {@link AssignProcessor#MAX_PER_BAND} are kept.
     */
    static byte[] withKey(byte[] bucket, long self, java.util.function.LongPredicate keep) {
        List<Long> keys = new ArrayList<>();
        if (bucket != null) {
            ByteBuffer in = ByteBuffer.wrap(bucket);
            while (in.remaining() >= Long.BYTES) {
                long k = in.getLong();
                if (k != self && keep.test(k)) {
                    keys.add(k);
                }
            }
        }
        keys.add(self);
        if (keys.size() > AssignProcessor.MAX_PER_BAND) {
            keys = keys.subList(keys.size() - AssignProcessor.MAX_PER_BAND, keys.size());
        }
        ByteBuffer out = ByteBuffer.allocate(keys.size() * Long.BYTES);
        keys.forEach(out::putLong);
        return out.array();
    }

    /**
     * An article's short key in the matching state: the first 8 bytes of SHA-256 over its id. Band buckets hold
     * these 8-byte keys instead of 32-character ids, which keeps the state per indexed article under 1 KB
     * (about 40 buckets of an 8-byte key and 8-byte entries, plus one fingerprint record of about 350 bytes).
     */
    static long shortKey(String articleId) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(articleId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] keyBytes(long shortKey) {
        return ByteBuffer.allocate(Long.BYTES).putLong(shortKey).array();
    }

    /**
     * A band bucket's key: scheme version, band number and 6 bytes of the band hash. A shortened hash only lets
     * unrelated articles share a bucket now and then; verification decides, so it costs a little work, never a
     * wrong match.
     */
    static byte[] bucketKey(BandKey band) {
        return ByteBuffer.allocate(8).put((byte) band.schemeVersion()).put((byte) band.band())
                .putShort((short) (band.hash() >>> 32)).putInt((int) band.hash()).array();
    }

    /**
     * What deciding one article read from the matching stores: band buckets by band, whether a short key has a
     * fingerprint, and stories by id (merge redirects followed). Near-copies of one story share all their bands, so
     * without it indexing an article re-read every bucket and checked every key in it once per band, and each
     * candidate decoded its story again: work that grew with the story's size. Valid for one record only: the
     * stores change after the decision.
     */
    private static final class Lookups {
        final Map<BandKey, byte[]> buckets = new java.util.HashMap<>();
        final Map<Long, Boolean> indexed = new java.util.HashMap<>();
        final Map<String, Story> stories = new java.util.HashMap<>();
    }

    /** A fingerprint store value: event time, the article's full id, and its fingerprint bytes. */
    record IndexedFingerprint(long eventTime, String articleId, byte[] fingerprint) {

        static byte[] encode(long eventTime, String articleId, byte[] fingerprint) {
            byte[] id = articleId.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return ByteBuffer.allocate(Long.BYTES + Short.BYTES + id.length + fingerprint.length)
                    .putLong(eventTime).putShort((short) id.length).put(id).put(fingerprint).array();
        }

        static long eventTime(byte[] stored) {
            return ByteBuffer.wrap(stored).getLong();
        }

        static IndexedFingerprint decode(byte[] stored) {
            if (stored == null) {
                return null;
            }
            ByteBuffer in = ByteBuffer.wrap(stored);
            long time = in.getLong();
            byte[] id = new byte[in.getShort()];
            in.get(id);
            byte[] fingerprint = new byte[in.remaining()];
            in.get(fingerprint);
            return new IndexedFingerprint(time, new String(id, java.nio.charset.StandardCharsets.UTF_8), fingerprint);
        }
    }
}
