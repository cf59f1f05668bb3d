/** Plain-JSON rendering of newsline's Avro records. */
package io.newsline.runtime.json;
