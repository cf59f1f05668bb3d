package io.newsline.publish.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.schemas.EntityType;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEntity;
import io.newsline.schemas.StoryMember;
import io.newsline.schemas.StoryStatus;
import io.newsline.schemas.Topic;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryPageTest {

    static StoryMember member(String url, String site, Relation relation, String credit) {
        return StoryMember.newBuilder().setArticleId("a-" + site).setUrl(url).setSite(site).setRelation(relation)
                .setCredit(credit).build();
    }

    static Story story(String title) {
        return Story.newBuilder().setStoryId("s-1").setStatus(StoryStatus.ACTIVE).setTitle(title).setSource("AFP")
                .setMembers(List.of(member("https://afp.example/a", "afp.example", Relation.ORIGINAL, "AFP"),
                        member("javascript:alert(1)", "evil.example", Relation.COPY, "<b>APP</b>")))
                .setEntities(List.of(new StoryEntity("Vladimir Putin", EntityType.PERSON, Map.of(), 0.9),
                        new StoryEntity("Myanmar", EntityType.LOCATION, Map.of(), 0.8)))
                .setTopics(List.of(new Topic("11000000", "politics", 1, 0.7)))
                .setCreatedAt(Instant.parse("2025-03-05T06:00:00Z")).setUpdatedAt(Instant.parse("2025-03-05T07:30:00Z"))
                .build();
    }

    @Test
    void showsTitleSourceCopiesWithSitesEntitiesAndALinkToTheJson() {
        String html = StoryPage.render(List.of(story("Putin hails Myanmar ties")));
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<a href=\"/stories/s-1\">Putin hails Myanmar ties</a>")
                .contains("<span class=\"source\">AFP</span>", "afp.example", "evil.example", "copy", "original")
                .contains(">Vladimir Putin</span>", ">Myanmar</span>", ">politics</span>")
                .contains("updated 2025-03-05 07:30 UTC", "2 articles");
        assertThat(html.indexOf("Vladimir Putin")).isLessThan(html.indexOf(">Myanmar<"));
    }

    @Test
    void escapesEverythingFromArticlesAndLinksOnlyWebUrls() {
        String html = StoryPage.render(List.of(story("<script>alert('x')</script> & \"more\"")));
        assertThat(html).doesNotContain("<script>", "<b>APP</b>", "href=\"javascript:")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .contains("&lt;b&gt;APP&lt;/b&gt;")
                .contains("<a href=\"https://afp.example/a\"");
    }

    @Test
    void aStoryWithoutTitleIsHeadedByItsFirstTitledMember() {
        Story story = story(null);
        assertThat(StoryPage.displayTitle(story)).isEqualTo("(untitled)");
        story.getMembers().get(1).setTitle("Myanmar junta chief in Moscow");
        assertThat(StoryPage.render(List.of(story))).contains("<a href=\"/stories/s-1\">Myanmar junta chief in Moscow</a>");
    }

    @Test
    void referencesNoExternalAsset() {
        String html = StoryPage.render(List.of(story("t")));
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//(?!afp\\.example)")
                .doesNotContain("<script", "<link");
        assertThat(StoryPage.render(List.of())).contains("No stories yet.");
    }
}
