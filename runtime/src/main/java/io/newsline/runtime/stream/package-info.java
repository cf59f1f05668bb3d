/** Building blocks of newsline topologies: processors that route results and dead letters. */
package io.newsline.runtime.stream;
