/** The ingest stream app: its definition, topology and the mapping from extraction to the CleanArticle contract. */
package io.newsline.ingest.app;
