/** Evaluation of the keyword ranker on real articles, behind {@code scripts/eval-keywords.sh}. */
package io.newsline.enrich.keywords.eval;
