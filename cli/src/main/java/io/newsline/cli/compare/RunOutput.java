package io.newsline.cli.compare;

import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryMember;
import io.newsline.schemas.StoryStatus;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run decided, as read from its decisions and stories topics: each article's decision and each story's
 * latest state. Records are added in topic order. Not thread-safe.
 */
public final class RunOutput {

    private final Map<String, ArticleDecision> decisions = new TreeMap<>();
    private final Map<String, Story> stories = new TreeMap<>();

    /**
     * Adds a decision. A later decision replaces an earlier one, except a recrawl, which says only that nothing
     * changed (a replayed page decided again), so the article keeps the decision that placed it.
     */
    public void addDecision(ArticleDecision decision) {
        ArticleDecision earlier = decisions.get(decision.getArticleId());
        if (earlier == null || decision.getRelation() != Relation.RECRAWL) {
            decisions.put(decision.getArticleId(), decision);
        }
    }

    /** Adds a story's state; null (a tombstone) removes the story. */
    public void addStory(String storyId, Story story) {
        if (story == null) {
            stories.remove(storyId);
        } else {
            stories.put(storyId, story);
        }
    }

    /** Each article's decision, by article id. */
    public Map<String, ArticleDecision> decisions() {
        return Collections.unmodifiableMap(decisions);
    }

    /** The active stories (merged ones redirect to their survivor and have no members of their own). */
    public Map<String, Story> activeStories() {
        Map<String, Story> active = new TreeMap<>();
        stories.forEach((id, s) -> {
            if (s.getStatus() != StoryStatus.MERGED) {
                active.put(id, s);
            }
        });
        return active;
    }

    /** The active story each member article belongs to, by article id. */
    Map<String, String> storyOfArticle() {
        Map<String, String> storyOf = new HashMap<>();
        activeStories().forEach((id, story) -> {
            for (StoryMember m : story.getMembers()) {
                storyOf.put(m.getArticleId(), id);
            }
        });
        return storyOf;
    }
}
