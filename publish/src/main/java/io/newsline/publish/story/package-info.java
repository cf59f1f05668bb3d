/**
 * Stories: what an article does to them (found, copy, re-crawl, removal), their state and events, and their
 * deterministic ids. {@link io.newsline.publish.story.StoryDecider} is publish's whole per-article algorithm over a
 * {@link io.newsline.publish.story.StoryState} and a {@link io.newsline.publish.match.BandIndex};
 * {@link io.newsline.publish.story.CandidatePolicy} verifies candidates and picks per story. No Kafka.
 */
package io.newsline.publish.story;
