package io.newsline.publish.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.runtime.testing.TestApps;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.EnrichedArticle;
import io.newsline.schemas.PageType;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publish counts every input record once in {@code newsline.records} by the decision's relation (or dead-letter),
 * as ingest and enrich count theirs, and every founded story in {@code newsline.stories.founded}.
 */
class PublishRecordsMetricTest {

    @TempDir
    Path stateDir;

    @Test
    void everyInputRecordIsCountedOnceByOutcomeAndFoundedStoriesAreCounted() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (TopologyTestDriver driver = TestApps.driver(new PublishApp(), stateDir, meters)) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.ENRICHED_ARTICLES.name(),
                    new StringSerializer(), new ByteArraySerializer());
            for (EnrichedArticle a : new EnrichedArticle[] {
                    PublishTopologyTest.article("a1", "https://one.example/a", PublishTopologyTest.BODY, PageType.ARTICLE),
                    PublishTopologyTest.article("a2", "https://two.example/b", PublishTopologyTest.BODY, PageType.ARTICLE),
                    PublishTopologyTest.article("a1", "https://one.example/a", PublishTopologyTest.BODY, PageType.ARTICLE),
                    PublishTopologyTest.article("b1", "https://one.example/b", "Velora profits rose again.", PageType.ARTICLE),
                    PublishTopologyTest.article("n1", "https://nav.example/", "Home\n\nWorld", PageType.NOT_ARTICLE)}) {
                in.pipeInput(a.getArticle().getArticleId(), Topics.ENRICHED_ARTICLES.valueSerde().serializer()
                        .serialize(Topics.ENRICHED_ARTICLES.name(), a));
            }
            in.pipeInput("garbage", new byte[] {0x13, 0x37});
        }
        Map<String, Double> byOutcome = new TreeMap<>();
        for (Counter c : meters.find("newsline.records").tag("app", "publish").counters()) {
            byOutcome.merge(c.getId().getTag("outcome"), c.count(), Double::sum);
        }
        assertThat(byOutcome).containsExactlyInAnyOrderEntriesOf(Map.of("original", 2.0, "copy", 1.0, "recrawl", 1.0,
                "not-article", 1.0, "dead-letter", 1.0));
        assertThat(meters.get("newsline.stories.founded").counter().count()).isEqualTo(2.0);
        assertThat(meters.get("newsline.copies.added").counter().count()).isEqualTo(1.0);
        assertThat(meters.find("newsline.stories.created").counters()).isEmpty();
    }
}
