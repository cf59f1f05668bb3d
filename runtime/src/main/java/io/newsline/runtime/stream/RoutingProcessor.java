package io.newsline.runtime.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.app.Version;
import io.newsline.runtime.dlq.DeadLetterMetrics;
import io.newsline.runtime.dlq.DeadLetters;
import io.newsline.runtime.dlq.Outcome;
import io.newsline.runtime.metrics.RecordOutcomes;
import io.newsline.runtime.topics.TopicSpec;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.DeadLetter;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.codec.DecodingException;
import io.newsline.schemas.codec.RecordCodec;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Base of newsline's processors: reads its input as raw bytes, forwards results to named sinks with lineage
 * headers, and turns expected failures ({@link Outcome.Failed}) into {@link DeadLetter}s on the dead-letter sink,
 * so that every input record ends as an output or a dead letter. Counts records by outcome
 * ({@code newsline_records_total{app,outcome}}), dead letters ({@code newsline_dead_letters_total{stage,reason}})
 * and records processed again after an aborted transaction ({@code newsline_records_reprocessed_total{app}}).
 *
 * <p>Lineage headers on every output: {@code newsline.source.topic}, {@code newsline.source.partition},
 * {@code newsline.source.offset}, {@code newsline.app}, {@code newsline.app.version}.
 */
public abstract class RoutingProcessor<KIn> implements Processor<KIn, byte[], String, Object> {

    /** Name of the dead-letter sink every newsline topology has. */
    public static final String DEAD_LETTER_SINK = "dead-letters-sink";

    public static final String HEADER_SOURCE_TOPIC = "newsline.source.topic";
    public static final String HEADER_SOURCE_PARTITION = "newsline.source.partition";
    public static final String HEADER_SOURCE_OFFSET = "newsline.source.offset";
    public static final String HEADER_APP = "newsline.app";
    public static final String HEADER_APP_VERSION = "newsline.app.version";

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    protected final AppContext app;
    protected ProcessorContext<String, Object> context;
    private long clockStart = -1;
    private long cpuStart;
    private final RecordOutcomes outcomes;
    private final Map<DeadLetterReason, Counter> deadLetterCounters = new EnumMap<>(DeadLetterReason.class);

    private final String deadLetterChild;

    /** A processor in a Processor API topology: dead letters go to the {@value #DEAD_LETTER_SINK} child. */
    protected RoutingProcessor(AppContext app) {
        this(app, DEAD_LETTER_SINK);
    }

    /**
     * @param deadLetterChild the child that receives dead letters; null forwards them to every child (in a DSL
     *     topology, where the next node splits results from dead letters by type)
     */
    protected RoutingProcessor(AppContext app, String deadLetterChild) {
        this.app = app;
        this.deadLetterChild = deadLetterChild;
        this.outcomes = RecordOutcomes.forApp(app);
    }

    /** Adds the dead-letter sink of the app's deployment to a topology, fed by the given processors. */
    public static void addDeadLetterSink(Topology topology, AppContext app, String... parents) {
        TopicSpec<String, DeadLetter> deadLetters = app.topics().get(Topics.DEAD_LETTERS);
        topology.addSink(DEAD_LETTER_SINK, deadLetters.name(), deadLetters.keySerde().serializer(),
                deadLetters.valueSerde().serializer(), parents);
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
    }

    /**
     * Counts one input record by outcome (bounded values: ok, not-article, dead-letter, ...), and as reprocessed
     * when its offset was processed before (its first transaction aborted).
     */
    protected void count(String outcome) {
        outcomes.count(outcome);
        context.recordMetadata().ifPresent(m -> app.offsets().processed(m.topic(), m.partition(), m.offset()));
    }

