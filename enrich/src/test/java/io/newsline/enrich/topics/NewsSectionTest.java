package io.newsline.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.topics.eval.NewsSection;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsSectionTest {

    private static final IptcTaxonomy TAXONOMY = IptcTaxonomy.loadDefault();

    @Test
    void topicsMapToSectionsByTheirPlaceInTheTree() {
        assertThat(NewsSection.ofTopic("20001085", TAXONOMY)).isEqualTo(NewsSection.SPORTS);
        assertThat(NewsSection.ofTopic("20000265", TAXONOMY)).isEqualTo(NewsSection.BUSINESS);
        assertThat(NewsSection.ofTopic("20000225", TAXONOMY)).isEqualTo(NewsSection.SCITECH);
        assertThat(NewsSection.ofTopic("20000718", TAXONOMY)).isEqualTo(NewsSection.SCITECH);
        assertThat(NewsSection.ofTopic("07000000", TAXONOMY)).isEqualTo(NewsSection.WORLD);
    }

    @Test
    void anAnswerFollowsItsBestPathDownIntoTheComputingBranch() {
        List<TopicScore> answer = List.of(
                new TopicScore("04000000", "economy, business and finance", 1, 0.9),
                new TopicScore("20000209", "products and services", 2, 0.8),
                new TopicScore("20000225", "computing and information technology", 3, 0.7),
                new TopicScore("15000000", "sport", 1, 0.1));
        assertThat(NewsSection.ofAnswer(answer, TAXONOMY)).isEqualTo(NewsSection.SCITECH);
        assertThat(NewsSection.ofBestTopicOnly(answer, TAXONOMY)).isEqualTo(NewsSection.BUSINESS);
        assertThat(NewsSection.ofAnswer(List.of(), TAXONOMY)).isEqualTo(NewsSection.WORLD);
    }
}
