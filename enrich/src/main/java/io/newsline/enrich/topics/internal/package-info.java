/**
 * Internals of the topic classifier: the feature function shared by training and classification, and the
 * sparse naive Bayes model. Not an API; may change without notice.
 */
package io.newsline.enrich.topics.internal;
