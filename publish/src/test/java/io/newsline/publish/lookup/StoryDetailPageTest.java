package io.newsline.publish.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.schemas.EntityType;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryDetailPageTest {

    @Test
    void showsTheStoryWithItsCanonicalMemberTimesSimilarityEntitiesAndTopics() {
        Story story = StoryPageTest.story("Putin hails Myanmar ties");
        story.setCanonicalArticleId("a-afp.example");
        story.getMembers().get(0).setPublishedAt(Instant.parse("2025-03-04T17:40:00Z"));
        story.getMembers().get(1).setSimilarity(0.93);
        String html = StoryDetailPage.render(story, null);
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<title>newsline: Putin hails Myanmar ties</title>")
                .contains("<h2 class=\"detail\">Putin hails Myanmar ties</h2>")
                .contains("<span>published 2025-03-04 17:40 UTC</span>", "<span>first seen 2025-03-05 06:00 UTC</span>")
                .contains("<span class=\"canonical\">canonical</span><a href=\"https://afp.example/a\"")
                .contains("data-label=\"similarity\">0.93</td>")
                .contains(">Vladimir Putin</span>", ">politics</span>", "<a href=\"/stories/s-1\">JSON</a>")
                .contains("<form class=\"search\" action=\"/story\"")
                .doesNotContain("<b>APP</b>", "href=\"javascript:", "<script");
    }

    @Test
    void anEntityNeverShowsAsBothPersonAndOrganisation() {
        Story story = StoryPageTest.story("t");
        List<StoryEntity> entities = new ArrayList<>(story.getEntities());
        entities.add(new StoryEntity("Vladimir Putin", EntityType.ORGANIZATION, Map.of(), 0.3));
        story.setEntities(entities);
        String html = StoryDetailPage.render(story, null);
        assertThat(html).contains("<span class=\"chip person\" title=\"person\">Vladimir Putin</span>")
                .doesNotContain("<span class=\"chip organisation\" title=\"organisation\">Vladimir Putin</span>");
        assertThat(StoryPage.render(List.of(story)).split(">Vladimir Putin</span>", -1)).hasSize(2);
    }

    @Test
    void aStoryFoundByUrlNamesTheUrlAndAMissOffersTheSearchAgain() {
        String found = StoryDetailPage.render(StoryPageTest.story("t"), "https://evil.example/<x>");
        assertThat(found).contains("The story of <code>https://evil.example/&lt;x&gt;</code>");
        String missing = StoryDetailPage.notFound("no article 0123 (https://never.example/x)");
        assertThat(missing).contains("<p class=\"notice\">no article 0123 (https://never.example/x)</p>")
                .contains("<form class=\"search\" action=\"/story\"");
    }
}
