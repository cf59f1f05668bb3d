package io.newsline.publish.story;

import io.newsline.publish.match.MatchVerdict;
import io.newsline.publish.match.WireSource;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.PageType;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEntity;
import io.newsline.schemas.StoryEvent;
import io.newsline.schemas.StoryEventType;
import io.newsline.schemas.StoryMember;
import io.newsline.schemas.StoryStatus;
import io.newsline.schemas.Topic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what one enriched article does to the stories, given what the state knows about it: found a story, join
 * one as a copy or truncated copy, attach to one as related, merge stories it proves to be one, re-crawl itself
 * (unchanged or revised), be removed from its story, or be no article at all. Makes the {@link ArticleDecision},
 * the changed {@link Story} states and the {@link StoryEvent}s that say so. A pure function of its inputs, so a
 * replay of the same input in the same order decides the same, with the same ids. Thread-safe.
 *
 * <p>Wire source: the agency the members' evidence supports best ({@link StorySource}: an international agency
 * beats a national one that republishes it); the story and each decision carry the evidence that decided. Canonical member: the earliest-published member credited to the wire
 * source, else the earliest-published member.
 */
public final class StoryAssigner {

    private final WireSource wire;
    private final StorySource sources;

    public StoryAssigner(WireSource wire) {
        this.wire = wire;
        this.sources = new StorySource(wire);
    }

    /** A story an article matched, with the verdict against that story's closest member. */
    public record Candidate(Story story, MatchVerdict verdict, String matchedArticleId) {}

    /**
     * What the state holds for one article.
     *
     * @param previousDecision the article's last decision (null when first seen)
     * @param storyOfArticle   the active story that decision names (redirects followed), or null
     * @param copies           active stories the article is a copy of, best first (one candidate per story)
     * @param related          the best story the article loosely relates to, or null
     */
    public record Known(ArticleDecision previousDecision, Story storyOfArticle, List<Candidate> copies, Candidate related) {
        public Known {
            copies = copies == null ? List.of() : List.copyOf(copies);
        }
    }

    /**
     * What one article changed.
     *
     * @param decision the article's decision (always one)
     * @param stories  the new states of every story that changed (absorbed stories included, as MERGED)
     * @param events   story events, in order
     */
    public record Assignment(ArticleDecision decision, List<Story> stories, List<StoryEvent> events) {
        public Assignment {
            Objects.requireNonNull(decision);
            stories = List.copyOf(stories);
            events = List.copyOf(events);
        }
    }

    public Assignment assign(EnrichedArticle enriched, String contentHash, Known known, Instant at) {
        return SourceExplanation.explained(decide(enriched, contentHash, known, at), known.storyOfArticle());
    }

    private Assignment decide(EnrichedArticle enriched, String contentHash, Known known, Instant at) {
        CleanArticle a = enriched.getArticle();
        ArticleDecision previous = known.previousDecision();
        if (a.getRemoved()) {
            return removed(a, contentHash, previous, known.storyOfArticle(), at);
        }
        if (a.getPageType() != PageType.ARTICLE) {
            return new Assignment(StoryRecords.decision(a, null, Relation.NOT_ARTICLE, "not-article", 0.0, null, contentHash, at),
                    List.of(), List.of());
        }
        Story own = known.storyOfArticle();
        if (previous != null && own != null && isMember(own, a.getArticleId())) {
            if (contentHash.equals(previous.getContentHash())) {
                return new Assignment(StoryRecords.decision(a, own.getStoryId(), Relation.RECRAWL, "same-url-unchanged", 1.0, null,
                        contentHash, at), List.of(), List.of());
            }
            return revised(enriched, own, contentHash, previous, at);
        }
        if (!known.copies().isEmpty()) {
            return joinAsCopy(enriched, known.copies(), contentHash, at);
        }
        if (known.related() != null) {
            return attachAsRelated(a, known.related(), contentHash, at);
        }
        return found(enriched, contentHash, at);
    }

