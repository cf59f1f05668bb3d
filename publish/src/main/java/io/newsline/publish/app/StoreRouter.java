package io.newsline.publish.app;

import com.sun.net.httpserver.HttpExchange;
import io.newsline.runtime.app.HttpEndpoints;
import io.newsline.runtime.app.StreamsApp;
import io.newsline.runtime.json.AvroJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Interactive queries for HTTP routes: finds which instance of an app holds the state of a key (its active task,
 * from the Streams metadata every instance shares through {@code application.server}), opens the local store when
 * that is this instance, and otherwise relays the HTTP request to the owner and its answer back. A relayed request
 * carries {@link #FORWARDED_HEADER}, and an instance never relays such a request again: when ownership moved
 * meanwhile the caller gets 503 and retries, instead of requests bouncing between instances. Every answer names the
 * instance that read its store in {@link #SERVED_BY_HEADER}. Thread-safe.
 */
public final class StoreRouter {

    /** Set on a relayed request: the address of the instance that relayed it. */
    public static final String FORWARDED_HEADER = "X-Newsline-Forwarded-By";
    /** Set on every answer from a store: the address of the instance whose store answered. */
    public static final String SERVED_BY_HEADER = "X-Newsline-Served-By";

    /** Where the state of a key lives right now. */
    public sealed interface Owner permits Local, Remote, Unavailable {
    }

    /** In this instance: read the local store. */
    public record Local() implements Owner {
    }

    /** In another instance, at {@code host}. */
    public record Remote(HostInfo host) implements Owner {
    }

    /** Nowhere queryable right now (starting, rebalancing, restoring): answer 503 and let the caller retry. */
    public record Unavailable(String reason) implements Owner {
    }

    private final StreamsApp app;
    private final HttpClient client;
    private final Duration timeout;

    /** @param timeout how long a relayed request may take before the caller gets 503 */
    public StoreRouter(StreamsApp app, Duration timeout) {
        this.app = app;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** This instance's advertised address as {@code host:port}; empty when it serves no HTTP. */
    public String self() {
        HostInfo self = app.advertised();
        return self == null ? "" : self.host() + ":" + self.port();
    }

    /** The instance whose active task holds {@code key} (a String key) in {@code store}. */
    public Owner owner(String store, String key) {
        KeyQueryMetadata metadata;
        try {
            metadata = app.streams().queryMetadataForKey(store, key, Serdes.String().serializer());
        } catch (InvalidStateStoreException | IllegalStateException e) {
            return new Unavailable(app.name() + " is " + app.state());
        }
        if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)
                || HostInfo.unavailable().equals(metadata.activeHost())) {
            return new Unavailable(app.name() + " is " + app.state() + " (no instance holds " + store + " yet)");
        }
        return metadata.activeHost().equals(app.advertised()) ? new Local() : new Remote(metadata.activeHost());
    }

    /**
     * The local key-value store with this name, read-only.
     *
     * @throws InvalidStateStoreException while the store is not queryable here (migrating, restoring, closed)
     */
    public <K, V> ReadOnlyKeyValueStore<K, V> keyValueStore(String store) {
        return app.streams().store(StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.keyValueStore()));
    }

    /** True when the request was relayed by another instance (and so must not be relayed again). */
    public static boolean isForwarded(HttpExchange exchange) {
        return exchange.getRequestHeaders().containsKey(FORWARDED_HEADER);
    }

    /**
     * Relays a GET to the same path and query on {@code owner} and sends its status, content type, served-by
     * header and body back; 503 when the owner does not answer in time.
     */
    public void forward(HttpExchange exchange, HostInfo owner) throws IOException {
        URI target = URI.create("http://" + owner.host() + ":" + owner.port() + exchange.getRequestURI().toString());
        HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout).header(FORWARDED_HEADER, self()).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding to " + target, e);
        } catch (IOException e) {
            HttpEndpoints.respond(exchange, 503, "application/json", AvroJson.MAPPER.createObjectNode().put("error",
                    "the instance holding this key (" + owner.host() + ":" + owner.port() + ") did not answer: " + e)
                    .toString());
            return;
        }
        exchange.getResponseHeaders().set("Content-Type",
                response.headers().firstValue("Content-Type").orElse("application/octet-stream"));
        response.headers().firstValue(SERVED_BY_HEADER).ifPresent(v -> exchange.getResponseHeaders().set(SERVED_BY_HEADER, v));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
