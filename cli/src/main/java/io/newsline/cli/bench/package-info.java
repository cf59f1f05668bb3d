/**
 * {@code newsline bench}, the end-to-end benchmark, by concern: the command and its options ({@link
 * io.newsline.cli.bench.BenchCommand}), the pages it sends ({@code BenchPages}, {@code PageSender}), the libraries
 * alone and as a Kafka-free pipeline ({@code LibraryStages}, {@code PublishStage}, which runs publish's own
 * {@link io.newsline.publish.story.StoryDecider}), the raw Kafka baseline ({@code KafkaBaseline}), the decisions read
 * back ({@code DecisionWatcher}, {@code Arrivals}), the report ({@code Rounds}) and the operating-system probes
 * ({@code CpuAccount}, {@code ThreadTimes}, {@code PhaseSampler}, {@code CorePinning}, {@code OsThreads},
 * {@code Ticker}, {@code Measures}). No static mutable state: each run builds its own objects.
 */
package io.newsline.cli.bench;