    private Assignment found(EnrichedArticle enriched, String contentHash, Instant at) {
        CleanArticle a = enriched.getArticle();
        String storyId = StoryIds.storyId(a.getArticleId());
        List<StoryMember> members = List.of(StoryRecords.member(a, Relation.ORIGINAL, 1.0));
        String source = source(members);
        Story story = Story.newBuilder()
                .setStoryId(storyId)
                .setStatus(StoryStatus.ACTIVE)
                .setTitle(a.getTitle())
                .setCanonicalArticleId(a.getArticleId())
                .setCanonicalUrl(a.getUrl())
                .setSource(source)
                .setSourceEvidence(sourceEvidence(members))
                .setMembers(members)
                .setRelated(List.of())
                .setEntities(StoryRecords.mergeEntities(List.of(), enriched.getEntities()))
                .setTopics(StoryRecords.mergeTopics(List.of(), enriched.getTopics()))
                .setCreatedAt(at)
                .setUpdatedAt(at)
                .setVersion(1)
                .build();
        ArticleDecision decision = StoryRecords.decision(a, storyId, Relation.ORIGINAL, "founded", 1.0, null, contentHash, at);
        return new Assignment(decision, List.of(story), List.of(StoryRecords.event(story, StoryEventType.STORY_CREATED, a,
                Relation.ORIGINAL, contentHash, null, source, at)));
    }

    private Assignment joinAsCopy(EnrichedArticle enriched, List<Candidate> copies, String contentHash, Instant at) {
        CleanArticle a = enriched.getArticle();
        // Copies of several stories prove them one: the oldest survives and absorbs the others.
        List<Candidate> byAge = new ArrayList<>(copies);
        byAge.sort(Comparator.comparing((Candidate c) -> c.story().getCreatedAt()).thenComparing(c -> c.story().getStoryId()));
        Story survivor = byAge.get(0).story();
        Candidate best = copies.get(0);
        List<StoryEvent> events = new ArrayList<>();
        List<Story> changed = new ArrayList<>();

        List<StoryMember> members = new ArrayList<>(survivor.getMembers());
        List<StoryMember> related = new ArrayList<>(survivor.getRelated());
        List<StoryEntity> entities = survivor.getEntities();
        List<Topic> topics = survivor.getTopics();
        List<String> absorbedIds = new ArrayList<>();
        for (Candidate c : byAge.subList(1, byAge.size())) {
            Story absorbed = c.story();
            absorbedIds.add(absorbed.getStoryId());
            for (StoryMember m : absorbed.getMembers()) {
                if (!isMember(survivor, m.getArticleId())) {
                    members.add(StoryMember.newBuilder(m).setRelation(m.getRelation() == Relation.ORIGINAL
                            ? Relation.COPY : m.getRelation()).build());
                }
            }
            related.addAll(absorbed.getRelated());
            entities = StoryRecords.mergeStoryEntities(entities, absorbed.getEntities());
            topics = StoryRecords.mergeTopics(topics, absorbed.getTopics());
            changed.add(Story.newBuilder(absorbed).setStatus(StoryStatus.MERGED).setMergedInto(survivor.getStoryId())
                    .setUpdatedAt(at).setVersion(absorbed.getVersion() + 1).build());
        }
        Relation relation = best.verdict().relation() == io.newsline.publish.match.Relation.TRUNCATED_COPY
                ? Relation.TRUNCATED_COPY : Relation.COPY;
        double similarity = best.verdict().similarity();
        members.removeIf(m -> m.getArticleId().equals(a.getArticleId()));
        members.add(StoryRecords.member(a, relation, similarity));
        related.removeIf(m -> m.getArticleId().equals(a.getArticleId()));

        String previousSource = survivor.getSource();
        String previousCanonical = survivor.getCanonicalArticleId();
        String source = source(members);
        StoryMember canonical = canonical(members, source);
        Story story = Story.newBuilder(survivor)
                .setMembers(members)
                .setRelated(related)
                .setSource(source)
                .setSourceEvidence(sourceEvidence(members))
                .setCanonicalArticleId(canonical.getArticleId())
                .setCanonicalUrl(canonical.getUrl())
                .setTitle(canonical.getTitle())
                .setEntities(StoryRecords.mergeEntities(entities, enriched.getEntities()))
                .setTopics(StoryRecords.mergeTopics(topics, enriched.getTopics()))
                .setUpdatedAt(at)
                .setVersion(survivor.getVersion() + 1)
                .build();
        changed.add(0, story);
        if (!absorbedIds.isEmpty()) {
            events.add(StoryEvent.newBuilder(StoryRecords.event(story, StoryEventType.STORIES_MERGED, a, relation, contentHash, null,
                    String.join(",", absorbedIds), at)).setMergedStoryIds(absorbedIds).build());
        }
        events.add(StoryRecords.event(story, StoryEventType.COPY_ADDED, a, relation, contentHash, null, null, at));
        if (!Objects.equals(source, previousSource)) {
            events.add(StoryRecords.event(story, StoryEventType.SOURCE_CHANGED, a, relation, contentHash, previousSource, source, at));
        }
        if (!Objects.equals(canonical.getArticleId(), previousCanonical)) {
            events.add(StoryRecords.event(story, StoryEventType.CANONICAL_CHANGED, a, relation, contentHash, previousCanonical,
                    canonical.getArticleId(), at));
        }
        ArticleDecision decision = StoryRecords.decision(a, story.getStoryId(), relation, best.verdict().rule(), similarity,
                best.verdict().containment(), contentHash, at);
        return new Assignment(decision, changed, events);
    }

