/**
 * HTML parsing with a bounded cost per page: jsoup's parser with the tree capped at 512 levels as browsers cap it,
 * and the depth cap's bookkeeping made cheap enough that a page built of millions of nested tags parses in linear
 * time. No Kafka here.
 */
package io.newsline.ingest.extract.html;
