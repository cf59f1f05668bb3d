package io.newsline.runtime.topics;

import io.newsline.runtime.topics.TopicSpec.TopicSettings;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEvent;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topic catalogue: every topic newsline reads or writes, declared once with its versioned name, serdes and
 * default settings. Apps take their topics from the {@link TopicCatalogue} of their deployment (which applies
 * settings overrides and a shadow deployment's suffix to these entries), never from these constants' names or string
 * literals.
 *
 * <pre>
 * news.pages.raw.v1 -> ingest -> news.articles.clean.v1 -> enrich -> news.articles.enriched.v1 -> publish
 *   -> news.decisions.v1, news.stories.v1 (compacted), news.events.v1 (and its JSON mirror news.events.json.v1,
 *      when enabled);  news.dlq.v1 for every stage
 * </pre>
 *
 * Values of topics that apps consume are read as bytes and decoded inside the topology, so that an undecodable
 * record becomes a dead letter with its reason instead of a deserialization failure.
 */
public final class Topics {

    private Topics() {}

    /** Raw pages must be replayable for backfills: 90 days by default. */
    static final Duration RAW_RETENTION = Duration.ofDays(90);
    static final Duration ARTICLE_RETENTION = Duration.ofDays(30);
    static final Duration EVENT_RETENTION = Duration.ofDays(30);
    /** A raw page may be a large HTML document; producers' max.request.size matches this. */
    public static final int RAW_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
    static final int ARTICLE_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
    static final int DEFAULT_PARTITIONS = 6;

    private static final Serde<String> KEY = Serdes.String();
    private static final Serde<byte[]> BYTES = Serdes.ByteArray();

    private static TopicSettings log(Duration retention, int maxBytes) {
        return new TopicSettings(DEFAULT_PARTITIONS, (short) 3, 2, retention, false, maxBytes);
    }

    private static TopicSettings table(int maxBytes) {
        return new TopicSettings(DEFAULT_PARTITIONS, (short) 3, 2, Duration.ZERO, true, maxBytes);
    }

    /** Raw pages, key: URL as fetched; value: Avro RawPage or raw-page JSON (ingest tells them apart by the first bytes). */
    public static final TopicSpec<String, byte[]> RAW_PAGES = new TopicSpec<>("raw", "news.pages.raw.v1", KEY, BYTES,
            log(RAW_RETENTION, RAW_MAX_MESSAGE_BYTES),
            "Raw pages as crawled: Avro RawPage or raw-page JSON. Key: the URL as fetched.");

    public static final TopicSpec<String, CleanArticle> CLEAN_ARTICLES = new TopicSpec<>("clean",
            "news.articles.clean.v1", KEY, new AvroSerde<>(CleanArticle.class),
            log(ARTICLE_RETENTION, ARTICLE_MAX_MESSAGE_BYTES),
            "Clean articles (Avro CleanArticle), also pages flagged not-article. Key: articleId.");

    public static final TopicSpec<String, EnrichedArticle> ENRICHED_ARTICLES = new TopicSpec<>("enriched",
            "news.articles.enriched.v1", KEY, new AvroSerde<>(EnrichedArticle.class),
            log(ARTICLE_RETENTION, ARTICLE_MAX_MESSAGE_BYTES),
            "Enriched articles (Avro EnrichedArticle): entities, topics, keywords. Key: articleId.");

    public static final TopicSpec<String, ArticleDecision> DECISIONS = new TopicSpec<>("decisions",
            "news.decisions.v1", KEY, new AvroSerde<>(ArticleDecision.class),
            log(EVENT_RETENTION, ARTICLE_MAX_MESSAGE_BYTES),
            "One ArticleDecision per article that reaches publish. Key: articleId.");

    public static final TopicSpec<String, Story> STORIES = new TopicSpec<>("stories", "news.stories.v1", KEY,
            new AvroSerde<>(Story.class), table(ARTICLE_MAX_MESSAGE_BYTES),
            "Latest state of each story (Avro Story), compacted. Key: storyId.");

    public static final TopicSpec<String, StoryEvent> EVENTS = new TopicSpec<>("events", "news.events.v1", KEY,
            new AvroSerde<>(StoryEvent.class), log(EVENT_RETENTION, ARTICLE_MAX_MESSAGE_BYTES),
            "Story events (Avro StoryEvent) in order per story. Key: storyId.");

    /**
     * The events topic mirrored as JSON for consumers that read no Avro: the same records, keys and order, in the
     * same transactions; each value the event as UTF-8 JSON, rendered as {@code newsline tail} renders it. Publish
     * writes it only when {@value #EVENTS_JSON_ENABLED} is true.
     */
    public static final TopicSpec<String, String> EVENTS_JSON = new TopicSpec<>("events.json", "news.events.json.v1",
            KEY, Serdes.String(), log(EVENT_RETENTION, ARTICLE_MAX_MESSAGE_BYTES),
            "Story events as UTF-8 JSON, mirroring news.events.v1 (when publish.events.json.enabled). Key: storyId.");

    /** The switch of the JSON mirror of the events topic (default false). */
    public static final String EVENTS_JSON_ENABLED = "publish.events.json.enabled";

    public static final TopicSpec<String, DeadLetter> DEAD_LETTERS = new TopicSpec<>("dlq", "news.dlq.v1", KEY,
            new AvroSerde<>(DeadLetter.class), log(RAW_RETENTION, RAW_MAX_MESSAGE_BYTES),
            "Dead letters of every stage (Avro DeadLetter, stage and reason as fields). Key: the original key.");

    /** Every topic, in pipeline order. */
    public static List<TopicSpec<?, ?>> all() {
        return List.of(RAW_PAGES, CLEAN_ARTICLES, ENRICHED_ARTICLES, DECISIONS, STORIES, EVENTS, EVENTS_JSON, DEAD_LETTERS);
    }

    /** A topic by its Kafka name (live, or a shadow deployment's {@code <name>.<suffix>}) or logical name. */
    public static TopicSpec<?, ?> byName(String name) {
        return all().stream().filter(t -> t.name().equals(name) || t.logicalName().equals(name)
                        || name.startsWith(t.name() + ".")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown topic " + name + "; known: "
                        + all().stream().map(TopicSpec::name).toList()));
    }
}
