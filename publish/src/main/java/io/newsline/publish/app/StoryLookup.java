package io.newsline.publish.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsline.publish.lookup.LookupRequest;
import io.newsline.publish.lookup.StoryDetailPage;
import io.newsline.publish.lookup.StoryPage;
import io.newsline.runtime.app.HttpEndpoints;
import io.newsline.runtime.json.AvroJson;
import io.newsline.schemas.Story;
import io.newsline.schemas.ids.ArticleIds;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publish's story lookup over HTTP: {@code GET /stories/{id}}, {@code GET /stories?url=...}, {@code GET /stories}
 * (recent stories as JSON), {@code GET /} (the HTML page of recent stories), and each story's HTML page,
 * {@code GET /story/{id}} and {@code GET /story?url=...} (the search by article URL), answered from the state stores by
 * interactive queries. The instance whose active task holds the key answers; any other instance relays the request
 * to it ({@link StoreRouter}). Since story state lives in one sequenced partition, one instance usually holds all
 * of it and the others relay everything. Answers: 200, 400 for a malformed request, 404 for an unknown story,
 * article or path, 405 for anything but GET, 500 for a failure (logged), 503 while no instance can be queried (starting, rebalancing, restoring;
 * with {@code Retry-After}). Each lookup is timed in {@code newsline_story_lookups_seconds}, tagged with its kind
 * ({@code id} and {@code url}, JSON or HTML alike, {@code recent}, {@code page}, {@code other} for a malformed or unknown request), its
 * status and where it was answered ({@code here}, {@code relayed} to the instance holding the key, or {@code none}
 * when no store was read). Thread-safe.
 */
final class StoryLookup {

    private static final Logger LOG = LoggerFactory.getLogger(StoryLookup.class);
    private static final String JSON = "application/json";
    private static final String HTML = "text/html; charset=utf-8";

    /** How long a relayed lookup may take. */
    static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(10);

    static final String METRIC = "newsline.story.lookups";
    /** Latency buckets of {@link #METRIC} ({@code _bucket} series), for the dashboard's p95: from a local store
     * read to a relay that waited for a busy instance. */
    static final Duration[] BUCKETS = {Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(10)};

    private final StoreRouter router;
    private final MeterRegistry meters;

    StoryLookup(StoreRouter router, MeterRegistry meters) {
        this.router = router;
        this.meters = meters;
    }

    /** Adds {@code /stories} and {@code /} to the endpoints. */
    static void addTo(HttpEndpoints http, StoreRouter router, MeterRegistry meters) {
        StoryLookup lookup = new StoryLookup(router, meters);
        http.route("/stories", lookup::handle);
        http.route("/", lookup::handle);
    }

