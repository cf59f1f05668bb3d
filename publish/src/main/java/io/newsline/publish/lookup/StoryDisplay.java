package io.newsline.publish.lookup;

import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEntity;
import io.newsline.schemas.StoryMember;
import io.newsline.schemas.Topic;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a person reading a story is shown of it, the same on the story pages and in {@code newsline demo}'s output:
 * its heading (never blank), its canonical member, when it was published, and its top entities and topics. A
 * story's entities are merged over its members by name and type, so two members' taggers may disagree on a name's
 * type (a person in one, an organisation in the other); shown, a name has one type: the one its most salient
 * mention has. Stateless; thread-safe.
 */
public final class StoryDisplay {

    /** A story's heading; {@code fromUrl} when no member had a title and the words come from its URL. */
    public record Title(String text, boolean fromUrl) {
    }

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[-_+]+");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern EXTENSION = Pattern.compile("\\.(s?html?|php|aspx?|jsp)$");
    /** Fewer words than this in a URL segment make no heading ("news", "2025", "world-news"). */
    private static final int MIN_SLUG_WORDS = 3;

    private StoryDisplay() {}

    /**
     * The story's title; when its canonical article has none, the first member's that has one; when no member has a
     * title (text crawls that dropped the headline), the words of the canonical URL's last descriptive path segment
     * ({@code .../myanmar-russia-government-cooperation-17030110.html} gives "Myanmar russia government
     * cooperation"); else "Story from" and the site.
     */
    public static Title title(Story s) {
        if (s.getTitle() != null && !s.getTitle().isBlank()) {
            return new Title(s.getTitle().strip(), false);
        }
        for (StoryMember m : members(s)) {
            if (m.getTitle() != null && !m.getTitle().isBlank()) {
                return new Title(m.getTitle().strip(), false);
            }
        }
        StoryMember canonical = canonical(s);
        String url = s.getCanonicalUrl() != null ? s.getCanonicalUrl() : canonical == null ? null : canonical.getUrl();
        String fromUrl = url == null ? null : slugWords(url);
        if (fromUrl != null) {
            return new Title(fromUrl, true);
        }
        String site = canonical == null ? null : canonical.getSite();
        return new Title(site == null ? "Story " + s.getStoryId() : "Story from " + site, true);
    }

    /** The words of the URL's last path segment that has at least three, first one capitalised; null if none. */
    static String slugWords(String url) {
        String path;
        try {
            path = URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null) {
            return null;
        }
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String segment = EXTENSION.matcher(segments[i].toLowerCase(Locale.ROOT)).replaceAll("");
            List<String> words = new ArrayList<>();
            for (String word : WORD_SEPARATORS.split(segment)) {
                // Ids and dates in slugs ("17030110", "2503") are no words of the headline.
                if (HAS_LETTER.matcher(word).matches()) {
                    words.add(word);
                }
            }
            if (words.size() >= MIN_SLUG_WORDS) {
                String text = String.join(" ", words);
                return Character.toUpperCase(text.charAt(0)) + text.substring(1);
            }
        }
        return null;
    }

    /** The canonical member (the story's {@code canonicalArticleId}), else the first member; null without members. */
    public static StoryMember canonical(Story s) {
        for (StoryMember m : s.getMembers()) {
            if (Objects.equals(m.getArticleId(), s.getCanonicalArticleId())) {
                return m;
            }
        }
        return s.getMembers().isEmpty() ? null : s.getMembers().get(0);
    }

    /** When the story was published: its canonical member's publication time, else its earliest member's; or null. */
    public static Instant published(Story s) {
        StoryMember canonical = canonical(s);
        if (canonical != null && canonical.getPublishedAt() != null) {
            return canonical.getPublishedAt();
        }
        return s.getMembers().stream().map(StoryMember::getPublishedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * The story's most salient entities, at most {@code limit}, one per name (case-insensitive): of entries that
     * share a name, the most salient one's type wins (then the one with more identifiers, then the first).
     */
    public static List<StoryEntity> entities(Story s, int limit) {
        Map<String, StoryEntity> byName = new LinkedHashMap<>();
        for (StoryEntity e : s.getEntities()) {
            String key = e.getName().strip().toLowerCase(Locale.ROOT);
            StoryEntity held = byName.get(key);
            if (held == null || e.getSalience() > held.getSalience()
                    || (e.getSalience() == held.getSalience() && e.getIds().size() > held.getIds().size())) {
                byName.put(key, e);
            }
        }
        return byName.values().stream()
                .sorted(Comparator.comparingDouble(StoryEntity::getSalience).reversed().thenComparing(StoryEntity::getName))
                .limit(limit).toList();
    }

    /** The story's best topics, at most {@code limit}. */
    public static List<Topic> topics(Story s, int limit) {
        return s.getTopics().stream().sorted(Comparator.comparingDouble(Topic::getScore).reversed()).limit(limit).toList();
    }

    /** How an entity type reads: person, organisation, place, other. */
    public static String typeLabel(StoryEntity e) {
        return switch (e.getType()) {
            case PERSON -> "person";
            case ORGANIZATION -> "organisation";
            case LOCATION -> "place";
            default -> "other";
        };
    }

    private static List<StoryMember> members(Story s) {
        List<StoryMember> ordered = new ArrayList<>(s.getMembers().size());
        StoryMember canonical = canonical(s);
        if (canonical != null) {
            ordered.add(canonical);
        }
        s.getMembers().stream().filter(m -> m != canonical).forEach(ordered::add);
        return ordered;
    }
}
