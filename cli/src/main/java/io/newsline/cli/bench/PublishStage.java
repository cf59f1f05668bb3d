package io.newsline.cli.bench;

import io.newsline.publish.match.BandIndex;
import io.newsline.publish.match.InMemoryByteStore;
import io.newsline.publish.match.Matcher;
import io.newsline.publish.story.InMemoryStoryState;
import io.newsline.publish.story.StoryAssigner;
import io.newsline.publish.story.StoryDecider;
import io.newsline.schemas.EnrichedArticle;
import java.time.Instant;

/**
 * The publish app's per-article algorithm ({@link StoryDecider}: ledger, fingerprint, candidate search, verification,
 * assignment and the writes) over in-memory state instead of its state stores. One per run; one thread.
 */
final class PublishStage {
    private final InMemoryStoryState state = new InMemoryStoryState();
    private final StoryDecider decider;
    private final long eventTime;

    PublishStage(StoryAssigner assigner, Instant now) {
        this.decider = new StoryDecider(assigner, new Matcher(), state,
                new BandIndex(new InMemoryByteStore(), new InMemoryByteStore()));
        this.eventTime = now.toEpochMilli();
    }

    int storyCount() {
        return state.activeStories();
    }

    int largestStory() {
        return state.largestStory();
    }

    void accept(EnrichedArticle e) {
        decider.apply(e, eventTime);
    }
}
