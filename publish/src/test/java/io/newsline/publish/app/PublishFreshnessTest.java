package io.newsline.publish.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.runtime.testing.TestApps;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.EnrichmentStatus;
import io.newsline.schemas.ExtractionLineage;
import io.newsline.schemas.PageType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Freshness is recorded once per article that produces a story event, live or backfill by the page's age. */
class PublishFreshnessTest {

    @TempDir
    Path stateDir;

    static EnrichedArticle article(String id, String text, Instant fetchedAt) {
        CleanArticle clean = CleanArticle.newBuilder().setArticleId(id).setUrl("https://one.example/" + id)
                .setTitle("t").setPageType(PageType.ARTICLE).setText(text).setFetchedAt(fetchedAt)
                .setLineage(new ExtractionLineage("test", "text", null, null, java.util.List.of())).build();
        return EnrichedArticle.newBuilder().setArticle(clean).setStatus(EnrichmentStatus.ENRICHED).build();
    }

    @Test
    void recentPagesAreLiveOldPagesAreBackfillAndRecrawlsWithoutEventsAreNotCounted() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (TopologyTestDriver driver = TestApps.driver(new PublishApp(), stateDir, meters)) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.ENRICHED_ARTICLES.name(),
                    new StringSerializer(), new ByteArraySerializer());
            Instant now = Instant.now();
            for (EnrichedArticle a : new EnrichedArticle[] {
                    article("live", "A body fetched a few seconds ago.", now.minusSeconds(10)),
                    article("old", "A body fetched last year and replayed.", now.minus(Duration.ofDays(300))),
                    article("old", "A body fetched last year and replayed.", now.minus(Duration.ofDays(300)))}) {
                in.pipeInput(a.getArticle().getArticleId(), Topics.ENRICHED_ARTICLES.valueSerde().serializer()
                        .serialize(Topics.ENRICHED_ARTICLES.name(), a));
            }
        }
        Timer live = meters.get("newsline.freshness").tags("app", "publish", "mode", "live").timer();
        Timer backfill = meters.get("newsline.freshness").tags("app", "publish", "mode", "backfill").timer();
        assertThat(live.count()).isEqualTo(1);
        assertThat(live.max(TimeUnit.SECONDS)).isBetween(10.0, 3600.0);
        assertThat(backfill.count()).as("the recrawl makes no event, so no second sample").isEqualTo(1);
        assertThat(backfill.max(TimeUnit.DAYS)).isBetween(299.0, 301.0);
    }
}
