package io.newsline.enrich.app;

import io.newsline.enrich.ArticleEnricher;
import io.newsline.enrich.keywords.KeywordRanker;
import io.newsline.enrich.link.EntityLinker;
import io.newsline.enrich.ner.LanguageNerEngines;
import io.newsline.enrich.ner.NerEngine;
import io.newsline.enrich.topics.IptcTopicClassifier;
import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.app.AppDefinition;
import io.newsline.runtime.app.Version;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.schemas.Stage;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.streams.Topology;

/**
 * The enrich app: clean articles to entities, IPTC Media Topics and keywords. Application id
 * {@code newsline-enrich} by default.
 *
 * <p>Config: {@code enrich.reuse.cache.size} (default 10000): how many body texts are remembered so that a
 * syndicated copy reuses their entities instead of running NER again. {@code enrich.ner.languages} (default
 * {@code en,de,es,fr}): the languages whose pages get entities (English always; the others from the CoreNLP model of
 * their language, see docs/QUALITY.md); {@code enrich.ner.eager} (default false): load those models at startup
 * instead of on the first page in each language.
 */
public final class EnrichApp implements AppDefinition {

    @Override
    public String name() {
        return "enrich";
    }

    @Override
    public Stage stage() {
        return Stage.ENRICH;
    }

    @Override
    public Topology topology(NewslineConfig config, AppContext context) {
        return EnrichTopology.build(enricher(config), context);
    }

    /**
     * The enricher the app and {@code newsline enrich} use: CoreNLP's CRF of each configured language, the gazetteer,
     * IPTC topics, keywords.
     */
    public static EnrichedArticles enricher(NewslineConfig config) {
        List<String> languages = Arrays.stream(config.getString("enrich.ner.languages", "en,de,es,fr").split(","))
                .map(String::strip).filter(language -> !language.isEmpty()).toList();
        NerEngine ner = LanguageNerEngines.coreNlp(languages, config.getBoolean("enrich.ner.eager", false));
        ArticleEnricher enricher = new ArticleEnricher(ner, EntityLinker.standard(),
                IptcTopicClassifier.loadDefault(), KeywordRanker.loadDefault(), config.getInt("enrich.reuse.cache.size", 10_000));
        return new EnrichedArticles(enricher, "newsline-enrich/" + Version.get());
    }
}
