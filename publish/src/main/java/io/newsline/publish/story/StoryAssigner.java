package io.newsline.publish.story;

import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.Entity;
import io.newsline.schemas.PageType;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEntity;
import io.newsline.schemas.StoryEvent;
import io.newsline.schemas.StoryEventType;
import io.newsline.schemas.StoryMember;
import io.newsline.schemas.StoryStatus;
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

/**
 * Decides what one enriched article does to the stories: found a story, join one as a copy, re-crawl itself,
 * be removed from its story, or be no article at all; and makes the {@link ArticleDecision}, the new
 * {@link Story} state and the {@link StoryEvent}s that say so. A pure function of its inputs (the article, the
 * article's previous decision and the story its content already belongs to), so a replay decides the same.
 * Thread-safe.
 */
public final class StoryAssigner {

    /** What the state holds for one article: its previous decision (null when first seen). */
    public record Known(ArticleDecision previousDecision, Story storyOfContent, Story storyOfArticle) {}

    /**
     * What one article changed.
     *
     * @param decision the article's decision (always one)
     * @param story    the story's new state, or null when no story changed
     * @param events   story events, in order
     */
    public record Assignment(ArticleDecision decision, Story story, List<StoryEvent> events) {
        public Assignment {
            Objects.requireNonNull(decision);
            events = List.copyOf(events);
        }
    }

    public Assignment assign(EnrichedArticle enriched, String contentHash, Known known, Instant eventTime) {
        CleanArticle a = enriched.getArticle();
        ArticleDecision previous = known.previousDecision();
        if (a.getRemoved()) {
            return removed(a, contentHash, previous, known.storyOfArticle(), eventTime);
        }
        if (a.getPageType() != PageType.ARTICLE) {
            return new Assignment(decision(a, null, Relation.NOT_ARTICLE, "not-article", 0.0, contentHash, eventTime),
                    null, List.of());
        }
        if (previous != null && contentHash.equals(previous.getContentHash()) && previous.getStoryId() != null
                && previous.getRelation() != Relation.REMOVED) {
            return new Assignment(decision(a, previous.getStoryId(), Relation.RECRAWL, "same-url-unchanged", 1.0,
                    contentHash, eventTime), null, List.of());
        }
        Story existing = known.storyOfContent();
        if (existing != null && existing.getStatus() == StoryStatus.ACTIVE) {
            return joinAsCopy(enriched, existing, contentHash, eventTime);
        }
        return found(enriched, contentHash, eventTime);
    }

    private Assignment found(EnrichedArticle enriched, String contentHash, Instant at) {
        CleanArticle a = enriched.getArticle();
        String storyId = StoryIds.storyId(a.getArticleId());
        StoryMember member = member(a, Relation.ORIGINAL, 1.0);
        Story story = Story.newBuilder()
                .setStoryId(storyId)
                .setStatus(StoryStatus.ACTIVE)
                .setTitle(a.getTitle())
                .setCanonicalArticleId(a.getArticleId())
                .setCanonicalUrl(a.getUrl())
                .setSource(a.getAgency())
                .setMembers(List.of(member))
                .setRelated(List.of())
                .setEntities(mergeEntities(List.of(), enriched.getEntities()))
                .setTopics(mergeTopics(List.of(), enriched.getTopics()))
                .setCreatedAt(at)
                .setUpdatedAt(at)
                .setVersion(1)
                .build();
        ArticleDecision decision = decision(a, storyId, Relation.ORIGINAL, "founded", 1.0, contentHash, at);
        StoryEvent created = event(story, StoryEventType.STORY_CREATED, a, Relation.ORIGINAL, contentHash, null,
                a.getAgency(), at);
        return new Assignment(decision, story, List.of(created));
    }

    private Assignment joinAsCopy(EnrichedArticle enriched, Story existing, String contentHash, Instant at) {
        CleanArticle a = enriched.getArticle();
        List<StoryMember> members = new ArrayList<>(existing.getMembers());
        members.removeIf(m -> m.getArticleId().equals(a.getArticleId()));
        members.add(member(a, Relation.COPY, 1.0));
        String source = existing.getSource() != null ? existing.getSource() : a.getAgency();
        Story story = Story.newBuilder(existing)
                .setMembers(members)
                .setSource(source)
                .setEntities(mergeEntities(existing.getEntities(), enriched.getEntities()))
                .setTopics(mergeTopics(existing.getTopics(), enriched.getTopics()))
                .setUpdatedAt(at)
                .setVersion(existing.getVersion() + 1)
                .build();
        ArticleDecision decision = decision(a, story.getStoryId(), Relation.COPY, "exact-body", 1.0, contentHash, at);
        List<StoryEvent> events = new ArrayList<>();
        events.add(event(story, StoryEventType.COPY_ADDED, a, Relation.COPY, contentHash, null, null, at));
        if (!Objects.equals(source, existing.getSource())) {
            events.add(event(story, StoryEventType.SOURCE_CHANGED, a, Relation.COPY, contentHash,
                    existing.getSource(), source, at));
        }
        return new Assignment(decision, story, events);
    }

