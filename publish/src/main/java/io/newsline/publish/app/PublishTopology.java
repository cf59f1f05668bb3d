package io.newsline.publish.app;

import io.micrometer.core.instrument.Counter;
import io.newsline.publish.story.BodyNormalizer;
import io.newsline.publish.story.StoryAssigner;
import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.dlq.Outcome;
import io.newsline.runtime.metrics.Freshness;
import io.newsline.runtime.stream.RoutingProcessor;
import io.newsline.runtime.topics.AvroSerde;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.PageType;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEvent;
import io.newsline.schemas.codec.DecodingException;
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

/**
 * The publish topology: enriched articles to stories.
 *
 * <pre>
 * news.articles.enriched.v1 -> decode-enriched --(dead letters)--> news.dlq.v1
 *   -> re-key by normalised-body hash -> repartition "by-content"
 *   -> assign-stories [stores: article-ledger, content-index, stories]
 *   -> news.decisions.v1 (key articleId), news.stories.v1 (key storyId), news.events.v1 (key storyId)
 * </pre>
 *
 * Exact copies (same normalised body) meet in one partition, where the first founds the story and the others join
 * it. Pages flagged not-article and removed pages are keyed by article id instead (they have no body to match).
 * Every article gets exactly one decision. Store and repartition names are part of the app's state: renaming one
 * is a migration.
 */
public final class PublishTopology {

    static final String LEDGER_STORE = "article-ledger";
    static final String CONTENT_STORE = "content-index";
    static final String STORIES_STORE = "stories";

    private PublishTopology() {}