    private Assignment attachAsRelated(CleanArticle a, Candidate candidate, String contentHash, Instant at) {
        Story existing = candidate.story();
        List<StoryMember> related = new ArrayList<>(existing.getRelated());
        related.removeIf(m -> m.getArticleId().equals(a.getArticleId()));
        related.add(StoryRecords.member(a, Relation.RELATED, candidate.verdict().similarity()));
        Story story = Story.newBuilder(existing).setRelated(related).setUpdatedAt(at)
                .setVersion(existing.getVersion() + 1).build();
        ArticleDecision decision = StoryRecords.decision(a, story.getStoryId(), Relation.RELATED, candidate.verdict().rule(),
                candidate.verdict().similarity(), candidate.verdict().containment(), contentHash, at);
        return new Assignment(decision, List.of(story), List.of(StoryRecords.event(story, StoryEventType.RELATED_ADDED, a,
                Relation.RELATED, contentHash, null, null, at)));
    }

    private Assignment revised(EnrichedArticle enriched, Story story, String contentHash, ArticleDecision previous,
                               Instant at) {
        CleanArticle a = enriched.getArticle();
        StoryMember old = story.getMembers().stream().filter(m -> m.getArticleId().equals(a.getArticleId()))
                .findFirst().orElseThrow();
        List<String> changedFields = new ArrayList<>();
        changedFields.add("text");
        if (!Objects.equals(old.getTitle(), a.getTitle())) {
            changedFields.add("title");
        }
        if (!Objects.equals(old.getPublishedAt(), a.getPublishedAt())) {
            changedFields.add("publishedAt");
        }
        if (!Objects.equals(old.getCredit(), a.getCredit())) {
            changedFields.add("credit");
        }
        List<StoryMember> members = new ArrayList<>();
        for (StoryMember m : story.getMembers()) {
            members.add(m.getArticleId().equals(a.getArticleId())
                    ? StoryRecords.member(a, m.getRelation(), m.getSimilarity()) : m);
        }
        String source = source(members);
        StoryMember canonical = canonical(members, source);
        Story next = Story.newBuilder(story).setMembers(members).setSource(source)
                .setSourceEvidence(sourceEvidence(members))
                .setCanonicalArticleId(canonical.getArticleId()).setCanonicalUrl(canonical.getUrl())
                .setTitle(canonical.getTitle()).setUpdatedAt(at).setVersion(story.getVersion() + 1).build();
        ArticleDecision decision = StoryRecords.decision(a, story.getStoryId(), Relation.RECRAWL, "same-url-revised", 1.0, null,
                contentHash, at);
        StoryEvent revisedEvent = StoryEvent.newBuilder(StoryRecords.event(next, StoryEventType.ARTICLE_REVISED, a, old.getRelation(),
                contentHash, previous.getContentHash(), contentHash, at)).setChangedFields(changedFields).build();
        return new Assignment(decision, List.of(next), List.of(revisedEvent));
    }

