package io.newsline.runtime.app;

import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicCatalogue;
import io.newsline.schemas.Stage;
import org.apache.kafka.streams.Topology;

/**
 * What makes one newsline stream application: its name, its pipeline stage and how it builds its topology from
 * configuration. {@link StreamsApp} does the rest (Streams settings, handlers, lifecycle, health, metrics).
 */
public interface AppDefinition {

    /** Short name: ingest, enrich or publish; also the default application id's suffix. */
    String name();

    Stage stage();

    /** Builds the topology production runs (tests build the same one). */
    Topology topology(NewslineConfig config, AppContext context);

    /**
     * Adds the HTTP routes this app answers from its own state (interactive queries through {@code app.streams()},
     * as publish's story lookup does) to the process's endpoints; none by default. Called once per process, before
     * the endpoints open and before the Streams client starts, so handlers must cope with a client that is not yet
     * running.
     */
    default void addRoutes(HttpEndpoints http, StreamsApp app) {
    }

    /**
     * The Kafka Streams application id: {@code app.<name>.application.id}, default {@code newsline-<name>}; in a
     * shadow deployment with the suffix appended ({@code newsline-publish.backfill-2026-11}), so its offsets and
     * state never mix with the live app's.
     */
    default String applicationId(NewslineConfig config) {
        return TopicCatalogue.of(config).shadowName(config.getString("app." + name() + ".application.id",
                "newsline-" + name()));
    }
}
