package io.newsline.enrich.topics;

import io.newsline.schemas.reference.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The IPTC Media Topics vocabulary (active concepts, en-GB labels) as a tree.
 *
 * <p>The bundled copy is {@code iptc-mediatopic-en-GB.tsv}, generated from IPTC's release by
 * {@code scripts/build-iptc-taxonomy.py}. IPTC Media Topics are published by the International Press
 * Telecommunications Council under CC BY 4.0.
 *
 * <p>Immutable and thread-safe.
 */
public final class IptcTaxonomy {

    static final String RESOURCE = "iptc-mediatopic-en-GB.tsv";

    private final Map<String, IptcTopic> byId;
    private final Map<String, List<IptcTopic>> children;
    private final List<IptcTopic> topLevel;

    private IptcTaxonomy(Map<String, IptcTopic> byId) {
        this.byId = Collections.unmodifiableMap(byId);
        Map<String, List<IptcTopic>> kids = new LinkedHashMap<>();
        List<IptcTopic> top = new ArrayList<>();
        for (IptcTopic t : byId.values()) {
            if (t.parentId() == null) {
                top.add(t);
            } else {
                if (!byId.containsKey(t.parentId())) {
                    throw new IllegalArgumentException("topic " + t.id() + " has unknown parent " + t.parentId());
                }
                kids.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
            }
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.children = kids;
        this.topLevel = List.copyOf(top);
    }

    /** Loads the taxonomy bundled with this library. */
    public static IptcTaxonomy loadDefault() {
        return parse(DataFiles.numberedLines(IptcTaxonomy.class, RESOURCE));
    }

    /**
     * Reads the tab-separated form written by {@code scripts/build-iptc-taxonomy.py}: id, level, parent,
     * label, definition, wikidata; blank lines and {@code #} comments are skipped ({@link DataFiles}).
     *
     * @throws IllegalStateException on a line with too few columns or a duplicate id, naming the line
     */
    public static IptcTaxonomy load(InputStream in) throws IOException {
        return parse(DataFiles.numberedLines(in, "IPTC taxonomy"));
    }

    private static IptcTaxonomy parse(List<DataFiles.Line> lines) {
        Map<String, IptcTopic> byId = new LinkedHashMap<>();
        for (DataFiles.Line line : lines) {
            String[] f = line.text().split("\t", -1);
            if (f.length < 4) {
                throw line.invalid("expected id, level, parent, label");
            }
            String parent = f[2].isEmpty() ? null : f[2];
            String definition = f.length > 4 ? f[4] : "";
            String wikidata = f.length > 5 && !f[5].isEmpty() ? f[5] : null;
            IptcTopic t = new IptcTopic(f[0], Integer.parseInt(f[1]), parent, f[3], definition, wikidata);
            if (byId.put(t.id(), t) != null) {
                throw line.invalid("duplicate id " + t.id());
            }
        }
        return new IptcTaxonomy(byId);
    }

    /** @return the active concept with this id, if any */
    public Optional<IptcTopic> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return the active concept with this id; throws when there is none */
    public IptcTopic get(String id) {
        IptcTopic t = byId.get(id);
        if (t == null) {
            throw new IllegalArgumentException("unknown IPTC Media Topic " + id);
        }
        return t;
    }

    /** @return all active concepts, sorted by id */
    public List<IptcTopic> all() {
        return List.copyOf(byId.values());
    }

    /** @return the 17 top-level topics */
    public List<IptcTopic> topLevel() {
        return topLevel;
    }

    /** @return the direct children of a topic (empty for leaves) */
    public List<IptcTopic> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** @return the topic's level-1 ancestor (the topic itself at level 1) */
    public IptcTopic root(String id) {
        IptcTopic t = get(id);
        while (t.parentId() != null) {
            t = byId.get(t.parentId());
        }
        return t;
    }

    /** @return whether {@code id} is {@code ancestorId} or lies below it */
    public boolean isUnder(String id, String ancestorId) {
        IptcTopic t = byId.get(id);
        while (t != null) {
            if (t.id().equals(ancestorId)) {
                return true;
            }
            t = t.parentId() == null ? null : byId.get(t.parentId());
        }
        return false;
    }

    /** @return the path from the level-1 ancestor down to the topic itself */
    public List<IptcTopic> path(String id) {
        List<IptcTopic> path = new ArrayList<>();
        for (IptcTopic t = get(id); t != null; t = t.parentId() == null ? null : byId.get(t.parentId())) {
            path.add(t);
        }
        Collections.reverse(path);
        return path;
    }

    /** @return the number of active concepts */
    public int size() {
        return byId.size();
    }

    @Override
    public String toString() {
        return "IptcTaxonomy[" + byId.size() + " topics]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IptcTaxonomy other && byId.equals(other.byId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byId);
    }
}