    private Assignment removed(CleanArticle a, String contentHash, ArticleDecision previous, Story story, Instant at) {
        String storyId = story != null ? story.getStoryId() : previous == null ? null : previous.getStoryId();
        ArticleDecision decision = StoryRecords.decision(a, storyId, Relation.REMOVED, "page-removed", 0.0, null, contentHash, at);
        if (story == null || (!isMember(story, a.getArticleId())
                && story.getRelated().stream().noneMatch(m -> m.getArticleId().equals(a.getArticleId())))) {
            return new Assignment(decision, List.of(), List.of());
        }
        List<StoryMember> members = new ArrayList<>(story.getMembers());
        members.removeIf(m -> m.getArticleId().equals(a.getArticleId()));
        List<StoryMember> related = new ArrayList<>(story.getRelated());
        related.removeIf(m -> m.getArticleId().equals(a.getArticleId()));
        Story.Builder updated = Story.newBuilder(story).setMembers(members).setRelated(related).setUpdatedAt(at)
                .setVersion(story.getVersion() + 1);
        if (!members.isEmpty()) {
            String source = source(members);
            StoryMember canonical = canonical(members, source);
            updated.setSource(source).setSourceEvidence(sourceEvidence(members)).setCanonicalArticleId(canonical.getArticleId())
                    .setCanonicalUrl(canonical.getUrl()).setTitle(canonical.getTitle());
        }
        Story next = updated.build();
        return new Assignment(decision, List.of(next), List.of(StoryRecords.event(next, StoryEventType.ARTICLE_REMOVED, a,
                Relation.REMOVED, contentHash, null, null, at)));
    }

    /** The story's wire source: the agency its members' evidence supports best ({@link StorySource}), or null. */
    String source(List<StoryMember> members) {
        return sources.decide(members).map(StorySource.Decision::source).orElse(null);
    }

    private List<io.newsline.schemas.SourceEvidence> sourceEvidence(List<StoryMember> members) {
        return sources.decide(members).map(StorySource.Decision::evidence).orElse(List.of());
    }

    /** The earliest-published member credited to the source, else the earliest-published member. */
    StoryMember canonical(List<StoryMember> members, String source) {
        Comparator<StoryMember> earliest = Comparator.comparing(StoryMember::getPublishedAt,
                Comparator.nullsLast(Comparator.naturalOrder()));
        if (source != null) {
            Optional<StoryMember> credited = members.stream()
                    .filter(m -> creditedTo(m, source)).min(earliest);
            if (credited.isPresent()) {
                return credited.get();
            }
        }
        return members.stream().min(earliest).orElseThrow();
    }

    private boolean creditedTo(StoryMember m, String source) {
        return (m.getAgency() != null && wire.agencyOf(m.getAgency()).map(x -> x.id().equals(source)).orElse(false))
                || (m.getCredit() != null && wire.agencyOf(m.getCredit()).map(x -> x.id().equals(source)).orElse(false));
    }

    /** True when the article is one of the story's members. */
    public static boolean isMember(Story story, String articleId) {
        return story.getMembers().stream().anyMatch(m -> m.getArticleId().equals(articleId));
    }
}
