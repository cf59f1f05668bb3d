package io.newsline.runtime.topics;

import io.newsline.runtime.config.NewslineConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The topics of one deployment: {@link Topics}' entries with this deployment's names and settings. A live
 * deployment uses the catalogue's names; a shadow deployment ({@value #SUFFIX_CONFIG}, e.g. a backfill) appends
 * {@code .<suffix>} to every topic the apps write, and so to every topic one app reads from another
 * ({@code news.events.v1} becomes {@code news.events.v1.backfill-2026-11}), and to the application ids, so its
 * offsets, state and output never mix with live ones. Raw pages are the pipeline's input, not an app's output: their
 * topic keeps its name, or the one {@value #RAW_NAME_CONFIG} gives (e.g. a time range copied there by
 * {@code newsline replay --target}). Settings overrides ({@code topic.<logical>.partitions}...) are applied as
 * {@link TopicAdmin#settings} does. Immutable, thread-safe.
 */
public final class TopicCatalogue {

    /** Suffix of a shadow deployment's topics and application ids; empty or absent for live. */
    public static final String SUFFIX_CONFIG = "topic.suffix";
    /** The raw-page topic the deployment reads and {@code submit} writes (default: the catalogue's name). */
    public static final String RAW_NAME_CONFIG = "topic.raw.name";
    /** A suffix becomes part of topic names and application ids, so it keeps to the characters both allow. */
    private static final Pattern SUFFIX = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");

    private final String suffix;
    private final Map<String, TopicSpec<?, ?>> byLogicalName = new LinkedHashMap<>();

    private TopicCatalogue(NewslineConfig config) {
        this.suffix = config.getString(SUFFIX_CONFIG, "").strip();
        if (!suffix.isEmpty() && !SUFFIX.matcher(suffix).matches()) {
            throw new IllegalArgumentException("invalid " + SUFFIX_CONFIG + " '" + suffix
                    + "': letters, digits, '.', '_' and '-' only, not starting with '.', at most 100");
        }
        for (TopicSpec<?, ?> topic : Topics.all()) {
            String name = topic == Topics.RAW_PAGES
                    ? config.getString(RAW_NAME_CONFIG, topic.name())
                    : shadowName(topic.name());
            byLogicalName.put(topic.logicalName(), topic.withName(name).withSettings(TopicAdmin.settings(topic, config)));
        }
    }

    /** The topics of the deployment this configuration describes. */
    public static TopicCatalogue of(NewslineConfig config) {
        return new TopicCatalogue(config);
    }

    /** The live deployment's topics with the shipped settings. */
    public static TopicCatalogue live() {
        return of(NewslineConfig.defaults());
    }

    /** The deployment's version of a catalogue entry of {@link Topics}. */
    @SuppressWarnings("unchecked")
    public <K, V> TopicSpec<K, V> get(TopicSpec<K, V> entry) {
        TopicSpec<?, ?> resolved = byLogicalName.get(entry.logicalName());
        if (resolved == null) {
            throw new IllegalArgumentException("not a catalogue topic: " + entry.name());
        }
        return (TopicSpec<K, V>) resolved;
    }

    /** The deployment's Kafka name of a catalogue entry. */
    public String name(TopicSpec<?, ?> entry) {
        return get(entry).name();
    }

    /** Every topic, in pipeline order. */
    public List<TopicSpec<?, ?>> all() {
        return List.copyOf(byLogicalName.values());
    }

    /**
     * A topic by its logical name ({@code events}), its name in this deployment, or its live catalogue name (which a
     * shadow deployment maps to its own topic).
     */
    public TopicSpec<?, ?> byName(String name) {
        for (TopicSpec<?, ?> topic : byLogicalName.values()) {
            if (topic.name().equals(name) || topic.logicalName().equals(name)) {
                return topic;
            }
        }
        for (TopicSpec<?, ?> entry : Topics.all()) {
            if (entry.name().equals(name)) {
                return get(entry);
            }
        }
        throw new IllegalArgumentException("unknown topic " + name + "; known: "
                + all().stream().map(TopicSpec::name).toList());
    }

    /** The shadow suffix; empty for the live deployment. */
    public String suffix() {
        return suffix;
    }

    public boolean isShadow() {
        return !suffix.isEmpty();
    }

    /** A live topic name or application id as this deployment names it: with {@code .<suffix>} in a shadow one. */
    public String shadowName(String liveName) {
        return suffix.isEmpty() ? liveName : liveName + "." + suffix;
    }
}
