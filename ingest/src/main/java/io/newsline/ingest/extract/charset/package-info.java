/**
 * Raw page bytes to text: gunzip with a size cap, and the character set from the byte-order mark, the HTTP header,
 * the page's own {@code <meta charset>} and, failing all, sniffing (valid UTF-8 or windows-1252).
 */
package io.newsline.ingest.extract.charset;
