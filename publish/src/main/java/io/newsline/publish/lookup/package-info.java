/**
 * Story lookup without Kafka: the bounded index of recently changed stories that publish keeps beside its story
 * state, how a lookup request reads, the HTML pages (recent stories, one story, a failed search) and what a reader
 * is shown of a story ({@link io.newsline.publish.lookup.StoryDisplay}: heading, canonical member, publication time,
 * one type per entity name), which {@code newsline demo} prints too. Pure functions over the contract records.
 */
package io.newsline.publish.lookup;
