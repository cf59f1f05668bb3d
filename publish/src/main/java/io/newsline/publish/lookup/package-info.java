/**
 * Story lookup without Kafka: the bounded index of recently changed stories that publish keeps beside its story
 * state, how a lookup request reads, and the HTML page of recent stories. Pure functions over the contract records.
 */
package io.newsline.publish.lookup;
