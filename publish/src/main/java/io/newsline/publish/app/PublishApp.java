package io.newsline.publish.app;

import io.newsline.publish.match.MatchThresholds;
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
 * {@code publish.events.json.enabled} (default false): mirror every story event as JSON on
 * {@code news.events.json.v1}.
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
                thresholds(config), config.getBoolean(Topics.EVENTS_JSON_ENABLED, false)));
    }

    /** Story lookup: {@code /stories/{id}}, {@code /stories?url=...}, {@code /stories} and the page on {@code /}. */
    @Override
    public void addRoutes(HttpEndpoints http, StreamsApp app) {
        StoryLookup.addTo(http, new StoreRouter(app, StoryLookup.FORWARD_TIMEOUT), app.meters());
    }

    /** The matcher's measured thresholds, with the related ones from configuration (off unless set). */
    static MatchThresholds thresholds(NewslineConfig config) {
        MatchThresholds d = MatchThresholds.DEFAULT;
        return new MatchThresholds(d.minShingles(), d.copyResemblance(), d.copyContainment(), d.copyLeadResemblance(),
                d.minMatchingBins(), d.truncatedSizeRatio(),
                Double.parseDouble(config.getString("publish.related.resemblance", Double.toString(d.relatedResemblance()))),
                Double.parseDouble(config.getString("publish.related.containment", Double.toString(d.relatedContainment()))));
    }
}
