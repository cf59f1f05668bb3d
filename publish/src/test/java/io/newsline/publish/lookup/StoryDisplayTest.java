package io.newsline.publish.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.schemas.EntityType;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEntity;
import io.newsline.schemas.StoryMember;
import io.newsline.schemas.StoryStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryDisplayTest {

    static Story story(List<StoryMember> members, List<StoryEntity> entities) {
        return Story.newBuilder().setStoryId("s-1").setStatus(StoryStatus.ACTIVE).setMembers(members)
                .setEntities(entities).setCreatedAt(Instant.EPOCH).setUpdatedAt(Instant.EPOCH).build();
    }

    static StoryMember member(String id, String url, Instant published) {
        return StoryMember.newBuilder().setArticleId(id).setUrl(url).setRelation(Relation.COPY).setPublishedAt(published)
                .build();
    }

    @Test
    void aNameTaggedAsPersonAndAsOrganisationShowsOnceWithItsMostSalientType() {
        Story story = story(List.of(), List.of(
                new StoryEntity("Min Aung Hlaing", EntityType.PERSON, Map.of("wikidata", "Q6862839"), 0.8),
                new StoryEntity("Rosatom", EntityType.ORGANIZATION, Map.of(), 0.5),
                new StoryEntity("Min Aung Hlaing", EntityType.ORGANIZATION, Map.of(), 0.4),
                new StoryEntity("rosatom", EntityType.PERSON, Map.of(), 0.2),
                new StoryEntity("Moscow", EntityType.LOCATION, Map.of(), 0.6)));
        List<StoryEntity> shown = StoryDisplay.entities(story, 10);
        assertThat(shown).extracting(StoryEntity::getName).containsExactly("Min Aung Hlaing", "Moscow", "Rosatom");
        assertThat(shown).extracting(StoryDisplay::typeLabel).containsExactly("person", "place", "organisation");
        assertThat(StoryDisplay.entities(story, 2)).hasSize(2);
    }

    @Test
    void theStoryIsPublishedWhenItsCanonicalMemberWasElseAtItsEarliestMember() {
        Instant agency = Instant.parse("2025-03-04T17:40:00Z");
        Instant earlier = Instant.parse("2025-03-04T16:00:00Z");
        Story story = story(List.of(member("a", "https://a.example/x", earlier), member("b", "https://b.example/y", agency),
                member("c", "https://c.example/z", null)), List.of());
        story.setCanonicalArticleId("b");
        assertThat(StoryDisplay.canonical(story).getArticleId()).isEqualTo("b");
        assertThat(StoryDisplay.published(story)).isEqualTo(agency);
        story.setCanonicalArticleId("c");
        assertThat(StoryDisplay.published(story)).isEqualTo(earlier);
        assertThat(StoryDisplay.published(story(List.of(member("c", "https://c.example/z", null)), List.of()))).isNull();
    }

    @Test
    void aStoryWhosePagesHadNoTitleIsHeadedByTheWordsOfItsUrlNeverUntitled() {
        Story story = story(List.of(member("a",
                "https://stripes.com/theaters/europe/2025-03-04/myanmar-russia-government-cooperation-17030110.html", null)),
                List.of());
        assertThat(StoryDisplay.title(story)).isEqualTo(new StoryDisplay.Title("Myanmar russia government cooperation", true));
        assertThat(StoryDisplay.slugWords("https://www.arabnews.pk/node/2157836")).isNull();
        assertThat(StoryDisplay.slugWords("https://x.example/news/world-news/")).isNull();
        assertThat(StoryDisplay.slugWords("https://x.example/2025/prada-thrives-downturn-2503/")).isEqualTo("Prada thrives downturn");
        StoryMember bare = member("b", "https://www.arabnews.pk/node/2157836", null);
        bare.setSite("www.arabnews.pk");
        assertThat(StoryDisplay.title(story(List.of(bare), List.of())).text()).isEqualTo("Story from www.arabnews.pk");
        story.getMembers().get(0).setTitle("Myanmar's military leader visits Russia");
        assertThat(StoryDisplay.title(story)).isEqualTo(new StoryDisplay.Title("Myanmar's military leader visits Russia", false));
    }
}
