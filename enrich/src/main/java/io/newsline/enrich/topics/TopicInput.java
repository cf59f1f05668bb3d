package io.newsline.enrich.topics;

import java.util.List;

/**
 * What a {@link TopicClassifier} reads.
 *
 * @param title        the headline; may be empty
 * @param text         the body text; may be short (one or two sentences) or empty
 * @param language     BCP-47 language tag, or null when unknown
 * @param entityHints  canonical names of entities found in the text (may be empty), as cues
 */
public record TopicInput(String title, String text, String language, List<String> entityHints) {
    public TopicInput {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        entityHints = entityHints == null ? List.of() : List.copyOf(entityHints);
    }
}
