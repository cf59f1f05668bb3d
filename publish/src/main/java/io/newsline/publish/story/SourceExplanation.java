package io.newsline.publish.story;

import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.Story;

/**
 * Writes into an article's decision the source of the story it names and the evidence that decided it, as the story
 * stands after the decision (a re-crawl that changed nothing names its story as it was). Stateless and thread-safe.
 */
final class SourceExplanation {

    private SourceExplanation() {}

    static StoryAssigner.Assignment explained(StoryAssigner.Assignment assignment, Story storyOfArticle) {
        ArticleDecision decision = assignment.decision();
        String storyId = decision.getStoryId();
        if (storyId == null) {
            return assignment;
        }
        Story story = assignment.stories().stream().filter(s -> s.getStoryId().equals(storyId)).findFirst()
                .orElse(storyOfArticle != null && storyOfArticle.getStoryId().equals(storyId) ? storyOfArticle : null);
        if (story == null || story.getSource() == null) {
            return assignment;
        }
        ArticleDecision explained = ArticleDecision.newBuilder(decision).setSource(story.getSource())
                .setSourceEvidence(story.getSourceEvidence()).build();
        return new StoryAssigner.Assignment(explained, assignment.stories(), assignment.events());
    }
}
