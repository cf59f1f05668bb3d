package io.newsline.publish.app;

import io.newsline.publish.match.MatchThresholds;
import io.newsline.publish.match.SentenceThresholds;
import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.app.AppDefinition;
import io.newsline.runtime.app.HttpEndpoints;
import io.newsline.runtime.app.StreamsApp;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.Stage;
import org.apache.kafka.streams.Topology;

/**
 * The publish app: enriched articles to stories, decisions and story events. Application id {@code newsline-publish}.
 *
 * <p>Config: {@code publish.fingerprint.horizon} (default P7D): how long, by event time, an article can be matched
 * by later copies; {@code publish.ledger.horizon} (default P400D): how long each article's decision is remembered,
 * so that re-crawls and replays inside it decide nothing new; {@code publish.related.resemblance} and
 * {@code publish.related.containment} (default off): overlap at which a non-copy is attached to a story as related;
 * {@code publish.match.*}: the matcher's thresholds ({@link MatchThresholds}, {@link SentenceThresholds}), defaults
 * the measured values (README's configuration table names each key); {@code publish.events.json.enabled} (default
 * false): mirror every story event as JSON on {@code news.events.json.v1}.
 * Where the process serves HTTP, it answers story lookups ({@link StoryLookup}).
 */
public final class PublishApp implements AppDefinition {

    @Override
    public String name() {
        return "publish";
    }

    @Override
    public Stage stage() {
        return Stage.PUBLISH;
    }

    @Override
    public Topology topology(NewslineConfig config, AppContext context) {
        return PublishTopology.build(context, new PublishTopology.Settings(
                config.getDuration("publish.fingerprint.horizon", PublishTopology.Settings.DEFAULTS.fingerprintHorizon()),
                config.getDuration("publish.ledger.horizon", PublishTopology.Settings.DEFAULTS.ledgerHorizon()),
                thresholds(config), sentenceThresholds(config), config.getBoolean(Topics.EVENTS_JSON_ENABLED, false)));
    }

    /** Story lookup: {@code /stories/{id}}, {@code /stories?url=...}, {@code /stories} and the page on {@code /}. */
    @Override
    public void addRoutes(HttpEndpoints http, StreamsApp app) {
        StoryLookup.addTo(http, new StoreRouter(app, StoryLookup.FORWARD_TIMEOUT), app.meters());
    }

    /**
     * The matcher's MinHash thresholds: the measured defaults ({@link MatchThresholds#DEFAULT}, docs/QUALITY.md
     * "Dedupe") unless configured; related matching off unless set.
     */
    static MatchThresholds thresholds(NewslineConfig config) {
        MatchThresholds d = MatchThresholds.DEFAULT;
        return new MatchThresholds(
                atLeast(config, "publish.match.min.shingles", d.minShingles(), 1),
                share(config, "publish.match.copy.resemblance", d.copyResemblance()),
                share(config, "publish.match.copy.containment", d.copyContainment()),
                share(config, "publish.match.copy.lead.resemblance", d.copyLeadResemblance()),
                atLeast(config, "publish.match.min.matching.bins", d.minMatchingBins(), 1),
                share(config, "publish.match.truncated.size.ratio", d.truncatedSizeRatio()),
                share(config, "publish.related.resemblance", d.relatedResemblance()),
                share(config, "publish.related.containment", d.relatedContainment()));
    }

    /** When aligned sentences make a copy or veto one: the measured defaults ({@link SentenceThresholds#DEFAULT}). */
    static SentenceThresholds sentenceThresholds(NewslineConfig config) {
        SentenceThresholds d = SentenceThresholds.DEFAULT;
        return new SentenceThresholds(
                atLeast(config, "publish.match.sentences.max.lede.offset", d.maxLedeOffset(), 0),
                atLeast(config, "publish.match.sentences.max.gap", d.maxGap(), 0),
                atLeast(config, "publish.match.sentences.min.sentences", d.minSentences(), 1),
                atLeast(config, "publish.match.sentences.min.words", d.minWords(), 0),
                atLeast(config, "publish.match.sentences.min.fact.words", d.minFactWords(), 0),
                share(config, "publish.match.sentences.min.fact.share", d.minFactShare()),
                share(config, "publish.match.sentences.min.coverage", d.minCoverage()));
    }

    private static int atLeast(NewslineConfig config, String key, int fallback, int min) {
        int value = config.getInt(key, fallback);
        if (value < min) {
            throw new IllegalArgumentException(key + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    /** A share or similarity: 0 and up; above 1 switches its rule off. */
    private static double share(NewslineConfig config, String key, double fallback) {
        double value = config.getDouble(key, fallback);
        if (!(value >= 0)) {
            throw new IllegalArgumentException(key + " must be a number from 0 (above 1: the rule is off), got " + value);
        }
        return value;
    }
}
