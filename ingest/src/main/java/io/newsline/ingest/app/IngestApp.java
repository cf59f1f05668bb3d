package io.newsline.ingest.app;

import io.newsline.ingest.extract.ArticleExtractor;
import io.newsline.ingest.extract.ExtractorSettings;
import io.newsline.ingest.extract.body.MainTextExtractor;
import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.app.AppDefinition;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.schemas.Stage;
import org.apache.kafka.streams.Topology;

/**
 * The ingest app: raw pages to clean articles. Application id {@code newsline-ingest} by default.
 *
 * <p>Config: {@code ingest.max.body.bytes} (default 5 MB): larger pages go to the dead-letter topic as oversize.
 */
public final class IngestApp implements AppDefinition {

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public Stage stage() {
        return Stage.INGEST;
    }

    @Override
    public Topology topology(NewslineConfig config, AppContext context) {
        return IngestTopology.build(cleaner(config), context);
    }

    /** The cleaner the app and {@code newsline extract} use, with the configured size cap. */
    public static ArticleCleaner cleaner(NewslineConfig config) {
        ExtractorSettings settings = ExtractorSettings.defaults()
                .withMaxBodyBytes(config.getLong("ingest.max.body.bytes", ExtractorSettings.DEFAULT_MAX_BODY_BYTES));
        return new ArticleCleaner(new ArticleExtractor(settings, io.newsline.ingest.extract.site.SiteRegistry.bundled(),
                new MainTextExtractor()));
    }
}
