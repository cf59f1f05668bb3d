package io.newsline.enrich.topics;

import java.util.List;

/** Assigns IPTC Media Topics to a text. Implementations are thread-safe. */
@FunctionalInterface
public interface TopicClassifier {

    /** @return the topics, best first, each level-2+ topic preceded somewhere by its level-1 ancestor */
    List<TopicScore> classify(TopicInput input);
}
