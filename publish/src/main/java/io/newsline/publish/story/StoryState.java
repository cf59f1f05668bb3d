package io.newsline.publish.story;

import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryStatus;

/**
 * The story state a {@link StoryDecider} reads and writes: the article ledger (each article's last decision) and the
 * stories by id. The stream application adapts its state stores to it; {@link InMemoryStoryState} serves the bench,
 * benchmarks and tests.
 *
 * <p>Implementations need not be thread-safe.
 */
public interface StoryState {

    /** @return the article's last decision, or null when it was never decided (or forgotten) */
    ArticleDecision decision(String articleId);

    /** @return the story with this id as stored (possibly {@link StoryStatus#MERGED}), or null */
    Story story(String storyId);

    /** Records the article's decision, replacing the one before. */
    void putDecision(ArticleDecision decision);

    /** Stores the story's new state under its id. */
    void putStory(Story story);

    /** @return the story with this id, following merge redirects (at most 16); null when unknown or storyId is null */
    default Story activeStory(String storyId) {
        Story story = storyId == null ? null : story(storyId);
        for (int hops = 0; story != null && story.getStatus() == StoryStatus.MERGED && hops < 16; hops++) {
            story = story(story.getMergedInto());
        }
        return story;
    }
}
