package io.newsline.publish.app;

import io.newsline.publish.story.StoryState;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.Story;
import org.apache.kafka.streams.state.KeyValueStore;

/** The ledger and story state stores as the {@link StoryState} the matching core reads and writes. Not thread-safe. */
final class StoreStoryState implements StoryState {

    private final KeyValueStore<String, ArticleDecision> ledger;
    private final KeyValueStore<String, Story> stories;

    StoreStoryState(KeyValueStore<String, ArticleDecision> ledger, KeyValueStore<String, Story> stories) {
        this.ledger = ledger;
        this.stories = stories;
    }

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
}
