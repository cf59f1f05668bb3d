package io.newsline.publish.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.publish.match.MatchVerdict;
import io.newsline.publish.match.WireSource;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.ExtractionLineage;
import io.newsline.schemas.PageType;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEventType;
import io.newsline.schemas.StoryStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryAssignerTest {

    final StoryAssigner assigner = new StoryAssigner(WireSource.load());

    static EnrichedArticle article(String id, String agency, Instant published) {
        return EnrichedArticle.newBuilder().setArticle(CleanArticle.newBuilder()
                .setArticleId(id).setUrl("https://" + id + ".example/story").setTitle("Title " + id)
                .setAgency(agency).setCredit(agency).setPublishedAt(published).setPageType(PageType.ARTICLE)
                .setText("text of " + id).setFetchedAt(Instant.EPOCH).setLineage(new ExtractionLineage("t", "text", null, null, java.util.List.of()))
                .build()).build();
    }

    Story found(String id, String agency, Instant at) {
        return assigner.assign(article(id, agency, at), "h-" + id, new StoryAssigner.Known(null, null, List.of(), null), at)
                .stories().get(0);
    }

    static MatchVerdict copy(double similarity) {
        return new MatchVerdict(io.newsline.publish.match.Relation.COPY, similarity, similarity, 1.0, "resemblance");
    }

    @Test
    void anArticleThatCopiesTwoStoriesMergesThemIntoTheOlder() {
        Instant t0 = Instant.parse("2025-03-04T10:00:00Z");
        Story older = found("a", "APP", t0);
        Story newer = found("c", null, t0.plusSeconds(60));
        StoryAssigner.Assignment result = assigner.assign(article("b", null, t0.plusSeconds(120)), "h-b",
                new StoryAssigner.Known(null, null, List.of(
                        new StoryAssigner.Candidate(newer, copy(0.9), "c"),
                        new StoryAssigner.Candidate(older, copy(0.8), "a")), null),
                t0.plusSeconds(120));

        Story survivor = result.stories().get(0);
        assertThat(survivor.getStoryId()).isEqualTo(older.getStoryId());
        assertThat(survivor.getMembers()).extracting(m -> m.getArticleId()).containsExactly("a", "c", "b");
        Story absorbed = result.stories().get(1);
        assertThat(absorbed.getStatus()).isEqualTo(StoryStatus.MERGED);
        assertThat(absorbed.getMergedInto()).isEqualTo(older.getStoryId());
        assertThat(result.events().get(0).getType()).isEqualTo(StoryEventType.STORIES_MERGED);
        assertThat(result.events().get(0).getMergedStoryIds()).containsExactly(newer.getStoryId());
        assertThat(result.events().get(1).getType()).isEqualTo(StoryEventType.COPY_ADDED);
        assertThat(result.decision().getStoryId()).isEqualTo(older.getStoryId());
        assertThat(result.decision().getSimilarity()).isEqualTo(0.9);
    }

    @Test
    void aLooseRewriteIsAttachedAsRelatedNotAsAMember() {
        Instant t0 = Instant.parse("2025-03-04T10:00:00Z");
        Story story = found("a", "AFP", t0);
        MatchVerdict related = new MatchVerdict(io.newsline.publish.match.Relation.RELATED, 0.3, 0.4, 0.2, "related");
        StoryAssigner.Assignment result = assigner.assign(article("r", null, t0), "h-r",
                new StoryAssigner.Known(null, null, List.of(), new StoryAssigner.Candidate(story, related, "a")), t0);
        assertThat(result.decision().getRelation()).isEqualTo(Relation.RELATED);
        assertThat(result.stories().get(0).getMembers()).hasSize(1);
        assertThat(result.stories().get(0).getRelated()).extracting(m -> m.getArticleId()).containsExactly("r");
        assertThat(result.events()).extracting(e -> e.getType()).containsExactly(StoryEventType.RELATED_ADDED);
    }

    @Test
    void theCanonicalMemberIsTheEarliestCreditedToTheWireSource() {
        Instant t0 = Instant.parse("2025-03-04T10:00:00Z");
        Story story = found("republisher", "APP", t0);
        StoryAssigner.Assignment result = assigner.assign(article("agency", "AFP", t0.plusSeconds(3600)), "h",
                new StoryAssigner.Known(null, null, List.of(new StoryAssigner.Candidate(story, copy(0.95), "republisher")),
                        null), t0.plusSeconds(3600));
        Story after = result.stories().get(0);
        assertThat(after.getSource()).isEqualTo("AFP");
        assertThat(after.getCanonicalArticleId()).isEqualTo("agency");
        assertThat(result.events()).extracting(e -> e.getType()).containsExactly(StoryEventType.COPY_ADDED,
                StoryEventType.SOURCE_CHANGED, StoryEventType.CANONICAL_CHANGED);
    }

    @Test
    void storyEventsCarryTheArticlesPublishedAndFetchedTimesBesideTheProcessingTime() {
        Instant published = Instant.parse("2023-05-02T08:15:00Z");
        Instant fetched = Instant.parse("2023-05-02T09:00:00Z");
        Instant replayedAt = Instant.parse("2026-12-01T12:00:00Z");
        EnrichedArticle old = article("a", "AFP", published);
        old.getArticle().setFetchedAt(fetched);
        Story story = assigner.assign(old, "h-a", new StoryAssigner.Known(null, null, List.of(), null), replayedAt)
                .stories().get(0);
        EnrichedArticle copy = article("b", "APP", null);
        copy.getArticle().setFetchedAt(fetched.plusSeconds(600));
        StoryAssigner.Assignment joined = assigner.assign(copy, "h-b", new StoryAssigner.Known(null, null,
                List.of(new StoryAssigner.Candidate(story, copy(1.0), "a")), null), replayedAt.plusSeconds(1));

        var created = assigner.assign(old, "h-a", new StoryAssigner.Known(null, null, List.of(), null), replayedAt)
                .events().get(0);
        assertThat(created.getOccurredAt()).isEqualTo(replayedAt);
        assertThat(created.getPublishedAt()).isEqualTo(published);
        assertThat(created.getFetchedAt()).isEqualTo(fetched);
        var copyAdded = joined.events().get(0);
        assertThat(copyAdded.getType()).isEqualTo(StoryEventType.COPY_ADDED);
        assertThat(copyAdded.getOccurredAt()).isEqualTo(replayedAt.plusSeconds(1));
        assertThat(copyAdded.getFetchedAt()).isEqualTo(fetched.plusSeconds(600));
        assertThat(copyAdded.getPublishedAt()).as("the copy gave no publication time").isNull();
    }

    @Test
    void eventIdsAreDeterministic() {
        Instant t0 = Instant.parse("2025-03-04T10:00:00Z");
        var first = assigner.assign(article("a", "APP", t0), "h", new StoryAssigner.Known(null, null, List.of(), null), t0);
        var again = assigner.assign(article("a", "APP", t0), "h", new StoryAssigner.Known(null, null, List.of(), null), t0);
        assertThat(again.events().get(0).getEventId()).isEqualTo(first.events().get(0).getEventId());
        assertThat(again.decision()).isEqualTo(first.decision());
        ArticleDecision unused = first.decision();
        assertThat(unused.getRelation()).isEqualTo(Relation.ORIGINAL);
    }

    @Test
    void theStoryAndEveryDecisionSayWhichEvidenceNamedTheSource() {
        Instant t0 = Instant.parse("2025-03-04T10:00:00Z");
        EnrichedArticle photoOnly = article("photo", null, t0);
        photoOnly.getArticle().setCredits(List.of(new io.newsline.schemas.AgencyCredit("AP",
                io.newsline.schemas.CreditKind.PHOTO, "AP Photo/Jane Doe")));
        StoryAssigner.Assignment founded = assigner.assign(photoOnly, "h-photo",
                new StoryAssigner.Known(null, null, List.of(), null), t0);
        assertThat(founded.stories().get(0).getSource()).isEqualTo("AP");
        assertThat(founded.decision().getSource()).isEqualTo("AP");
        assertThat(founded.decision().getSourceEvidence()).extracting(e -> e.getText())
                .containsExactly("AP Photo/Jane Doe");

        EnrichedArticle wire = article("wire", null, t0.plusSeconds(60));
        wire.getArticle().setCredits(List.of(
                new io.newsline.schemas.AgencyCredit("AFP", io.newsline.schemas.CreditKind.DATELINE, "PARIS (AFP) -"),
                new io.newsline.schemas.AgencyCredit("AP", io.newsline.schemas.CreditKind.MENTION, "the AP")));
        StoryAssigner.Assignment joined = assigner.assign(wire, "h-wire", new StoryAssigner.Known(null, null,
                List.of(new StoryAssigner.Candidate(founded.stories().get(0), copy(0.9), "photo")), null),
                t0.plusSeconds(60));
        Story story = joined.stories().get(0);
        assertThat(story.getSource()).isEqualTo("AFP");
        assertThat(story.getSourceEvidence()).extracting(e -> e.getArticleId() + " " + e.getKind() + " " + e.getText())
                .containsExactly("wire DATELINE PARIS (AFP) -");
        assertThat(joined.decision().getSource()).isEqualTo("AFP");
        assertThat(joined.decision().getSourceEvidence()).isEqualTo(story.getSourceEvidence());
        assertThat(story.getMembers()).extracting(m -> m.getCredits().size()).containsExactly(1, 2);
    }
}
