package io.newsline.publish.story;

import io.newsline.publish.match.MatchScheme;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.Entity;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEntity;
import io.newsline.schemas.StoryEvent;
import io.newsline.schemas.StoryEventType;
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

/**
 * The records {@link StoryAssigner} makes: a story member, an article decision and a story event from an article,
 * and the merge of a story's entities and topics with an article's (or an absorbed story's). Pure functions;
 * thread-safe.
 */
final class StoryRecords {

    private StoryRecords() {}

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
                .setCredits(a.getCredits())
                .build();
    }

    static ArticleDecision decision(CleanArticle a, String storyId, Relation relation, String rule, double similarity,
                                    Double containment, String contentHash, Instant at) {
        return ArticleDecision.newBuilder()
                .setArticleId(a.getArticleId())
                .setUrl(a.getUrl())
                .setStoryId(storyId)
                .setRelation(relation)
                .setRule(rule)
                .setSimilarity(similarity)
                .setContainment(containment)
                .setContentHash(contentHash)
                .setDecidedAt(at)
                .setFetchedAt(a.getFetchedAt())
                .setFingerprintScheme("minhash-v" + MatchScheme.V1.version())
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
                .setPublishedAt(a.getPublishedAt())
                .setStory(story)
                .build();
    }

    static List<StoryEntity> mergeEntities(List<StoryEntity> existing, List<Entity> added) {
        return mergeStoryEntities(existing, added.stream()
                .map(e -> new StoryEntity(e.getName(), e.getType(), e.getIds(), e.getSalience())).toList());
    }

    static List<StoryEntity> mergeStoryEntities(List<StoryEntity> existing, List<StoryEntity> added) {
        Map<String, StoryEntity> byKey = new LinkedHashMap<>();
        existing.forEach(e -> byKey.put(e.getType() + "|" + e.getName(), e));
        for (StoryEntity e : added) {
            String key = e.getType() + "|" + e.getName();
            StoryEntity old = byKey.get(key);
            if (old == null || old.getSalience() < e.getSalience()) {
                byKey.put(key, e);
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
