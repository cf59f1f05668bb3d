package io.newsline.runtime.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsline.runtime.config.NewslineConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The HTTP side of a newsline process: {@code /metrics} (Prometheus text format), {@code /health/live} and
 * {@code /health/ready} (200 or 503 with the components' states), plus any routes an app adds. Uses the JDK's
 * HTTP server; thread-safe.
 *
 * <p>Config: {@code http.port} (0 picks a free port; -1 disables the endpoints), {@code http.advertised.host} and
 * {@code http.advertised.port} (how other instances reach this one; see {@link #advertisedAddress}).
 */
public final class HttpEndpoints implements AutoCloseable {

    private final HttpServer server;
    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();

    public HttpEndpoints(String host, int port, PrometheusMeterRegistry registry) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        // Four threads: a lookup may wait on another instance it forwards to, and /metrics must still answer meanwhile.
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "newsline-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/metrics", exchange -> respond(exchange, 200,
                "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
        server.createContext("/health/live", exchange -> health(exchange, checks.stream().allMatch(HealthCheck::isLive)));
        server.createContext("/health/ready", exchange -> health(exchange,
                !checks.isEmpty() && checks.stream().allMatch(HealthCheck::isReady)));
    }

    public void addCheck(HealthCheck check) {
        checks.add(check);
    }

    /** Adds a route; the handler must answer every request. */
    public void route(String path, HttpHandler handler) {
        server.createContext(path, handler);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Where other instances reach these endpoints: {@code http.advertised.host} (default: the bound host, or this
     * machine's host name when bound to every interface) and {@code http.advertised.port} (default: the bound port,
     * so 0 works). Containers set the host to a name the other containers resolve.
     */
    public HostInfo advertisedAddress(NewslineConfig config) {
        String bound = server.getAddress().getHostString();
        String host = config.getString("http.advertised.host", "");
        if (host.isBlank()) {
            host = server.getAddress().getAddress().isAnyLocalAddress() ? localHostName() : bound;
        }
        return new HostInfo(host, config.getInt("http.advertised.port", port()));
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private void health(HttpExchange exchange, boolean ok) throws IOException {
        Map<String, String> states = new TreeMap<>();
        checks.forEach(c -> states.putAll(c.details()));
        StringBuilder body = new StringBuilder("{\"status\":\"").append(ok ? "UP" : "DOWN").append("\",\"components\":{");
        boolean first = true;
        for (var e : states.entrySet()) {
            body.append(first ? "" : ",").append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
            first = false;
        }
        body.append("}}");
        respond(exchange, ok ? 200 : 503, "application/json", body.toString());
    }

    public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
