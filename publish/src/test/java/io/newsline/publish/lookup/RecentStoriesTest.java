package io.newsline.publish.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.schemas.Story;
import io.newsline.schemas.StoryStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentStoriesTest {

    static Story story(String id, long updatedAtSeconds, StoryStatus status) {
        return Story.newBuilder().setStoryId(id).setStatus(status).setMergedInto(status == StoryStatus.MERGED ? "s-x" : null)
                .setCreatedAt(Instant.ofEpochSecond(0)).setUpdatedAt(Instant.ofEpochSecond(updatedAtSeconds)).build();
    }

    static List<String> ids(RecentStories recent) {
        return recent.entries().stream().map(RecentStories.Entry::storyId).toList();
    }

    @Test
    void aChangedStoryMovesToItsNewPlaceOnceAndAMergedOneLeaves() {
        RecentStories recent = RecentStories.empty()
                .with(List.of(story("s-a", 10, StoryStatus.ACTIVE), story("s-b", 20, StoryStatus.ACTIVE)))
                .with(List.of(story("s-c", 15, StoryStatus.ACTIVE)));
        assertThat(ids(recent)).containsExactly("s-b", "s-c", "s-a");

        recent = recent.with(List.of(story("s-a", 30, StoryStatus.ACTIVE)));
        assertThat(ids(recent)).containsExactly("s-a", "s-b", "s-c");

        recent = recent.with(List.of(story("s-b", 31, StoryStatus.MERGED), story("s-a", 31, StoryStatus.ACTIVE)));
        assertThat(ids(recent)).containsExactly("s-a", "s-c");
    }

    @Test
    void neverHoldsMoreThanTheLimitAndKeepsTheNewestByEventTime() {
        RecentStories recent = RecentStories.empty();
        for (int i = 0; i < RecentStories.LIMIT * 3; i++) {
            recent = recent.with(List.of(story("s-" + i, (i * 7919L) % 1000, StoryStatus.ACTIVE)));
            assertThat(recent.entries()).hasSizeLessThanOrEqualTo(RecentStories.LIMIT);
        }
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < RecentStories.LIMIT * 3; i++) {
            all.add((i * 7919L) % 1000 * 1000);
        }
        all.sort(java.util.Comparator.reverseOrder());
        assertThat(recent.entries()).extracting(RecentStories.Entry::updatedAt)
                .containsExactlyElementsOf(all.subList(0, RecentStories.LIMIT));
    }

    @Test
    void survivesItsStoredForm() {
        RecentStories recent = RecentStories.empty()
                .with(List.of(story("s-ü1", 5, StoryStatus.ACTIVE), story("s-2", 6, StoryStatus.ACTIVE)));
        assertThat(RecentStories.fromBytes(recent.toBytes()).entries()).isEqualTo(recent.entries());
        assertThat(RecentStories.fromBytes(null).entries()).isEmpty();
        assertThatThrownBy(() -> RecentStories.fromBytes(new byte[] {9, 0, 0, 0, 0}))
                .hasMessageContaining("unknown recent-stories format 9");
    }
}
