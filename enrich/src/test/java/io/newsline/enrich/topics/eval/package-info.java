/**
 * Evaluation of the topic classifier: the four coarse news sections used to check short items, and the
 * command behind {@code scripts/eval-topics.sh}.
 */
package io.newsline.enrich.topics.eval;
