/**
 * Named-entity recognition behind the {@link io.newsline.enrich.ner.NerEngine} seam (Stanford CoreNLP's CRF in
 * {@link io.newsline.enrich.ner.CoreNlpNerEngine}, one model per language in
 * {@link io.newsline.enrich.ner.LanguageNerEngines}: English, German, Spanish, French), and the steps after it: teams of sports
 * results lines, competitions as MISC, organisations the CRF took for people or places (company forms, share
 * prices, clubs in match reports, lists), per-article consistency, merging mentions into entities, salience, and the
 * normalised body text that keys reuse.
 * Used through {@link io.newsline.enrich.ArticleEnricher}; the engine is public so apps can choose and share it.
 */
package io.newsline.enrich.ner;
