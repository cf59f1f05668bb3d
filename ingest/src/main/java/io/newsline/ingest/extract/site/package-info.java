/**
 * The site registry: per-host facts and extraction rules (time zone, default language, whether the site may be a
 * metric tag, selectors to drop or keep, byline and title patterns), read from a JSON data file so that adding a
 * site is a data change, not a code change.
 */
package io.newsline.ingest.extract.site;
