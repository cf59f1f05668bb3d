/**
 * Comparing two runs of the pipeline over the same pages (a live deployment and a shadow one): which articles were
 * decided differently and which stories were split or merged. Imports no Kafka: the command reads the topics and
 * hands the records in.
 */
package io.newsline.cli.compare;
