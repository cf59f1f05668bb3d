/**
 * Internals of the topic classifier: the hashed features and the logistic-regression model of level 1
 * (shared by the trainer and the classifier), and the naive Bayes walk below level 1. Not an API; may change
 * without notice.
 */
package io.newsline.enrich.topics.internal;
