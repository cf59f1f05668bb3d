package io.newsline.publish.story;

import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryStatus;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link StoryState} in hash maps, for {@code newsline bench}'s publish stage, the JMH benchmarks and tests, with
 * what they report of the stories.
 *
 * <p>Not thread-safe.
 */
public final class InMemoryStoryState extends StoryState {

    private final Map<String, Story> stories;

    public InMemoryStoryState() {
        this(new HashMap<>(), new HashMap<>());
    }

    private InMemoryStoryState(Map<String, ArticleDecision> ledger, Map<String, Story> stories) {
        super(new Table<>(ledger::get, ledger::put), new Table<>(stories::get, stories::put));
        this.stories = stories;
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
