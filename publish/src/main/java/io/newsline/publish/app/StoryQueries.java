package io.newsline.publish.app;

import io.newsline.publish.lookup.RecentStories;
import io.newsline.runtime.json.AvroJson;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryStatus;
import io.newsline.schemas.ids.ArticleIds;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads story lookups from publish's state stores (local ones: {@link StoryLookup} finds the instance that holds
 * them): a story by id, the story an article URL belongs to through the article ledger, and the recent stories
 * through the bounded {@code recent-stories} index. Thread-safe as far as the stores are (Streams' read-only
 * stores are).
 */
final class StoryQueries {

    /** Merge redirects followed at most, as the topology does. */
    private static final int MAX_MERGE_HOPS = 16;

    /** The answer to a lookup by URL: the story, or why there is none. */
    record ByUrl(String articleId, Story story, String missing) {
    }

    private final ReadOnlyKeyValueStore<String, Story> stories;
    private final ReadOnlyKeyValueStore<String, ArticleDecision> ledger;
    private final ReadOnlyKeyValueStore<String, byte[]> recent;

    StoryQueries(ReadOnlyKeyValueStore<String, Story> stories, ReadOnlyKeyValueStore<String, ArticleDecision> ledger,
                 ReadOnlyKeyValueStore<String, byte[]> recent) {
        this.stories = stories;
        this.ledger = ledger;
        this.recent = recent;
    }

    /** The story's current state as stored (a merged story says where it went); null when unknown. */
    Story byId(String storyId) {
        return stories.get(storyId);
    }

    /**
     * The active story the article fetched at {@code url} belongs to, found through its id ({@link ArticleIds}) in
     * the ledger and following merges.
     */
    ByUrl byUrl(String url) {
        String articleId = ArticleIds.of(url);
        ArticleDecision decision = ledger.get(articleId);
        if (decision == null) {
            return new ByUrl(articleId, null, "no article " + articleId + " (" + ArticleIds.normalise(url)
                    + ") has reached publish");
        }
        if (decision.getRelation() == Relation.REMOVED) {
            return new ByUrl(articleId, null, "article " + articleId + " was removed from its story");
        }
        if (decision.getStoryId() == null) {
            return new ByUrl(articleId, null, "article " + articleId + " belongs to no story ("
                    + AvroJson.symbol(decision.getRelation()) + ")");
        }
        Story story = stories.get(decision.getStoryId());
        for (int hops = 0; story != null && story.getStatus() == StoryStatus.MERGED && hops < MAX_MERGE_HOPS; hops++) {
            story = stories.get(story.getMergedInto());
        }
        return story == null ? new ByUrl(articleId, null, "story " + decision.getStoryId() + " of article " + articleId
                + " is gone") : new ByUrl(articleId, story, null);
    }

    /** The most recently updated active stories, newest first, at most {@link RecentStories#LIMIT}. */
    List<Story> recent() {
        List<Story> out = new ArrayList<>();
        for (RecentStories.Entry e : RecentStories.fromBytes(recent.get(PublishTopology.RECENT_KEY)).entries()) {
            Story story = stories.get(e.storyId());
            if (story != null && story.getStatus() == StoryStatus.ACTIVE) {
                out.add(story);
            }
        }
        return out;
    }
}
