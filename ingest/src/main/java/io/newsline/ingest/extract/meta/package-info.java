/**
 * Article metadata from HTML and from printed text: JSON-LD, Open Graph and {@code article:*} meta, parsely,
 * sailthru and Dublin Core meta, {@code <time>} elements and visible bylines and dates; title clean-up (no site-name
 * suffix), author names without "By" and roles, and date parsing with per-site zones.
 */
package io.newsline.ingest.extract.meta;