    /**
     * Starts timing the record in hand: its outputs then carry {@code newsline.<stage>.micros} and
     * {@code newsline.<stage>.cpu.micros}, the wall and stream-thread CPU time from here to the output, so that a slow
     * record can be found by what it made (headers travel on with the record to the later stages).
     */
    protected void startClock() {
        clockStart = System.nanoTime();
        cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    /** The name of the header with the time this stage spent on a record: {@code newsline.<stage>.micros}. */
    public static String timeHeader(String stage, boolean cpu) {
        return "newsline." + stage + (cpu ? ".cpu.micros" : ".micros");
    }

    protected MeterRegistry meters() {
        return app.meters();
    }

    /** Forwards a result with lineage headers to a child (null: to every child). */
    protected void forward(Record<KIn, byte[]> input, String key, Object value, String child) {
        Record<String, Object> out = new Record<>(key, value, input.timestamp(), lineage(input.headers()));
        if (child == null) {
            context.forward(out);
        } else {
            context.forward(out, child);
        }
    }

    protected Headers lineage(Headers inputHeaders) {
        Headers headers = new RecordHeaders();
        if (inputHeaders != null) {
            inputHeaders.forEach(h -> {
                if (!h.key().startsWith("newsline.source.") && !h.key().startsWith("newsline.app")) {
                    headers.add(h);
                }
            });
        }
        context.recordMetadata().ifPresent(m -> {
            headers.add(HEADER_SOURCE_TOPIC, m.topic().getBytes(StandardCharsets.UTF_8));
            headers.add(HEADER_SOURCE_PARTITION, Integer.toString(m.partition()).getBytes(StandardCharsets.UTF_8));
            headers.add(HEADER_SOURCE_OFFSET, Long.toString(m.offset()).getBytes(StandardCharsets.UTF_8));
        });
        headers.add(HEADER_APP, app.applicationId().getBytes(StandardCharsets.UTF_8));
        headers.add(HEADER_APP_VERSION, Version.get().getBytes(StandardCharsets.UTF_8));
        if (clockStart >= 0) {
            String stage = app.deadLetters().stage().name().toLowerCase(java.util.Locale.ROOT);
            headers.remove(timeHeader(stage, false));
            headers.remove(timeHeader(stage, true));
            headers.add(timeHeader(stage, false), Long.toString((System.nanoTime() - clockStart) / 1_000)
                    .getBytes(StandardCharsets.US_ASCII));
            headers.add(timeHeader(stage, true), Long.toString((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000)
                    .getBytes(StandardCharsets.US_ASCII));
        }
        return headers;
    }

    /**
     * Decodes an input record of a newsline contract; when it does not decode, dead-letters it (unknown-schema or
     * undecodable) and returns null.
     */
    protected <T extends org.apache.avro.specific.SpecificRecord> T decodeOrDeadLetter(Record<KIn, byte[]> input,
                                                                                     RecordCodec<T> codec) {
        try {
            return codec.decode(input.value());
        } catch (DecodingException e) {
            deadLetter(input, new Outcome.Failed<>(e.kind() == DecodingException.Kind.UNKNOWN_SCHEMA
                    ? DeadLetterReason.UNKNOWN_SCHEMA : DeadLetterReason.UNDECODABLE, e.getMessage(), e,
                    input.key() == null ? null : input.key().toString(), null));
            return null;
        }
    }

    /** Sends the input record to the dead-letter topic with the failure's reason, and counts it. */
    protected void deadLetter(Record<KIn, byte[]> input, Outcome.Failed<?> failure) {
        RecordMetadata meta = context.recordMetadata().orElse(null);
        byte[] rawKey = input.key() == null ? null : input.key().toString().getBytes(StandardCharsets.UTF_8);
        DeadLetters.Origin origin = new DeadLetters.Origin(meta == null ? null : meta.topic(),
                meta == null ? -1 : meta.partition(), meta == null ? -1 : meta.offset(), rawKey, input.headers());
        DeadLetter letter = app.deadLetters().create(failure.reason(), failure.message(), failure.error(), origin,
                input.value(), failure.articleId(), failure.url());
        forward(input, DeadLetters.keyOf(rawKey, failure.reason()), letter, deadLetterChild);
        deadLetterCounters.computeIfAbsent(failure.reason(),
                r -> DeadLetterMetrics.counter(meters(), app.deadLetters().stage(), r)).increment();
        count("dead-letter");
    }
}
