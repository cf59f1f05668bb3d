package io.newsline.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.ExtractionLineage;
import io.newsline.schemas.PageType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldCompletenessTest {

    private static CleanArticle article(String title, List<String> authors, Instant published, String text,
                                        PageType type) {
        return CleanArticle.newBuilder().setArticleId("a").setUrl("https://x.example/a").setTitle(title)
                .setAuthors(authors).setPublishedAt(published).setText(text).setPageType(type)
                .setFetchedAt(Instant.EPOCH).setRemoved(false).setLineage(new ExtractionLineage("v", "html", null, null, java.util.List.of())).build();
    }

    private static double count(SimpleMeterRegistry meters, String site, String field, boolean present) {
        var c = meters.find("newsline.article.fields").tags("site", site, "field", field, "present",
                Boolean.toString(present)).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void countsEachFieldPresentOrAbsentPerSite() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        FieldCompleteness completeness = new FieldCompleteness(meters);
        completeness.record("dawn.com", article("T", List.of("A. Writer"), Instant.EPOCH, "body", PageType.ARTICLE));
        completeness.record("dawn.com", article(null, List.of(" "), null, "body", PageType.ARTICLE));
        completeness.record(null, article("T", List.of(), null, "", PageType.ARTICLE));

        assertThat(count(meters, "dawn.com", "title", true)).isEqualTo(1);
        assertThat(count(meters, "dawn.com", "title", false)).isEqualTo(1);
        assertThat(count(meters, "dawn.com", "author", false)).as("a blank author is no author").isEqualTo(1);
        assertThat(count(meters, "dawn.com", "date", true)).isEqualTo(1);
        assertThat(count(meters, "dawn.com", "body", true)).isEqualTo(2);
        assertThat(count(meters, "other", "title", true)).isEqualTo(1);
        assertThat(count(meters, "other", "body", false)).isEqualTo(1);
    }

    @Test
    void pagesThatAreNotArticlesAreNotCounted() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        new FieldCompleteness(meters).record("dawn.com", article(null, List.of(), null, "", PageType.NOT_ARTICLE));
        assertThat(meters.find("newsline.article.fields").counters()).isEmpty();
    }
}
