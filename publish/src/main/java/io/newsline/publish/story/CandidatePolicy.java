package io.newsline.publish.story;

import io.newsline.publish.match.BandIndex;
import io.newsline.publish.match.Fingerprint;
import io.newsline.publish.match.IndexedFingerprint;
import io.newsline.publish.match.MatchVerdict;
import io.newsline.publish.match.Matcher;
import io.newsline.publish.match.Relation;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an article's unverified candidates into the stories it copies and the story it relates to: each candidate
 * still in the ledger with a story is verified ({@link #verify}, the one place that decides whether two articles are
 * copies: new evidence goes there), the best copy per story is kept, and the most similar non-copy (or a copy of an
 * article no longer a member of its story) is the related story.
 *
 * <p>Immutable and thread-safe (the state it is given is not).
 */
public final class CandidatePolicy {

    private final Matcher matcher;

    public CandidatePolicy(Matcher matcher) {
        this.matcher = matcher;
    }

    /**
     * What an article's candidates proved.
     *
     * @param copies  one candidate per story the article copies, most similar first, then by story id
     * @param related the story the article is most similar to without being a copy of a member, or null
     */
    public record Matches(List<StoryAssigner.Candidate> copies, StoryAssigner.Candidate related) {
        public static final Matches NONE = new Matches(List.of(), null);

        public Matches {
            copies = List.copyOf(copies);
        }
    }

    /** Verifies the search's candidates against the fingerprint and picks per story, reading the ledger and stories. */
    public Matches find(Fingerprint fingerprint, BandIndex.Search search, StoryState state) {
        Map<String, StoryAssigner.Candidate> bestCopyPerStory = new LinkedHashMap<>();
        // Copies of one story are each other's candidates: read and decode that story once.
        Map<String, Story> storiesRead = new HashMap<>();
        StoryAssigner.Candidate related = null;
        for (IndexedFingerprint indexed : search.candidates()) {
            String candidateId = indexed.articleId();
            ArticleDecision candidateDecision = state.decision(candidateId);
            if (candidateDecision == null || candidateDecision.getStoryId() == null) {
                continue;
            }
            MatchVerdict verdict = verify(fingerprint, indexed);
            if (verdict.relation() == Relation.NONE) {
                continue;
            }
            Story story = storiesRead.computeIfAbsent(candidateDecision.getStoryId(), state::activeStory);
            if (story == null) {
                continue;
            }
            StoryAssigner.Candidate candidate = new StoryAssigner.Candidate(story, verdict, candidateId);
            if (verdict.relation().isCopy() && StoryAssigner.isMember(story, candidateId)) {
                bestCopyPerStory.merge(story.getStoryId(), candidate,
                        (a, b) -> a.verdict().similarity() >= b.verdict().similarity() ? a : b);
            } else if (related == null || verdict.similarity() > related.verdict().similarity()) {
                related = candidate;
            }
        }
        List<StoryAssigner.Candidate> copies = new ArrayList<>(bestCopyPerStory.values());
        copies.sort(Comparator.comparingDouble((StoryAssigner.Candidate c) -> c.verdict().similarity()).reversed()
                .thenComparing(c -> c.story().getStoryId()));
        return new Matches(copies, related);
    }

    /** Whether the article is a copy of (or related to) one indexed candidate: {@link #verify(Fingerprint, Fingerprint)}. */
    public MatchVerdict verify(Fingerprint article, IndexedFingerprint candidate) {
        return verify(article, candidate.fingerprint());
    }

    /**
     * The verification step of matching, the one place that decides whether two articles are copies: today the two
     * fingerprints alone ({@link Matcher#verify}). The app, {@code newsline bench}, the JMH benchmarks and the
     * pairwise evaluation ({@code DedupeEvaluation}) all decide here, so evidence added here is what they measure.
     */
    public MatchVerdict verify(Fingerprint article, Fingerprint candidate) {
        return matcher.verify(article, candidate);
    }
}