    void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        String kind = "other";
        String answered = "none";
        try {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                error(exchange, 405, "only GET is served", false);
                return;
            }
            LookupRequest request = LookupRequest.parse(exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery());
            if (request instanceof LookupRequest.Bad bad) {
                error(exchange, 400, bad.reason(), bad.html());
            } else if (request instanceof LookupRequest.NoSuchPath none) {
                error(exchange, 404, "no such path: " + none.path(), false);
            } else if (request instanceof LookupRequest.ById byId) {
                kind = "id";
                answered = route(exchange, PublishTopology.STORIES_STORE, byId.storyId(), request);
            } else if (request instanceof LookupRequest.ByUrl byUrl) {
                kind = "url";
                answered = route(exchange, PublishTopology.LEDGER_STORE, ArticleIds.of(byUrl.url()), request);
            } else {
                kind = request instanceof LookupRequest.Recent ? "recent" : "page";
                answered = route(exchange, PublishTopology.RECENT_STORE, PublishTopology.RECENT_KEY, request);
            }
        } catch (RuntimeException e) {
            LOG.warn("story lookup {} failed", exchange.getRequestURI(), e);
            error(exchange, 500, e.toString(), false);
        } finally {
            // A few fixed buckets rather than a percentile histogram: kind x status x answered makes many series.
            Timer.builder(METRIC).description("Story lookups over HTTP, by kind, status and where they were answered")
                    .serviceLevelObjectives(BUCKETS)
                    .tags("kind", kind, "status", Integer.toString(exchange.getResponseCode()), "answered", answered)
                    .register(meters).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Answers from the local stores when this instance holds the key, else relays to the instance that does; returns
     * where the lookup was answered.
     */
    private String route(HttpExchange exchange, String store, String key, LookupRequest request) throws IOException {
        StoreRouter.Owner owner = router.owner(store, key);
        if (owner instanceof StoreRouter.Unavailable unavailable) {
            unavailable(exchange, unavailable.reason(), request.html());
            return "none";
        }
        if (owner instanceof StoreRouter.Remote remote) {
            if (StoreRouter.isForwarded(exchange)) {
                // Ownership moved while the request travelled: let the caller retry instead of bouncing it on.
                unavailable(exchange, "the key moved to " + remote.host().host() + ":" + remote.host().port(),
                        request.html());
                return "none";
            }
            router.forward(exchange, remote.host());
            return "relayed";
        }
        StoryQueries queries;
        try {
            queries = new StoryQueries(router.keyValueStore(PublishTopology.STORIES_STORE),
                    router.keyValueStore(PublishTopology.LEDGER_STORE),
                    router.keyValueStore(PublishTopology.RECENT_STORE));
        } catch (InvalidStateStoreException e) {
            unavailable(exchange, e.getMessage(), request.html());
            return "none";
        }
        answer(exchange, request, queries);
        return "here";
    }

    private void answer(HttpExchange exchange, LookupRequest request, StoryQueries queries) throws IOException {
        exchange.getResponseHeaders().set(StoreRouter.SERVED_BY_HEADER, router.self());
        if (request instanceof LookupRequest.ById byId) {
            Story story = queries.byId(byId.storyId());
            if (story == null) {
                error(exchange, 404, "no story " + byId.storyId(), byId.html());
            } else if (byId.html()) {
                HttpEndpoints.respond(exchange, 200, HTML, StoryDetailPage.render(story, null));
            } else {
                HttpEndpoints.respond(exchange, 200, JSON, AvroJson.toJsonLine(story));
            }
        } else if (request instanceof LookupRequest.ByUrl byUrl) {
            StoryQueries.ByUrl found = queries.byUrl(byUrl.url());
            if (found.story() == null) {
                error(exchange, 404, found.missing(), byUrl.html());
            } else if (byUrl.html()) {
                HttpEndpoints.respond(exchange, 200, HTML, StoryDetailPage.render(found.story(), byUrl.url()));
            } else {
                HttpEndpoints.respond(exchange, 200, JSON, AvroJson.toJsonLine(found.story()));
            }
        } else if (request instanceof LookupRequest.Recent) {
            ArrayNode array = AvroJson.MAPPER.createArrayNode();
            queries.recent().forEach(s -> array.add(AvroJson.toJson(s)));
            HttpEndpoints.respond(exchange, 200, JSON, array.toString());
        } else {
            HttpEndpoints.respond(exchange, 200, HTML, StoryPage.render(queries.recent()));
        }
    }

    private static void unavailable(HttpExchange exchange, String reason, boolean html) throws IOException {
        exchange.getResponseHeaders().set("Retry-After", "1");
        error(exchange, 503, "stories are not queryable right now: " + reason, html);
    }

    /** An error as JSON ({@code {"error": ...}}), or for a page request as a page with the search form. */
    private static void error(HttpExchange exchange, int status, String message, boolean html) throws IOException {
        if (html) {
            HttpEndpoints.respond(exchange, status, HTML, StoryDetailPage.notFound(message));
        } else {
            HttpEndpoints.respond(exchange, status, JSON, AvroJson.MAPPER.createObjectNode().put("error", message).toString());
        }
    }
}
