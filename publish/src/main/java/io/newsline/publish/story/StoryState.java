package io.newsline.publish.story;

import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryStatus;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The story state a {@link StoryDecider} reads and writes: the article ledger (each article's last decision, by
 * article id) and the stories (by story id), over two {@link Table}s. The stream application passes its state
 * stores; {@link InMemoryStoryState} passes maps, for the bench, benchmarks and tests. What keys a record lives under
 * is said here once, whatever holds it.
 *
 * <p>Not thread-safe.
 */
public class StoryState {

    /**
     * Where records of one kind are kept by key: a state store's or a map's {@code get} and {@code put}.
     *
     * @param get the record under a key, or null
     * @param put stores a record under a key, replacing the one before
     */
    public record Table<V>(Function<String, V> get, BiConsumer<String, V> put) {}

    private final Table<ArticleDecision> ledger;
    private final Table<Story> stories;

    public StoryState(Table<ArticleDecision> ledger, Table<Story> stories) {
        this.ledger = ledger;
        this.stories = stories;
    }

    /** @return the article's last decision, or null when it was never decided (or forgotten) */
    public final ArticleDecision decision(String articleId) {
        return ledger.get().apply(articleId);
    }

    /** @return the story with this id as stored (possibly {@link StoryStatus#MERGED}), or null */
    public final Story story(String storyId) {
        return stories.get().apply(storyId);
    }

    /** Records the article's decision, replacing the one before. */
    public final void putDecision(ArticleDecision decision) {
        ledger.put().accept(decision.getArticleId(), decision);
    }

    /** Stores the story's new state under its id. */
    public final void putStory(Story story) {
        stories.put().accept(story.getStoryId(), story);
    }

    /** @return the story with this id, following merge redirects (at most 16); null when unknown or storyId is null */
    public final Story activeStory(String storyId) {
        Story story = storyId == null ? null : story(storyId);
        for (int hops = 0; story != null && story.getStatus() == StoryStatus.MERGED && hops < 16; hops++) {
            story = story(story.getMergedInto());
        }
        return story;
    }
}
