package io.newsline.publish.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.newsline.publish.lookup.RecentStories;
import io.newsline.publish.match.BandIndex;
import io.newsline.publish.match.Matcher;
import io.newsline.publish.match.WireSource;
import io.newsline.publish.story.StoryAssigner;
import io.newsline.publish.story.StoryDecider;
import io.newsline.publish.story.StoryState;
import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.json.AvroJson;
import io.newsline.runtime.metrics.RecordOutcomes;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEvent;
import io.newsline.schemas.codec.RecordCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sequenced step of {@link PublishTopology}: decides each article with the matching core ({@link StoryDecider})
 * over the task's state stores, then forwards the decision, the changed stories and the events, and keeps
 * {@code recent-stories}. Expires old state by stream time. One per task; not thread-safe.
 */
final class AssignProcessor implements Processor<String, byte[], String, Object> {

    private static final Logger LOG = LoggerFactory.getLogger(AssignProcessor.class);

    private final AppContext app;
    private final PublishTopology.Settings settings;
    private final RecordCodec<EnrichedArticle> codec;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, ArticleDecision> ledger;
    private KeyValueStore<String, byte[]> recent;
    private BandIndex index;
    private StoryDecider decider;
    private Counter founded;
    private Counter copies;
    private RecordOutcomes outcomes;
    private Timer matching;
    private Freshness freshness;

    AssignProcessor(AppContext app, PublishTopology.Settings settings, RecordCodec<EnrichedArticle> codec) {
        this.app = app;
        this.settings = settings;
        this.codec = codec;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.ledger = context.getStateStore(PublishTopology.LEDGER_STORE);
        this.recent = context.getStateStore(PublishTopology.RECENT_STORE);
        KeyValueStore<String, Story> stories = context.getStateStore(PublishTopology.STORIES_STORE);
        this.index = new BandIndex(new KeyValueByteStore(context.getStateStore(PublishTopology.FINGERPRINT_STORE)),
                new KeyValueByteStore(context.getStateStore(PublishTopology.BANDS_STORE)));
        this.decider = new StoryDecider(new StoryAssigner(WireSource.load()), new Matcher(settings.thresholds(), settings.sentenceThresholds()),
                new StoryState(new StoryState.Table<>(ledger::get, ledger::put),
                        new StoryState.Table<>(stories::get, stories::put)), index);
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
        // The band index has no changelog (see PublishTopology): a task whose state was wiped rebuilds it here.
        if (index.needsRebuild()) {
            long start = System.nanoTime();
            int rebuilt = index.rebuild();
            LOG.info("Rebuilt the band index of task {} from {} fingerprints in {} ms", context.taskId(), rebuilt,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    @Override
    public void process(Record<String, byte[]> record) {
        // Checked upstream. Should a record written by another version of the app not decode here, the
        // processing exception handler dead-letters it.
        EnrichedArticle enriched = codec.decode(record.value());
        long start = System.nanoTime();
        StoryDecider.Decision decided = decider.decide(enriched, record.timestamp());
        matching.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        decider.commit(decided);

        StoryAssigner.Assignment result = decided.assignment();
        for (Story story : result.stories()) {
            context.forward(record.withKey(story.getStoryId()).withValue(story));
        }
        if (!result.stories().isEmpty()) {
            recent.put(PublishTopology.RECENT_KEY,
                    RecentStories.fromBytes(recent.get(PublishTopology.RECENT_KEY)).with(result.stories()).toBytes());
        }
        if (!result.events().isEmpty()) {
            freshness.record(enriched.getArticle().getFetchedAt(), app.clock().instant());
        }
        for (StoryEvent event : result.events()) {
            context.forward(record.withKey(event.getStoryId()).withValue(event));
            switch (event.getType()) {
                case STORY_CREATED -> founded.increment();
                case COPY_ADDED -> copies.increment();
                default -> { }
            }
        }
        ArticleDecision decision = result.decision();
        context.forward(record.withKey(decision.getArticleId()).withValue(decision));
        outcomes.count(AvroJson.symbol(decision.getRelation()));
    }

    /** Drops fingerprints and decisions older than their horizons; band buckets shed expired ids as they are touched. */
    private void expire(long streamTime) {
        index.expire(streamTime - settings.fingerprintHorizon().toMillis());
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
}
