/**
 * Evaluation of the topic classifier: the four coarse news sections used to check short items, the command
 * behind {@code scripts/eval-topics.sh}, and the classifier settings an experiment may override. Test sources
 * only, so none of it ships in the production jar.
 */
package io.newsline.enrich.topics.eval;
