package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.schemas.ids.ArticleIds;
import io.newsline.kafka.embedded.KafkaBroker;
import io.newsline.kafka.embedded.KafkaBrokerExtension;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.topics.TopicAdmin;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.PageType;
import io.newsline.schemas.RawPage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsline submit --warc} on a real broker: a CC-NEWS-shaped WARC built in the test becomes raw pages keyed by
 * URL with the capture time as record timestamp and {@code fetchedAt}, the skipped records are counted, and ingest
 * turns the pages into clean articles (the windows-1252 one read in its header's charset).
 */
@ExtendWith(KafkaBrokerExtension.class)
class WarcSubmitIT {

    @Test
    void aWarcBecomesRawPagesAtTheirCaptureTimeAndCleanArticles(KafkaBroker broker, @TempDir Path dir) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        NewslineConfig config = NewslineConfig.defaults().with(Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "topic.replication.factor", "1", "topic.min.insync.replicas", "1",
                "app.state.dir", dir.toString(), "http.port", "-1",
                "app.ingest.application.id", "warc-ingest-" + run));
        TopicAdmin.createAll(config);
        String title = "Council budget " + run;
        Path plain = WarcFixtures.write(dir.resolve("a.warc"), run, PipelineIT.uniquePage(run, title), false);
        Path gzip = WarcFixtures.write(dir.resolve("b.warc.gz"), run + "-gz", PipelineIT.uniquePage(run + "-gz",
                title), true);

        CommandOutput submit = CommandOutput.run("submit", "--bootstrap-servers", broker.bootstrapServers(),
                "--warc", plain.toString(), gzip.toString());
        assertThat(submit.exitCode()).as(submit.err()).isZero();
        assertThat(submit.err()).contains("submitted 4 pages, refused 0; WARC records skipped: "
                + "2 not-html, 2 request, 2 status-404, 2 warcinfo");

        List<String> urls = List.of(WarcFixtures.articleUrl(run), WarcFixtures.latinUrl(run),
                WarcFixtures.articleUrl(run + "-gz"), WarcFixtures.latinUrl(run + "-gz"));
        Map<String, ConsumerRecord<String, byte[]>> raw = new HashMap<>();
        try (TopicReader reader = new TopicReader(config, List.of(Topics.RAW_PAGES.name()), true)) {
            assertThat(reader.pollUntil(Duration.ofSeconds(60), r -> {
                if (urls.contains(r.key())) {
                    raw.put(r.key(), r);
                }
            }, () -> raw.size() == urls.size())).as("raw pages %s", raw.keySet()).isTrue();
        }
        for (String url : urls) {
            ConsumerRecord<String, byte[]> r = raw.get(url);
            RawPage page = (RawPage) TopicReader.decode(r.topic(), r.value());
            java.time.Instant captured = url.contains("zeitung") ? WarcFixtures.LATIN_CAPTURED
                    : WarcFixtures.ARTICLE_CAPTURED;
            assertThat(page.getUrl()).isEqualTo(url);
            assertThat(page.getFetchedAt()).isEqualTo(captured);
            assertThat(r.timestamp()).as("record timestamp of %s", url).isEqualTo(captured.toEpochMilli());
        }

        Map<String, CleanArticle> clean = new HashMap<>();
        try (Pipeline ingest = new Pipeline(Pipeline.definitions("ingest"), config).start();
             TopicReader reader = new TopicReader(config, List.of(Topics.CLEAN_ARTICLES.name()), true)) {
            ingest.awaitRunning(Duration.ofMinutes(2));
            assertThat(reader.pollUntil(Duration.ofMinutes(2), r -> {
                if (TopicReader.decode(r.topic(), r.value()) instanceof CleanArticle a && urls.contains(a.getUrl())) {
                    clean.put(a.getUrl(), a);
                }
            }, () -> clean.size() == urls.size())).as("clean articles %s", clean.keySet()).isTrue();
        }
        CleanArticle article = clean.get(WarcFixtures.articleUrl(run));
        assertThat(article.getArticleId()).isEqualTo(ArticleIds.of(WarcFixtures.articleUrl(run)));
        assertThat(article.getPageType()).isEqualTo(PageType.ARTICLE);
        assertThat(article.getTitle()).isEqualTo(title);
        assertThat(article.getText()).contains("The " + run + " report said");
        assertThat(article.getFetchedAt()).isEqualTo(WarcFixtures.ARTICLE_CAPTURED);
        CleanArticle latin = clean.get(WarcFixtures.latinUrl(run));
        assertThat(latin.getTitle()).isEqualTo("Zürich cafés and the crème brûlée tariff");
        assertThat(latin.getText()).contains(WarcFixtures.LATIN_TEXT);
    }
}
