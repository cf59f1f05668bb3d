/**
 * Language identification: BCP-47 tags from markup ({@code html lang}, {@code og:locale}, Content-Language) and
 * detection from text by writing system and character-trigram profiles (a data file), combined into one language
 * with a confidence.
 */
package io.newsline.ingest.extract.lang;
