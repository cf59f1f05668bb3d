package io.newsline.enrich.app;

import io.micrometer.core.instrument.Timer;
import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.stream.RoutingProcessor;
import io.newsline.runtime.topics.AvroSerde;
import io.newsline.runtime.topics.TopicSpec;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.codec.RecordCodec;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The enrich topology: {@code news.articles.clean.v1} to {@code news.articles.enriched.v1} (same key, the article
 * id), with records that do not decode as CleanArticle on {@code news.dlq.v1}. Stateless apart from the
 * enricher's in-memory reuse cache, which only saves work (a copy enriched again gives the same result). Each
 * article is counted by status ({@code newsline_records_total}) and by language and entities ({@link EntityMetrics}).
 */
public final class EnrichTopology {

    static final String SOURCE = "clean-articles-source";
    static final String ENRICH = "enrich-articles";
    static final String ENRICHED_SINK = "enriched-articles-sink";

    private EnrichTopology() {}

    public static Topology build(EnrichedArticles enricher, AppContext app) {
        Topology topology = new Topology();
        TopicSpec<String, EnrichedArticle> enriched = app.topics().get(Topics.ENRICHED_ARTICLES);
        topology.addSource(SOURCE, new StringDeserializer(), new ByteArrayDeserializer(),
                app.topics().name(Topics.CLEAN_ARTICLES));
        topology.addProcessor(ENRICH, () -> new EnrichProcessor(enricher, app), SOURCE);
        topology.addSink(ENRICHED_SINK, enriched.name(), enriched.keySerde().serializer(),
                enriched.valueSerde().serializer(), ENRICH);
        RoutingProcessor.addDeadLetterSink(topology, app, ENRICH);
        return topology;
    }

    static final class EnrichProcessor extends RoutingProcessor<String> {
        private static final RecordCodec<CleanArticle> CODEC = ((AvroSerde<CleanArticle>) Topics.CLEAN_ARTICLES.valueSerde()).codec();
        private final EnrichedArticles enricher;
        private final Timer timer;
        private final EntityMetrics entityMetrics;

        EnrichProcessor(EnrichedArticles enricher, AppContext app) {
            super(app);
            this.enricher = enricher;
            this.timer = Timer.builder("newsline.enrichment").description("Time to enrich one article")
                    .publishPercentileHistogram().register(app.meters());
            this.entityMetrics = new EntityMetrics(app.meters(),
                    app.deadLetters().stage().name().toLowerCase(java.util.Locale.ROOT), enricher::hasEntityModel);
        }

        @Override
        public void process(Record<String, byte[]> record) {
            startClock();
            CleanArticle article = decodeOrDeadLetter(record, CODEC);
            if (article == null) {
                return;
            }
            long start = System.nanoTime();
            EnrichedArticle enriched = enricher.enrich(article);
            timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            forward(record, article.getArticleId(), enriched, ENRICHED_SINK);
            count(enriched.getStatus().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            entityMetrics.record(enriched);
        }
    }
}
