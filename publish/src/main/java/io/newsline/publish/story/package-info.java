/**
 * Stories: what an article does to them (found, copy, re-crawl, removal), their state and events, and their
 * deterministic ids. Pure functions over the contract records; no Kafka.
 */
package io.newsline.publish.story;
