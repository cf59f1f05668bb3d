package io.newsline.ingest.extract.wire;

import io.newsline.schemas.reference.NewsAgencies;
import io.newsline.schemas.reference.NewsAgencies.NewsAgency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the news agencies of {@link NewsAgencies} (the list publish names story sources from too) in credits,
 * bylines and datelines. Immutable and thread-safe.
 */
public final class Agencies {

    private record Alias(String code, Pattern pattern) {
    }

    private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
    private static final Pattern EDGES = Pattern.compile("^[\\p{Punct}\\s—–]+|[\\p{Punct}\\s—–]+$");
    private static final Agencies BUNDLED = load();

    private final List<Alias> aliases;
    /** Exact names: acronyms as printed, longer names lower-cased. */
    private final java.util.Map<String, String> byName;
    /** Every acronym in one pattern, and every longer name in another: one scan of a line each. */
    private final List<Pattern> anyName;

    private Agencies(List<Alias> aliases, java.util.Map<String, String> byName) {
        this.aliases = List.copyOf(aliases);
        this.byName = java.util.Map.copyOf(byName);
        List<String> exact = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        for (NewsAgency agency : NewsAgencies.all()) {
            for (String name : agency.aliases()) {
                // "The Associated Press" would start before, and so hide, "Associated Press of Pakistan".
                boolean article = name.regionMatches(true, 0, "the ", 0, 4) && agency.aliases().contains(name.substring(4));
                if (!article) {
                    (NewsAgencies.caseSensitive(name) ? exact : folded).add(name);
                }
            }
        }
        this.anyName = List.of(alternation(exact, 0),
                alternation(folded, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** The names as whole words, longest first so that the longest name wins where several start. */
    private static Pattern alternation(List<String> names, int flags) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
        }
        return Pattern.compile(regex.append(")(?![\\p{L}\\p{N}])").toString(), flags);
    }

    public static Agencies bundled() {
        return BUNDLED;
    }

    /** The agency named earliest in {@code text} (the longest name when two start at the same place). */
    public Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        int bestLength = 0;
        for (Alias a : aliases) {
            Matcher m = a.pattern.matcher(text);
            if (m.find() && (m.start() < bestStart || m.start() == bestStart && m.end() - m.start() > bestLength)) {
                best = a.code;
                bestStart = m.start();
                bestLength = m.end() - m.start();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Where a text names an agency: the code and the span of the name. */
    public record Mention(String code, int start, int end) {
    }

    /**
     * Every agency name in {@code text}, in reading order; where names overlap ("AFP" inside "AFP-Relaxnews") only the
     * longest counts.
     */
    public List<Mention> findAll(String text) {
        List<Mention> all = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return all;
        }
        for (Pattern p : anyName) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String code = byName.get(m.group());
                code = code != null ? code : byName.get(m.group().toLowerCase(java.util.Locale.ROOT));
                if (code != null) {
                    all.add(new Mention(code, m.start(), m.end()));
                }
            }
        }
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(x -> -(x.end() - x.start())));
        List<Mention> out = new ArrayList<>();
        int covered = -1;
        for (Mention x : all) {
            if (x.start() >= covered) {
                out.add(x);
                covered = x.end();
            }
        }
        return out;
    }

    /** Whether the whole of {@code text} (trimmed, without "By" and punctuation around it) is an agency's name. */
    public Optional<String> whole(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = EDGES.matcher(BY.matcher(text.trim()).replaceFirst("")).replaceAll("");
        String code = byName.get(t);
        if (code == null) {
            code = byName.get(t.toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.ofNullable(code);
    }

    private static Agencies load() {
        List<Alias> out = new ArrayList<>();
        java.util.Map<String, String> byName = new java.util.HashMap<>();
        for (NewsAgency agency : NewsAgencies.all()) {
            for (String name : agency.aliases()) {
                boolean exact = NewsAgencies.caseSensitive(name);
                byName.putIfAbsent(exact ? name : name.toLowerCase(java.util.Locale.ROOT), agency.code());
                out.add(new Alias(agency.code(), NewsAgencies.aliasPattern(name)));
            }
        }
        out.sort(Comparator.comparingInt((Alias a) -> -a.pattern.pattern().length()));
        return new Agencies(out, byName);
    }
}
