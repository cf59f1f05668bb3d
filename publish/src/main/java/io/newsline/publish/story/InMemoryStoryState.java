package io.newsline.publish.story;

import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryStatus;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link StoryState} in hash maps, for {@code newsline bench}'s publish stage, the JMH benchmarks and tests.
 *
 * <p>Not thread-safe.
 */
public final class InMemoryStoryState implements StoryState {

    private final Map<String, ArticleDecision> ledger = new HashMap<>();
    private final Map<String, Story> stories = new HashMap<>();

    @Override
    public ArticleDecision decision(String articleId) {
        return ledger.get(articleId);
    }

    @Override
    public Story story(String storyId) {
        return stories.get(storyId);
    }

    @Override
    public void putDecision(ArticleDecision decision) {
        ledger.put(decision.getArticleId(), decision);
    }

    @Override
    public void putStory(Story story) {
        stories.put(story.getStoryId(), story);
    }

    /** @return how many stories are active (not merged into another) */
    public int activeStories() {
        return (int) stories.values().stream().filter(s -> s.getStatus() == StoryStatus.ACTIVE).count();
    }

    /** @return the most members any story has, 0 when there is none */
    public int largestStory() {
        return stories.values().stream().mapToInt(s -> s.getMembers().size()).max().orElse(0);
    }
}
