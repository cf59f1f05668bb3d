package io.newsline.ingest.app;

import io.micrometer.core.instrument.Timer;
import io.newsline.ingest.extract.site.SiteProfile;
import io.newsline.ingest.extract.site.SiteRegistry;
import io.newsline.ingest.raw.RawPageDecoder;
import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.dlq.Outcome;
import io.newsline.runtime.stream.RoutingProcessor;
import io.newsline.runtime.topics.TopicSpec;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.PageType;
import io.newsline.schemas.RawPage;
import java.time.Instant;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The ingest topology: {@code news.pages.raw.v1} (raw pages as bytes, JSON or Avro) to
 * {@code news.articles.clean.v1} (key: article id), with undecodable, invalid and oversize pages on
 * {@code news.dlq.v1}; topic names are the deployment's ({@link AppContext#topics()}). Stateless, so it scales with the raw topic's partitions.
 */
public final class IngestTopology {

    static final String SOURCE = "raw-pages-source";
    static final String CLEAN = "clean-pages";
    static final String CLEAN_SINK = "clean-articles-sink";

    private IngestTopology() {}

    public static Topology build(ArticleCleaner cleaner, AppContext app) {
        Topology topology = new Topology();
        TopicSpec<String, CleanArticle> clean = app.topics().get(Topics.CLEAN_ARTICLES);
        topology.addSource(SOURCE, new StringDeserializer(), new ByteArrayDeserializer(),
                app.topics().name(Topics.RAW_PAGES));
        topology.addProcessor(CLEAN, () -> new CleanPageProcessor(cleaner, app), SOURCE);
        topology.addSink(CLEAN_SINK, clean.name(), clean.keySerde().serializer(), clean.valueSerde().serializer(), CLEAN);
        RoutingProcessor.addDeadLetterSink(topology, app, CLEAN);
        return topology;
    }

    /** Decodes, extracts, forwards the clean article or the dead letter. */
    static final class CleanPageProcessor extends RoutingProcessor<String> {
        private final ArticleCleaner cleaner;
        private final Timer extraction;
        private final FieldCompleteness completeness;
        private final SiteRegistry sites = SiteRegistry.bundled();

        CleanPageProcessor(ArticleCleaner cleaner, AppContext app) {
            super(app);
            this.cleaner = cleaner;
            this.extraction = Timer.builder("newsline.extraction")
                    .description("Time to decode and extract one raw page")
                    .publishPercentileHistogram().register(app.meters());
            this.completeness = new FieldCompleteness(app.meters());
        }


        @Override
        public void process(Record<String, byte[]> record) {
            long start = System.nanoTime();
            // every output, clean article or dead letter, says how long the page took (newsline.ingest.micros)
            startClock();
            Outcome<RawPage> raw = RawPageDecoder.decode(record.value());
            if (raw instanceof Outcome.Failed<RawPage> failed) {
                deadLetter(record, failed);
                return;
            }
            RawPage page = ((Outcome.Ok<RawPage>) raw).value();
            Outcome<CleanArticle> clean = cleaner.clean(page, Instant.ofEpochMilli(record.timestamp()));
            extraction.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            if (clean instanceof Outcome.Failed<CleanArticle> failed) {
                deadLetter(record, failed);
                return;
            }
            CleanArticle article = ((Outcome.Ok<CleanArticle>) clean).value();
            forward(record, article.getArticleId(), article, CLEAN_SINK);
            completeness.record(siteTag(article.getUrl()), article);
            count(article.getRemoved() ? "removed" : article.getPageType() == PageType.ARTICLE ? "article" : "not-article");
        }

        /** The site as a metric tag: its registered host where the registry allows it, otherwise "other". */
        private String siteTag(String url) {
            SiteProfile site = sites.forUrl(url);
            return site.metricsTag() ? site.host() : FieldCompleteness.OTHER_SITE;
        }
    }
}
