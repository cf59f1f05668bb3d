/**
 * HTML parsing with a bounded cost per page: jsoup's parser with the tree capped at 512 levels as browsers cap it,
 * and the depth cap's bookkeeping made cheap enough that a page built of millions of nested tags parses in linear
 * time; and the removal of photo galleries' slides (numbered "3/50") from a parsed page before its body is looked for.
 * No Kafka here.
 */
package io.newsline.ingest.extract.html;
