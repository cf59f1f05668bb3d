package io.newsline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.body.MainTextExtractor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Soft hyphens (U+00AD), hyphenation hints that German and Dutch pages put inside long words, are left out of every
 * text an article carries, so that words match downstream whatever path the page took.
 */
class SoftHyphenTest {

    private static final String SHY = "\u00ad";
    private static final String WORD = "Bundes" + SHY + "verfassungs" + SHY + "gericht";
    private static final String SENTENCE = "Das " + WORD + " hat am Dienstag über die Klage entschieden, die mehrere"
            + " Länder im vergangenen Jahr eingereicht hatten.";

    private static ExtractedArticle extract(String contentType, String page) {
        ArticleExtractor extractor = ArticleExtractor.withDefaults(new MainTextExtractor());
        return GoldenPages.extracted(extractor.extract(new PageInput("https://nachrichten.example/urteil", null,
                contentType, page.getBytes(StandardCharsets.UTF_8), Map.of())));
    }

    @Test
    void anHtmlPageLosesItsSoftHyphensInTitleSubtitleAndText() {
        String html = "<html lang=de><head><title>Urteil aus Karlsruhe: " + WORD + " entscheidet</title>"
                + "<meta name=description content=\"Das " + WORD + " hat entschieden.\"></head><body><article>"
                + "<h1>Urteil aus Karlsruhe: " + WORD + " entscheidet</h1><p>" + SENTENCE + "</p><p>" + SENTENCE
                + "</p><p>" + SENTENCE + "</p></article></body></html>";

        ExtractedArticle article = extract("text/html; charset=utf-8", html);

        assertThat(article.text()).contains("Bundesverfassungsgericht").doesNotContain(SHY);
        assertThat(article.title()).contains("Bundesverfassungsgericht").doesNotContain(SHY);
        assertThat(article.subtitle()).isNotNull().contains("Bundesverfassungsgericht").doesNotContain(SHY);
    }

    @Test
    void aPlainTextPageLosesItsSoftHyphens() {
        String text = "Urteil aus Karlsruhe\n\n" + SENTENCE + "\n\n" + SENTENCE + "\n\n" + SENTENCE + "\n";

        ExtractedArticle article = extract("text/plain; charset=utf-8", text);

        assertThat(article.text()).contains("Bundesverfassungsgericht").doesNotContain(SHY);
    }
}
