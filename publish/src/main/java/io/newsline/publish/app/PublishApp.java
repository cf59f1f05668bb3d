package io.newsline.publish.app;

import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.app.AppDefinition;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.schemas.Stage;
import org.apache.kafka.streams.Topology;

/**
 * The publish app: enriched articles to stories, decisions and story events. Application id {@code newsline-publish}.
 *
 * <p>Config: {@code publish.fingerprint.horizon} (default P7D): how long, by event time, an article can be matched
 * by later copies; {@code publish.ledger.horizon} (default P400D): how long each article's decision is remembered,
 * so that re-crawls and replays inside it decide nothing new.
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
                config.getDuration("publish.ledger.horizon", PublishTopology.Settings.DEFAULTS.ledgerHorizon())));
    }
}
