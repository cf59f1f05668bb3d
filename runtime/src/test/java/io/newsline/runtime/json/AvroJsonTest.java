package io.newsline.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsline.schemas.BlockKind;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.ExtractionLineage;
import io.newsline.schemas.LeadImage;
import io.newsline.schemas.PageType;
import io.newsline.schemas.TextBlock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvroJsonTest {

    @Test
    void rendersUnionsAsValuesEnumsHyphenatedAndTimestampsAsIsoInstants() throws Exception {
        CleanArticle a = CleanArticle.newBuilder()
                .setArticleId("id").setUrl("https://x.example/").setTitle("T")
                .setPublishedAt(Instant.parse("2025-03-04T19:50:00Z"))
                .setLeadImage(new LeadImage("https://x.example/i.jpg", null))
                .setPageType(PageType.NOT_ARTICLE)
                .setBlocks(List.of(new TextBlock(BlockKind.LIST_ITEM, "one")))
                .setText("one").setFetchedAt(Instant.ofEpochMilli(0)).setLineage(new ExtractionLineage("v", "html", null, null, java.util.List.of()))
                .build();
        JsonNode json = AvroJson.MAPPER.readTree(AvroJson.toJsonLine(a));
        assertThat(json.get("publishedAt").asText()).isEqualTo("2025-03-04T19:50:00Z");
        assertThat(json.get("fetchedAt").asText()).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(json.get("pageType").asText()).isEqualTo("not-article");
        assertThat(json.get("blocks").get(0).get("kind").asText()).isEqualTo("list-item");
        assertThat(json.get("leadImage").get("url").asText()).isEqualTo("https://x.example/i.jpg");
        assertThat(json.get("subtitle").isNull()).isTrue();
        assertThat(json.get("authors").isArray()).isTrue();
    }
}
