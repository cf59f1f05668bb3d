/**
 * Reading and writing newsline's Avro contracts: single-object encoding backed by a schema store of every
 * released version. No Kafka here, so consumers can use it with any client.
 */
package io.newsline.schemas.codec;
