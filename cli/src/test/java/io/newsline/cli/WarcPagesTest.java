package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.runtime.dlq.Outcome;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.RawPage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcPagesTest {

    static final String HTML = "<html><head><title>Budget</title></head><body><p>The council budget.</p></body></html>";

    @TempDir
    Path dir;

    static byte[] bytes(RawPage page) {
        return DlqCommand.bytes(page.getBody());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void htmlResponsesWithStatus200BecomePagesAndEveryOtherRecordIsCountedByReason(boolean gzip) throws Exception {
        Path warc = WarcFixtures.write(dir.resolve(gzip ? "cc-news.warc.gz" : "cc-news.warc"), "t1", HTML, gzip);
        WarcPages reader = new WarcPages(1 << 20);
        List<PageFiles.Input> inputs = new ArrayList<>();
        reader.read(warc, inputs::add);

        assertThat(inputs).hasSize(2).allSatisfy(i -> assertThat(i.page()).isInstanceOf(Outcome.Ok.class));
        RawPage article = ((Outcome.Ok<RawPage>) inputs.get(0).page()).value();
        assertThat(article.getUrl()).isEqualTo(WarcFixtures.articleUrl("t1"));
        assertThat(article.getFetchedAt()).isEqualTo(WarcFixtures.ARTICLE_CAPTURED);
        assertThat(article.getContentType()).isEqualTo("text/html;charset=utf-8");
        assertThat(article.getHttpStatus()).isEqualTo(200);
        assertThat(new String(bytes(article), StandardCharsets.UTF_8)).isEqualTo(HTML);
        assertThat(article.getSource()).startsWith("warc:cc-news.warc");

        RawPage latin = ((Outcome.Ok<RawPage>) inputs.get(1).page()).value();
        assertThat(latin.getFetchedAt()).isEqualTo(WarcFixtures.LATIN_CAPTURED);
        assertThat(latin.getHeaders()).containsEntry("content-type", "text/html;charset=windows-1252")
                .containsEntry("server", "test").doesNotContainKey("content-length");
        assertThat(bytes(latin)).as("body bytes as captured, not re-encoded")
                .isEqualTo(WarcFixtures.latinHtml().getBytes(Charset.forName("windows-1252")));

        assertThat(reader.skipped()).isEqualTo(Map.of("warcinfo", 1, "request", 1, "status-404", 1, "not-html", 1));
        assertThat(WarcPages.describe(reader.skipped())).isEqualTo("1 not-html, 1 request, 1 status-404, 1 warcinfo");
    }

    @Test
    void aBodyAboveTheLimitIsRefusedNotRead() throws Exception {
        Path warc = WarcFixtures.write(dir.resolve("big.warc.gz"), "t2", HTML, true);
        List<PageFiles.Input> inputs = new ArrayList<>();
        new WarcPages(HTML.length() - 1).read(warc, inputs::add);
        assertThat(inputs.get(0).page()).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(DeadLetterReason.OVERSIZE);
            assertThat(f.message()).contains("larger than " + (HTML.length() - 1));
        });
    }

    @Test
    void htmlIsTextHtmlOrXhtmlWithAnyParameters() {
        assertThat(WarcPages.isHtml("text/html")).isTrue();
        assertThat(WarcPages.isHtml("TEXT/HTML; charset=ISO-8859-1")).isTrue();
        assertThat(WarcPages.isHtml("application/xhtml+xml")).isTrue();
        assertThat(WarcPages.isHtml("image/jpeg")).isFalse();
        assertThat(WarcPages.isHtml("application/pdf")).isFalse();
        assertThat(WarcPages.isHtml(null)).isFalse();
    }
}