    public static Topology build(AppContext app) {
        StreamsBuilder builder = new StreamsBuilder();
        AvroSerde<EnrichedArticle> enrichedSerde = (AvroSerde<EnrichedArticle>) Topics.ENRICHED_ARTICLES.valueSerde();
        builder.addStateStore(store(LEDGER_STORE, new AvroSerde<>(ArticleDecision.class)));
        builder.addStateStore(store(CONTENT_STORE, Serdes.String()));
        builder.addStateStore(store(STORIES_STORE, new AvroSerde<>(Story.class)));

        KStream<String, Object> decoded = builder
                .stream(Topics.ENRICHED_ARTICLES.name(), Consumed.with(Serdes.String(), Serdes.ByteArray())
                        .withName("enriched-articles-source"))
                .process(() -> new DecodeProcessor(app, enrichedSerde.codec()), Named.as("decode-enriched"));

        Map<String, KStream<String, Object>> byKind = decoded.split(Named.as("decoded-"))
                .branch((key, value) -> value instanceof DeadLetter, Branched.as("dead-letters"))
                .defaultBranch(Branched.as("articles"));
        byKind.get("decoded-dead-letters").mapValues(v -> (DeadLetter) v, Named.as("as-dead-letter"))
                .to(Topics.DEAD_LETTERS.name(), Produced.with(Serdes.String(), Topics.DEAD_LETTERS.valueSerde())
                        .withName("dead-letters-sink"));

        KStream<String, Object> results = byKind.get("decoded-articles")
                .mapValues(v -> (EnrichedArticle) v, Named.as("as-enriched"))
                .repartition(Repartitioned.with(Serdes.String(), enrichedSerde).withName("by-content"))
                .process(() -> new AssignProcessor(app), Named.as("assign-stories"), LEDGER_STORE, CONTENT_STORE,
                        STORIES_STORE);

        Map<String, KStream<String, Object>> outputs = results.split(Named.as("result-"))
                .branch((k, v) -> v instanceof ArticleDecision, Branched.as("decisions"))
                .branch((k, v) -> v instanceof Story, Branched.as("stories"))
                .defaultBranch(Branched.as("events"));
        outputs.get("result-decisions").mapValues(v -> (ArticleDecision) v, Named.as("as-decision"))
                .to(Topics.DECISIONS.name(), Produced.with(Serdes.String(), Topics.DECISIONS.valueSerde())
                        .withName("decisions-sink"));
        outputs.get("result-stories").mapValues(v -> (Story) v, Named.as("as-story"))
                .to(Topics.STORIES.name(), Produced.with(Serdes.String(), Topics.STORIES.valueSerde())
                        .withName("stories-sink"));
        outputs.get("result-events").mapValues(v -> (StoryEvent) v, Named.as("as-event"))
                .to(Topics.EVENTS.name(), Produced.with(Serdes.String(), Topics.EVENTS.valueSerde())
                        .withName("events-sink"));
        return builder.build();
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, org.apache.kafka.common.serialization.Serde<V> serde) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), serde);
    }

    /** The key an article is matched under: its body hash, or its id when it has no body to match. */
    static String matchKey(EnrichedArticle enriched) {
        CleanArticle a = enriched.getArticle();
        if (a.getRemoved() || a.getPageType() != PageType.ARTICLE) {
            return "article:" + a.getArticleId();
        }
        return "body:" + BodyNormalizer.contentHash(a.getText());
    }

    /** Decodes enriched articles (dead-lettering what does not decode) and keys them for matching. */
    static final class DecodeProcessor extends RoutingProcessor<String> {
        private final RecordCodec<EnrichedArticle> codec;

        DecodeProcessor(AppContext app, RecordCodec<EnrichedArticle> codec) {
            super(app, null);
            this.codec = codec;
        }

        @Override
        public void process(Record<String, byte[]> record) {
            EnrichedArticle enriched;
            try {
                enriched = codec.decode(record.value());
            } catch (DecodingException e) {
                deadLetter(record, new Outcome.Failed<>(e.kind() == DecodingException.Kind.UNKNOWN_SCHEMA
                        ? DeadLetterReason.UNKNOWN_SCHEMA : DeadLetterReason.UNDECODABLE, e.getMessage(), e,
                        record.key(), null));
                return;
            }
            forward(record, matchKey(enriched), enriched, null);
        }
    }

    /** Decides each article against the stores and emits its decision, the changed story and events. */
    static final class AssignProcessor implements Processor<String, EnrichedArticle, String, Object> {
        private final AppContext app;
        private final StoryAssigner assigner = new StoryAssigner();
        private ProcessorContext<String, Object> context;
        private KeyValueStore<String, ArticleDecision> ledger;
        private KeyValueStore<String, String> contentIndex;
        private KeyValueStore<String, Story> stories;
        private Counter created;
        private Counter copies;
        private Freshness freshness;

        AssignProcessor(AppContext app) {
            this.app = app;
        }

        @Override
        public void init(ProcessorContext<String, Object> context) {
            this.context = context;
            this.ledger = context.getStateStore(LEDGER_STORE);
            this.contentIndex = context.getStateStore(CONTENT_STORE);
            this.stories = context.getStateStore(STORIES_STORE);
            this.created = Counter.builder("newsline.stories.created").description("Stories founded")
                    .register(app.meters());
            this.copies = Counter.builder("newsline.copies.added").description("Copies added to stories")
                    .register(app.meters());
            this.freshness = Freshness.forApp(app);
        }

        @Override
        public void process(Record<String, EnrichedArticle> record) {
            EnrichedArticle enriched = record.value();
            CleanArticle article = enriched.getArticle();
            String contentHash = BodyNormalizer.contentHash(article.getText());
            ArticleDecision previous = ledger.get(article.getArticleId());
            String storyOfContent = record.key().startsWith("body:") ? contentIndex.get(record.key()) : null;
            StoryAssigner.Known known = new StoryAssigner.Known(previous,
                    storyOfContent == null ? null : stories.get(storyOfContent),
                    previous == null || previous.getStoryId() == null ? null : stories.get(previous.getStoryId()));
            StoryAssigner.Assignment result = assigner.assign(enriched, contentHash, known,
                    Instant.ofEpochMilli(record.timestamp()));

            ArticleDecision decision = result.decision();
            ledger.put(article.getArticleId(), decision);
            if (result.story() != null) {
                stories.put(result.story().getStoryId(), result.story());
                if (record.key().startsWith("body:") && storyOfContent == null) {
                    contentIndex.put(record.key(), result.story().getStoryId());
                }
                context.forward(record.withKey(result.story().getStoryId()).withValue(result.story()));
            }
            if (!result.events().isEmpty()) {
                freshness.record(article.getFetchedAt(), app.clock().instant());
            }
            for (StoryEvent event : result.events()) {
                context.forward(record.withKey(event.getStoryId()).withValue(event));
                switch (event.getType()) {
                    case STORY_CREATED -> created.increment();
                    case COPY_ADDED -> copies.increment();
                    default -> { }
                }
            }
            context.forward(record.withKey(article.getArticleId()).withValue(decision));
        }
    }
}
