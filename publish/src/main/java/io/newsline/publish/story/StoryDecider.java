package io.newsline.publish.story;

import io.newsline.publish.match.BandIndex;
import io.newsline.publish.match.Fingerprint;
import io.newsline.publish.match.Fingerprinter;
import io.newsline.publish.match.Matcher;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.PageType;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Story;
import java.time.Instant;

/**
 * Publish's per-article algorithm without Kafka: what the article was (ledger), fingerprint, candidate search
 * ({@link BandIndex}), verification and the pick per story ({@link CandidatePolicy}), the assignment
 * ({@link StoryAssigner}); then the writes that make the next article see this one. The stream application runs it
 * over its state stores, {@code newsline bench} and the JMH benchmarks over in-memory ones.
 *
 * <p>{@link #decide} only reads; {@link #commit} writes the ledger, the index and the stories. A replay of the same
 * input in the same order decides the same. Not thread-safe (the state is not): one per task.
 */
public final class StoryDecider {

    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final StoryAssigner assigner;
    private final CandidatePolicy policy;
    private final StoryState state;
    private final BandIndex index;

    /**
     * @param assigner decides what the article does to the stories
     * @param matcher  verifies candidates (its thresholds decide copy and related)
     * @param state    the ledger and the stories
     * @param index    the fingerprints and their band index
     */
    public StoryDecider(StoryAssigner assigner, Matcher matcher, StoryState state, BandIndex index) {
        this.assigner = assigner;
        this.policy = new CandidatePolicy(matcher);
        this.state = state;
        this.index = index;
    }

    /**
     * One article's decision, before anything is written.
     *
     * @param assignment  the decision, changed stories and events
     * @param fingerprint the article's fingerprint, null when it was not matched (not an article, removed, or a
     *                    re-crawl of a member)
     * @param search      the candidate search made for it, null when it was not matched
     * @param eventTime   the record's event time (epoch ms)
     */
    public record Decision(StoryAssigner.Assignment assignment, Fingerprint fingerprint, BandIndex.Search search,
                           long eventTime) {
        public ArticleDecision decision() {
            return assignment.decision();
        }
    }

    /** Decides one article at {@code eventTime} (epoch ms) against the state; writes nothing. */
    public Decision decide(EnrichedArticle enriched, long eventTime) {
        CleanArticle article = enriched.getArticle();
        String articleId = article.getArticleId();
        String contentHash = BodyNormalizer.contentHash(article.getText());
        ArticleDecision previous = state.decision(articleId);
        Story own = previous == null ? null : state.activeStory(previous.getStoryId());
        Fingerprint fingerprint = null;
        BandIndex.Search search = null;
        CandidatePolicy.Matches matches = CandidatePolicy.Matches.NONE;
        boolean matchable = !article.getRemoved() && article.getPageType() == PageType.ARTICLE;
        if (matchable && (own == null || !StoryAssigner.isMember(own, articleId))) {
            fingerprint = fingerprinter.fingerprint(article.getText(), article.getTitle(), article.getDateline(),
                    article.getCredit());
            search = index.search(articleId, fingerprint);
            matches = policy.find(fingerprint, search, state);
        }
        StoryAssigner.Assignment assignment = assigner.assign(enriched, contentHash,
                new StoryAssigner.Known(previous, own, matches.copies(), matches.related()),
                Instant.ofEpochMilli(eventTime));
        return new Decision(assignment, fingerprint, search, eventTime);
    }

    /**
     * The matching part of {@link #decide} alone: candidate search, verification and the pick per story for an
     * article with this id and fingerprint. Reads only.
     */
    public CandidatePolicy.Matches matches(String articleId, Fingerprint fingerprint) {
        return policy.find(fingerprint, index.search(articleId, fingerprint), state);
    }

    /**
     * Writes a decision made by {@link #decide} (with no write in between): the ledger, the index (a removed article
     * leaves it; an original or copy with a story joins it) and the changed stories.
     */
    public void commit(Decision decided) {
        ArticleDecision decision = decided.decision();
        state.putDecision(decision);
        Relation relation = decision.getRelation();
        if (relation == Relation.REMOVED) {
            index.remove(decision.getArticleId());
        } else if (decided.fingerprint() != null && decision.getStoryId() != null
                && (relation == Relation.ORIGINAL || relation == Relation.COPY || relation == Relation.TRUNCATED_COPY)) {
            index.add(decision.getArticleId(), decided.fingerprint(), decided.eventTime(), decided.search());
        }
        for (Story story : decided.assignment().stories()) {
            state.putStory(story);
        }
    }

    /** Decides one article and writes the decision: {@link #decide} then {@link #commit}. */
    public StoryAssigner.Assignment apply(EnrichedArticle enriched, long eventTime) {
        Decision decided = decide(enriched, eventTime);
        commit(decided);
        return decided.assignment();
    }
}