    private Assignment removed(CleanArticle a, String contentHash, ArticleDecision previous, Story story, Instant at) {
        String storyId = previous == null ? null : previous.getStoryId();
        ArticleDecision decision = decision(a, storyId, Relation.REMOVED, "page-removed", 0.0, contentHash, at);
        if (story == null || story.getMembers().stream().noneMatch(m -> m.getArticleId().equals(a.getArticleId()))) {
            return new Assignment(decision, null, List.of());
        }
        List<StoryMember> members = new ArrayList<>(story.getMembers());
        members.removeIf(m -> m.getArticleId().equals(a.getArticleId()));
        Story.Builder updated = Story.newBuilder(story).setMembers(members).setUpdatedAt(at)
                .setVersion(story.getVersion() + 1);
        if (a.getArticleId().equals(story.getCanonicalArticleId()) && !members.isEmpty()) {
            updated.setCanonicalArticleId(members.get(0).getArticleId()).setCanonicalUrl(members.get(0).getUrl())
                    .setTitle(members.get(0).getTitle());
        }
        Story next = updated.build();
        return new Assignment(decision, next, List.of(event(next, StoryEventType.ARTICLE_REMOVED, a,
                Relation.REMOVED, contentHash, null, null, at)));
    }

    static StoryMember member(CleanArticle a, Relation relation, double similarity) {
        return StoryMember.newBuilder()
                .setArticleId(a.getArticleId())
                .setUrl(a.getUrl())
                .setSite(host(a.getUrl()))
                .setTitle(a.getTitle())
                .setPublishedAt(a.getPublishedAt())
                .setRelation(relation)
                .setSimilarity(similarity)
                .setCredit(a.getCredit())
                .setAgency(a.getAgency())
                .build();
    }

    static ArticleDecision decision(CleanArticle a, String storyId, Relation relation, String rule, double similarity,
                                    String contentHash, Instant at) {
        return ArticleDecision.newBuilder()
                .setArticleId(a.getArticleId())
                .setUrl(a.getUrl())
                .setStoryId(storyId)
                .setRelation(relation)
                .setRule(rule)
                .setSimilarity(similarity)
                .setContentHash(contentHash)
                .setDecidedAt(at)
                .setFetchedAt(a.getFetchedAt())
                .build();
    }

    static StoryEvent event(Story story, StoryEventType type, CleanArticle a, Relation relation, String contentHash,
                            String previous, String current, Instant at) {
        return StoryEvent.newBuilder()
                .setEventId(StoryIds.eventId(story.getStoryId(), type.name(), a.getArticleId(), contentHash,
                        previous + ">" + current))
                .setStoryId(story.getStoryId())
                .setType(type)
                .setArticleId(a.getArticleId())
                .setUrl(a.getUrl())
                .setRelation(relation)
                .setPrevious(previous)
                .setCurrent(current)
                .setOccurredAt(at)
                .setFetchedAt(a.getFetchedAt())
                .setStory(story)
                .build();
    }

    static List<StoryEntity> mergeEntities(List<StoryEntity> existing, List<Entity> added) {
        Map<String, StoryEntity> byKey = new LinkedHashMap<>();
        existing.forEach(e -> byKey.put(e.getType() + "|" + e.getName(), e));
        for (Entity e : added) {
            String key = e.getType() + "|" + e.getName();
            StoryEntity old = byKey.get(key);
            if (old == null || old.getSalience() < e.getSalience()) {
                byKey.put(key, new StoryEntity(e.getName(), e.getType(), e.getIds(), e.getSalience()));
            }
        }
        List<StoryEntity> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparingDouble(StoryEntity::getSalience).reversed());
        return out.size() > 50 ? List.copyOf(out.subList(0, 50)) : out;
    }

    static List<Topic> mergeTopics(List<Topic> existing, List<Topic> added) {
        Map<String, Topic> byId = new LinkedHashMap<>();
        existing.forEach(t -> byId.put(t.getId(), t));
        for (Topic t : added) {
            Topic old = byId.get(t.getId());
            if (old == null || old.getScore() < t.getScore()) {
                byId.put(t.getId(), t);
            }
        }
        List<Topic> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparingDouble(Topic::getScore).reversed());
        return out;
    }

    static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
