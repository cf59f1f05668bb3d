package io.newsline.runtime.config;

import io.newsline.schemas.reference.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * newsline's configuration, layered: the defaults file shipped in this jar ({@code newsline-defaults.properties}),
 * then an optional file ({@code --config}), then environment variables, then command-line options; each layer
 * overrides the one before. Environment variables named {@code NEWSLINE_X_Y} set key {@code x.y}
 * (e.g. {@code NEWSLINE_BOOTSTRAP_SERVERS} sets {@code bootstrap.servers}, {@code NEWSLINE_SASL_JAAS_CONFIG}
 * sets {@code sasl.jaas.config}).
 *
 * <p>Keys under newsline's own namespaces ({@code http.}, {@code topic.}, {@code ingest.}, {@code enrich.},
 * {@code publish.}, {@code demo.}, {@code app.}) configure newsline; every other key is a Kafka client setting and is
 * passed through to the producers, consumers, admin clients and Streams (SASL, TLS, timeouts...). Immutable.
 */
public final class NewslineConfig {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    private static final Set<String> OWN_NAMESPACES = Set.of("http.", "topic.", "ingest.", "enrich.", "publish.",
            "demo.", "app.", "newsline.");
    private static final Set<String> SECRET_MARKERS = Set.of("password", "secret", "jaas", "token", "key");

    private final Map<String, String> values;

    private NewslineConfig(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Only the shipped defaults. */
    public static NewslineConfig defaults() {
        return load(null, Map.of(), Map.of());
    }

    /**
     * @param file      an optional properties file ({@code --config}); null for none
     * @param env       the environment (pass {@code System.getenv()})
     * @param overrides options given on the command line, highest precedence
     */
    public static NewslineConfig load(Path file, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> values = new TreeMap<>();
        try (InputStream in = DataFiles.open(NewslineConfig.class, "/io/newsline/runtime/newsline-defaults.properties")) {
            putAll(values, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (file != null) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Properties p = new Properties();
                p.load(reader);
                p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k).strip()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read config file " + file, e);
            }
        }
        env.forEach((name, value) -> {
            if (name.startsWith("NEWSLINE_") && name.length() > "NEWSLINE_".length()) {
                values.put(name.substring("NEWSLINE_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        values.putAll(overrides);
        return new NewslineConfig(values);
    }

    private static void putAll(Map<String, String> values, InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k).strip()));
    }

    /** A copy with more values set (highest precedence). */
    public NewslineConfig with(Map<String, String> more) {
        Map<String, String> copy = new TreeMap<>(values);
        copy.putAll(more);
        return new NewslineConfig(copy);
    }

    public NewslineConfig with(String key, String value) {
        return with(Map.of(key, value));
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public String require(String key) {
        return get(key).orElseThrow(() -> new IllegalArgumentException("missing configuration: " + key
                + " (set it in the --config file, as NEWSLINE_" + key.toUpperCase(Locale.ROOT).replace('.', '_')
                + " or as an option)"));
    }

    public String getString(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public int getInt(String key, int fallback) {
        return get(key).map(v -> parse(key, v, Integer::parseInt)).orElse(fallback);
    }

    public long getLong(String key, long fallback) {
        return get(key).map(v -> parse(key, v, Long::parseLong)).orElse(fallback);
    }

    public double getDouble(String key, double fallback) {
        return get(key).map(v -> parse(key, v, Double::parseDouble)).orElse(fallback);
    }

    public boolean getBoolean(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    /** A duration written as ISO-8601 ({@code PT30S}, {@code P7D}) or a number of milliseconds. */
    public Duration getDuration(String key, Duration fallback) {
        return get(key).map(v -> v.matches("\\d+") ? Duration.ofMillis(Long.parseLong(v)) : Duration.parse(v))
                .orElse(fallback);
    }

    private static <T> T parse(String key, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("configuration " + key + "=" + value + " is not a valid number", e);
        }
    }

    /** The Kafka client settings: every key outside newsline's own namespaces. */
    public Map<String, Object> kafkaSettings() {
        Map<String, Object> kafka = new TreeMap<>();
        values.forEach((k, v) -> {
            if (OWN_NAMESPACES.stream().noneMatch(k::startsWith)) {
                kafka.put(k, v);
            }
        });
        return kafka;
    }

    public Map<String, String> asMap() {
        return values;
    }

    /** The configuration as printable text with secrets masked, for logs and {@code --print-config}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(k).append('=').append(isSecret(k) ? "[hidden]" : v).append('\n'));
        return sb.toString();
    }

    static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return SECRET_MARKERS.stream().anyMatch(lower::contains) && !lower.endsWith(".type")
                && !lower.endsWith(".location");
    }

    @Override
    public String toString() {
        return describe();
    }
}
