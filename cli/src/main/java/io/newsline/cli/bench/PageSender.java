package io.newsline.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.runtime.topics.Topics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The crawler's stand-in: sends raw pages to the raw topic and notes when each one left, for the page-to-decision
 * latency. Owns the producer it is given. Thread-safe for one sender and any number of readers of {@link #sentAt}.
 */
final class PageSender implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, Long> sent = new ConcurrentHashMap<>();

    PageSender(KafkaProducer<String, byte[]> producer) {
        this.producer = producer;
    }

    /** A raw page with its URL and article id worked out before any clock starts. */
    record Addressed(String url, String articleId, byte[] json) {}

    static List<Addressed> addressed(List<byte[]> pages) throws IOException {
        List<Addressed> out = new ArrayList<>();
        for (byte[] page : pages) {
            String url = (String) JSON.readValue(page, Map.class).get("url");
            out.add(new Addressed(url, io.newsline.schemas.ids.ArticleIds.of(url), page));
        }
        return out;
    }

    /** Sends the pages (at {@code perSecond}, or as fast as possible when 0), noting each one's send time. */
    List<String> send(List<Addressed> pages, double perSecond) throws Exception {
        List<String> ids = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            if (perSecond > 0) {
                long due = start + (long) (i * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            Addressed page = pages.get(i);
            sent.put(page.articleId(), System.nanoTime());
            ids.add(page.articleId());
            producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), page.url(), page.json()));
            if (perSecond > 0) {
                producer.flush();
            }
        }
        producer.flush();
        return ids;
    }

    /** When the article's page was sent (System.nanoTime()), or null when it was not sent by this sender. */
    Long sentAt(String articleId) {
        return sent.get(articleId);
    }

    @Override
    public void close() {
        producer.close();
    }
}
