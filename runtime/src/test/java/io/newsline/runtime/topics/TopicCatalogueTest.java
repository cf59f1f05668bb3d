package io.newsline.runtime.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.runtime.app.AppDefinition;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.testing.TestApps;
import io.newsline.schemas.Stage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicCatalogueTest {

    static final NewslineConfig SHADOW = NewslineConfig.defaults().with("topic.suffix", "backfill-2026-11");

    @Test
    void liveNamesAreTheCataloguesOwn() {
        assertThat(TopicCatalogue.live().all()).extracting(TopicSpec::name)
                .containsExactlyElementsOf(Topics.all().stream().map(TopicSpec::name).toList());
        assertThat(TopicCatalogue.live().isShadow()).isFalse();
    }

    @Test
    void aShadowDeploymentSuffixesEveryTopicButRawPages() {
        TopicCatalogue shadow = TopicCatalogue.of(SHADOW);
        assertThat(shadow.all()).extracting(TopicSpec::name).containsExactly("news.pages.raw.v1",
                "news.articles.clean.v1.backfill-2026-11", "news.articles.enriched.v1.backfill-2026-11",
                "news.decisions.v1.backfill-2026-11", "news.stories.v1.backfill-2026-11",
                "news.events.v1.backfill-2026-11", "news.events.json.v1.backfill-2026-11", "news.dlq.v1.backfill-2026-11");
        assertThat(shadow.get(Topics.STORIES).settings().compacted()).isTrue();
        assertThat(shadow.get(Topics.EVENTS).valueSerde()).isSameAs(Topics.EVENTS.valueSerde());
    }

    @Test
    void theRawTopicCanBeAnotherOneAndSettingsOverridesApply() {
        TopicCatalogue topics = TopicCatalogue.of(SHADOW.with(Map.of("topic.raw.name", "news.pages.raw.v1.range",
                "topic.events.partitions", "3")));
        assertThat(topics.name(Topics.RAW_PAGES)).isEqualTo("news.pages.raw.v1.range");
        assertThat(topics.get(Topics.EVENTS).settings().partitions()).isEqualTo(3);
    }

    @Test
    void topicsAreFoundByLogicalShadowOrLiveName() {
        TopicCatalogue shadow = TopicCatalogue.of(SHADOW);
        assertThat(shadow.byName("events").name()).isEqualTo("news.events.v1.backfill-2026-11");
        assertThat(shadow.byName("news.events.v1").name()).isEqualTo("news.events.v1.backfill-2026-11");
        assertThat(shadow.byName("news.events.v1.backfill-2026-11").logicalName()).isEqualTo("events");
        assertThat(Topics.byName("news.dlq.v1.backfill-2026-11")).isSameAs(Topics.DEAD_LETTERS);
        assertThatThrownBy(() -> shadow.byName("news.other.v1")).hasMessageContaining("unknown topic");
    }

    @Test
    void applicationIdsGetTheSuffixToo() {
        AppDefinition app = TestApps.named("publish", Stage.PUBLISH);
        assertThat(app.applicationId(NewslineConfig.defaults())).isEqualTo("newsline-publish");
        assertThat(app.applicationId(SHADOW)).isEqualTo("newsline-publish.backfill-2026-11");
        assertThat(app.applicationId(SHADOW.with("app.publish.application.id", "pub"))).isEqualTo("pub.backfill-2026-11");
    }

    @Test
    void aSuffixMustBeUsableInTopicNamesAndApplicationIds() {
        for (String bad : new String[] {"with space", ".leading-dot", "slash/name", "ü"}) {
            assertThatThrownBy(() -> TopicCatalogue.of(NewslineConfig.defaults().with("topic.suffix", bad)))
                    .as(bad).hasMessageContaining("invalid topic.suffix");
        }
    }
}
