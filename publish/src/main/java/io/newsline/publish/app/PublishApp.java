package io.newsline.publish.app;

import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.app.AppDefinition;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.schemas.Stage;
import org.apache.kafka.streams.Topology;

/** The publish app: enriched articles to stories, decisions and story events. Application id {@code newsline-publish}. */
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
        return PublishTopology.build(context);
    }
}
