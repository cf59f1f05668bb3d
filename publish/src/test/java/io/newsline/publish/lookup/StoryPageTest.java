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
    void showsTitleLinkingToTheStoryPageSourceCopiesWithSitesEntitiesAndALinkToTheJson() {
        String html = StoryPage.render(List.of(story("Putin hails Myanmar ties")));
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<a href=\"/story/s-1\">Putin hails Myanmar ties</a>")
                .contains("<a href=\"/stories/s-1\">JSON</a>")
                .contains("<span class=\"source\">AFP</span>", "afp.example", "evil.example", "copy", "original")
                .contains(">Vladimir Putin</span>", ">Myanmar</span>", ">politics</span>")
                .contains("updated 2025-03-05 07:30 UTC", "2 articles");
        assertThat(html.indexOf("Vladimir Putin")).isLessThan(html.indexOf(">Myanmar<"));
    }

    @Test
    void showsPublicationTimesSimilarityAndMarksTheCanonicalMember() {
        Story story = story("Putin hails Myanmar ties");
        story.getMembers().get(0).setPublishedAt(Instant.parse("2025-03-04T17:40:00Z"));
        story.getMembers().get(1).setSimilarity(0.87);
        story.setCanonicalArticleId("a-afp.example");
        String html = StoryPage.render(List.of(story));
        assertThat(html).contains("<span>published 2025-03-04 17:40 UTC</span>")
                .contains("data-label=\"published\">2025-03-04 17:40 UTC</td>")
                .contains("data-label=\"similarity\">0.87</td>", "data-label=\"similarity\">1.00</td>");
        String canonicalRow = html.substring(html.indexOf("<tr class=\"canonical-row\">"));
        assertThat(canonicalRow.substring(0, canonicalRow.indexOf("</tr>"))).contains("afp.example")
                .contains("<span class=\"canonical\"");
        assertThat(html.split("class=\"canonical-row\"", -1)).hasSize(2);
    }

    @Test
    void offersTheSearchByArticleUrlAndFitsAPhoneWidthScreen() {
        String html = StoryPage.render(List.of(story("t")));
        assertThat(html).contains("<form class=\"search\" action=\"/story\" method=\"get\"")
                .contains("name=\"url\"")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .contains("@media (max-width:640px)");
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
    void aStoryWithoutTitleIsHeadedByItsFirstTitledMemberElseByItsUrlsWords() {
        Story story = story(null);
        story.getMembers().get(1).setTitle("Myanmar junta chief in Moscow");
        assertThat(StoryPage.render(List.of(story))).contains("<a href=\"/story/s-1\">Myanmar junta chief in Moscow</a>");
        story.getMembers().get(1).setTitle(null);
        story.getMembers().get(0).setUrl("https://stripes.com/theaters/europe/2025-03-04/myanmar-russia-government-cooperation-17030110.html");
        assertThat(StoryPage.displayTitle(story)).isEqualTo("Myanmar russia government cooperation");
        assertThat(StoryPage.render(List.of(story))).doesNotContain("(untitled)")
                .contains("<span class=\"derived\" title=\"no page of this story had a title; words of its URL\">"
                        + "Myanmar russia government cooperation</span>");
    }

    @Test
    void referencesNoExternalAsset() {
        String html = StoryPage.render(List.of(story("t")));
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//(?!afp\\.example)")
                .doesNotContain("<script", "<link");
        assertThat(StoryPage.render(List.of())).contains("No stories yet.");
    }
}
