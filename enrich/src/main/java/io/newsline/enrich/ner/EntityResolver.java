package io.newsline.enrich.ner;

import io.newsline.enrich.Entity;
import io.newsline.enrich.EntityType;
import io.newsline.enrich.Mention;
import io.newsline.enrich.TextField;
import io.newsline.enrich.link.EntityLink;
import io.newsline.enrich.link.EntityLinker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Merges the mentions of one article into entities, links them, and weighs their salience.
 *
 * <ul>
 *   <li>Mentions of one type with the same name (case, accents and punctuation aside) are one entity.</li>
 *   <li>A person's shorter name whose words appear, in order, in exactly one longer person name of the article
 *       ("Putin" in "Vladimir Putin") joins that person; the canonical name is the longest form. When two people
 *       share the short name ("Bush" with "George Bush" and "Jeb Bush") it stays on its own.</li>
 *   <li>Entities of one type that link to the same identifier ("U.S." and "United States") are one entity.</li>
 *   <li>Salience: title mentions weigh 3, lead mentions (the first paragraph, at most {@value #LEAD_CHARS}
 *       characters) 2, the rest 1; an entity's salience is its share of the article's total weight.</li>
 * </ul>
 *
 * <p>Thread-safe if its linker is (the shipped one is).
 */
public final class EntityResolver {

    static final int LEAD_CHARS = 600;
    private static final Pattern DROPPED = Pattern.compile("[.\u2019'`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final EntityLinker linker;

    public EntityResolver(EntityLinker linker) {
        this.linker = linker;
    }

    /** The mentions and entities of one article. */
    public record Resolved(List<Mention> mentions, List<Entity> entities) {}

    /**
     * @param text  the body text (for the lead's extent)
     * @param spans consistent spans, title first, each field in text order
     */
    public Resolved resolve(String text, List<FieldSpan> spans) {
        // Union-find over groups of equal names.
        Map<String, Integer> groupByKey = new LinkedHashMap<>();
        List<Group> groups = new ArrayList<>();
        int[] groupOfSpan = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            FieldSpan span = spans.get(i);
            String key = span.type() + ":" + normalise(span.text());
            Integer g = groupByKey.get(key);
            if (g == null) {
                g = groups.size();
                groupByKey.put(key, g);
                groups.add(new Group(span.type(), words(span.text())));
            }
            groups.get(g).surfaces.merge(span.text(), 1, Integer::sum);
            groupOfSpan[i] = g;
        }
        int[] parent = new int[groups.size()];
        Arrays.setAll(parent, i -> i);
        mergeShortPersonNames(groups, parent);
        Map<Integer, EntityLink> links = mergeByLink(groups, parent);

        int leadEnd = leadEnd(text);
        Map<Integer, Acc> byRoot = new LinkedHashMap<>();
        double totalWeight = 0;
        for (int i = 0; i < spans.size(); i++) {
            FieldSpan span = spans.get(i);
            int root = find(parent, groupOfSpan[i]);
            Acc acc = byRoot.computeIfAbsent(root, r -> new Acc());
            double weight = span.in() == TextField.TITLE ? 3 : span.start() < leadEnd ? 2 : 1;
            acc.weight += weight;
            totalWeight += weight;
            acc.count++;
            acc.surfaces.merge(span.text(), 1, Integer::sum);
            if (span.in() == TextField.TEXT && acc.firstOffset < 0) {
                acc.firstOffset = span.start();
            }
            if (acc.firstSeen < 0) {
                acc.firstSeen = i;
            }
        }

        List<Map.Entry<Integer, Acc>> ordered = new ArrayList<>(byRoot.entrySet());
        ordered.sort(Comparator.comparingDouble((Map.Entry<Integer, Acc> e) -> -e.getValue().weight)
                .thenComparingInt(e -> e.getValue().firstSeen));
        Map<Integer, Integer> indexByRoot = new HashMap<>();
        List<Entity> entities = new ArrayList<>(ordered.size());
        for (Map.Entry<Integer, Acc> e : ordered) {
            int root = e.getKey();
            Acc acc = e.getValue();
            Group group = groups.get(root);
            EntityLink link = links.get(root);
            indexByRoot.put(root, entities.size());
            entities.add(new Entity(
                    canonicalName(group.type, acc.surfaces),
                    group.type,
                    link == null ? Map.of() : link.ids(),
                    link == null ? null : link.linkedBy(),
                    link == null ? null : link.countryCode(),
                    totalWeight == 0 ? 0 : acc.weight / totalWeight,
                    acc.count,
                    acc.firstOffset));
        }
        List<Mention> mentions = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            FieldSpan span = spans.get(i);
            int entity = indexByRoot.get(find(parent, groupOfSpan[i]));
            mentions.add(new Mention(span.start(), span.end(), span.type(), span.text(), span.in(), entity));
        }
        return new Resolved(mentions, entities);
    }

    private static void mergeShortPersonNames(List<Group> groups, int[] parent) {
        for (int s = 0; s < groups.size(); s++) {
            Group shorter = groups.get(s);
            if (shorter.type != EntityType.PERSON) {
                continue;
            }
            int target = -1;
            boolean ambiguous = false;
            for (int l = 0; l < groups.size(); l++) {
                Group longer = groups.get(l);
                if (longer.type == EntityType.PERSON && longer.words.size() > shorter.words.size()
                        && containsContiguously(longer.words, shorter.words)) {
                    // Only the longest containing names compete: "Putin" in "Vladimir Putin" and in
                    // "Vladimir Vladimirovich Putin" is one person if the longer names are.
                    if (target < 0 || containsContiguously(longer.words, groups.get(target).words)) {
                        target = l;
                    } else if (!containsContiguously(groups.get(target).words, longer.words)) {
                        ambiguous = true;
                    }
                }
            }
            if (target >= 0 && !ambiguous) {
                union(parent, target, s);
            }
        }
    }

    private Map<Integer, EntityLink> mergeByLink(List<Group> groups, int[] parent) {
        Map<Integer, EntityLink> linkByGroup = new HashMap<>();
        Map<String, Integer> groupById = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            if (find(parent, g) != g) {
                continue;
            }
            Group group = groups.get(g);
            EntityLink link = linker.link(group.mostFrequentSurface(), group.type);
            if (link == null) {
                continue;
            }
            linkByGroup.put(g, link);
            for (Map.Entry<String, String> id : link.ids().entrySet()) {
                String key = group.type + ":" + id.getKey() + ":" + id.getValue();
                Integer earlier = groupById.putIfAbsent(key, g);
                if (earlier != null && find(parent, earlier) != find(parent, g)) {
                    union(parent, earlier, g);
                }
            }
        }
        Map<Integer, EntityLink> byRoot = new HashMap<>();
        for (Map.Entry<Integer, EntityLink> e : linkByGroup.entrySet()) {
            byRoot.putIfAbsent(find(parent, e.getKey()), e.getValue());
        }
        return byRoot;
    }

    private static String canonicalName(EntityType type, Map<String, Integer> surfaces) {
        Comparator<Map.Entry<String, Integer>> order = type == EntityType.PERSON
                ? Comparator.comparingInt((Map.Entry<String, Integer> e) -> words(e.getKey()).size())
                        .thenComparingInt(Map.Entry::getValue)
                : Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparingInt(e -> e.getKey().length());
        return surfaces.entrySet().stream().max(order).orElseThrow().getKey();
    }

    /** The end of the lead: the first paragraph, skipping a dateline-short first line, at most LEAD_CHARS. */
    static int leadEnd(String text) {
        int end = text.indexOf('\n');
        while (end >= 0 && end < 80) {
            end = text.indexOf('\n', end + 1);
        }
        return end < 0 ? Math.min(text.length(), LEAD_CHARS) : Math.min(end, LEAD_CHARS);
    }

    private static String normalise(String surface) {
        String s = DROPPED.matcher(surface.toLowerCase(Locale.ROOT)).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ");
        return s.startsWith("the ") ? s.substring(4).trim() : s.trim();
    }

    private static List<String> words(String surface) {
        return List.of(normalise(surface).split(" "));
    }

    private static boolean containsContiguously(List<String> longer, List<String> shorter) {
        outer:
        for (int i = 0; i + shorter.size() <= longer.size(); i++) {
            for (int j = 0; j < shorter.size(); j++) {
                if (!longer.get(i + j).equals(shorter.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins {@code other}'s set into {@code keep}'s; {@code keep}'s root stays the root. */
    private static void union(int[] parent, int keep, int other) {
        int a = find(parent, keep);
        int b = find(parent, other);
        if (a != b) {
            parent[b] = a;
        }
    }

    private static final class Group {
        final EntityType type;
        final List<String> words;
        final Map<String, Integer> surfaces = new LinkedHashMap<>();

        Group(EntityType type, List<String> words) {
            this.type = type;
            this.words = words;
        }

        String mostFrequentSurface() {
            return surfaces.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    private static final class Acc {
        double weight;
        int count;
        int firstOffset = -1;
        int firstSeen = -1;
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
    }
}
