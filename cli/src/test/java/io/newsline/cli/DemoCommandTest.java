package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.schemas.EntityType;
import io.newsline.schemas.Relation;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEntity;
import io.newsline.schemas.StoryMember;
import io.newsline.schemas.StoryStatus;
import io.newsline.schemas.Topic;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code newsline demo} checks before it starts anything, and how it prints a story; no broker. */
class DemoCommandTest {

    @Test
    void aMissingInputIsAUsageErrorBeforeAnythingStarts(@TempDir Path dir) {
        CommandOutput run = CommandOutput.run("demo", "--input", dir.resolve("nope.jsonl").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElseThrow()).contains("no such file or folder").contains("nope.jsonl");
        assertThat(run.err()).doesNotContain("broker at", "Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFolderWithoutPagesIsAUsageErrorToo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.md"), "no pages here");
        CommandOutput run = CommandOutput.run("demo", "--input", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElseThrow()).contains("no page files");
    }

    static Story story() {
        StoryMember founder = StoryMember.newBuilder().setArticleId("a1").setUrl(
                "https://report.example.com/asia/2025/03/04/myanmar-military-leader-holds-moscow-talks")
                .setRelation(Relation.ORIGINAL).setSite("report.example.com").build();
        StoryMember copy = StoryMember.newBuilder().setArticleId("a2").setUrl("https://daily.example.net/x").setRelation(Relation.COPY)
                .setSimilarity(0.78).setPublishedAt(Instant.parse("2025-03-05T01:00:00Z")).setCredit("AP").setAgency("AP").build();
        return Story.newBuilder().setStoryId("s-1").setStatus(StoryStatus.ACTIVE).setSource("AP")
                .setCanonicalArticleId("a1").setMembers(List.of(founder, copy))
                .setEntities(List.of(new StoryEntity("Vladimir Putin", EntityType.PERSON, Map.of(), 0.9),
                        new StoryEntity("Vladimir Putin", EntityType.ORGANIZATION, Map.of(), 0.2),
                        new StoryEntity("Myanmar", EntityType.LOCATION, Map.of(), 0.8)))
                .setTopics(List.of(new Topic("11000000", "politics", 1, 0.7)))
                .setCreatedAt(Instant.EPOCH).setUpdatedAt(Instant.EPOCH).build();
    }

    @Test
    void theTextOutputShowsEachStorysHeadingMembersEntitiesAndTopicsNeverUntitled() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DemoCommand.printText(story(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                s-1  "Myanmar military leader holds moscow talks" (title from its URL)  source: AP
                    published 2025-03-05T01:00:00Z
                    original        1.00  https://report.example.com/asia/2025/03/04/myanmar-military-leader-holds-moscow-talks  (canonical)
                    copy            0.78  https://daily.example.net/x
                    entities: Vladimir Putin (person), Myanmar (place)
                    topics:   politics
                """);
    }

    @Test
    void theJsonOutputNamesMembersAsTheStoryLookupDoesKeepingArticlesAsADeprecatedAlias() {
        var json = DemoCommand.storyJson(story());
        assertThat(json.get("members")).hasSize(2);
        // The earlier name stays, deprecated, for consumers not yet moved to members.
        assertThat(json.get("articles")).isEqualTo(json.get("members"));
        assertThat(json.get("members").get(0).get("canonical").asBoolean()).isTrue();
        assertThat(json.get("members").get(1).get("publishedAt").asText()).isEqualTo("2025-03-05T01:00:00Z");
        assertThat(json.get("title").asText()).isEqualTo("Myanmar military leader holds moscow talks");
        assertThat(json.get("titleFromUrl").asBoolean()).isTrue();
        assertThat(json.get("entities").findValuesAsText("type")).containsExactly("person", "location");
    }
}
