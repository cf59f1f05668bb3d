package io.newsline.cli.bench;

import io.newsline.cli.TopicReader;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads decisions (read_committed) on its own thread and notes each page's send-to-decision time. */
final class DecisionWatcher implements AutoCloseable {
    final Map<String, Long> latencies = new ConcurrentHashMap<>();
    /** When each article's decision arrived, System.nanoTime(). */
    final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final Arrivals seen = new Arrivals();
    private final Thread thread;
    private volatile boolean running = true;
    private final PageSender sender;

    /** Starts reading decisions; send times come from {@code sender}. */
    DecisionWatcher(NewslineConfig config, PageSender sender) {
        this.sender = sender;
        thread = new Thread(() -> {
            try (TopicReader reader = new TopicReader(config, List.of(Topics.DECISIONS.name()), true)) {
                while (running) {
                    if (reader.poll(Duration.ofMillis(20), this::record) > 0) {
                        seen.signal();
                    }
                }
            }
        }, "bench-decisions");
        thread.setDaemon(true);
        thread.start();
    }

    private void record(ConsumerRecord<String, byte[]> r) {
        long now = System.nanoTime();
        if (TopicReader.decode(r.topic(), r.value()) instanceof ArticleDecision d) {
            Long sent = sender.sentAt(d.getArticleId());
            if (sent != null) {
                latencies.putIfAbsent(d.getArticleId(), (now - sent) / 1_000_000);
            }
            arrivals.putIfAbsent(d.getArticleId(), now);
            seen.add(d.getArticleId());
        }
    }

    boolean await(List<String> ids, Duration timeout) throws InterruptedException {
        return seen.await(ids, timeout);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
