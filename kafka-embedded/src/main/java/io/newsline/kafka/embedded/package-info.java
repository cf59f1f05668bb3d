/** A real KRaft Kafka broker inside the JVM, and the JUnit 5 extension that gives integration tests a broker. */
package io.newsline.kafka.embedded;
