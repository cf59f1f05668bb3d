package io.newsline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.body.MainTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Hostile pages: what the work budget keeps, what it marks, and what it refuses. Speed is measured in the bench. */
class PageBudgetTest {

    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults(new MainTextExtractor());
    private static final String STORY = "<p>The city council approved the new budget on Tuesday evening after a long "
            + "debate about school repairs and bus routes across the northern districts.</p><p>The mayor said the "
            + "plan would keep taxes flat for a second year while adding money for roads and libraries.</p>";

    private static ExtractionResult extract(String html) {
        return extract(html.getBytes(StandardCharsets.UTF_8));
    }

    private static ExtractionResult extract(byte[] body) {
        return EXTRACTOR.extract(new PageInput("https://news.example/story", null, "text/html; charset=utf-8", body,
                Map.of()));
    }

    @Test
    void threeHundredThousandUnclosedCellsAroundAStoryKeepTheStoryAndSayTheTreeWasCapped() {
        String html = "<html><body>" + "<td><table><tr>".repeat(300_000) + "<article>" + STORY + "</article>";
        assertThat(html.length()).isLessThan(5 * 1024 * 1024);
        ExtractionResult result = extract(html);
        assertThat(result).isInstanceOfSatisfying(ExtractionResult.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(FailureReason.TOO_COMPLEX);
            assertThat(f.message()).contains("elements");
        });
    }

    @Test
    void aStoryInsideDeepNestingWithinTheBudgetComesOutMarkedDepth() {
        String html = "<html><body>" + "<div>".repeat(2_000) + STORY + "</body></html>";
        ExtractionResult.Extracted e = (ExtractionResult.Extracted) extract(html);
        assertThat(e.article().pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(e.article().text()).contains("approved the new budget", "libraries.");
        assertThat(e.lineage().truncated()).containsExactly("depth");
    }

    @Test
    void aStoryBeforeMillionsOfTagsComesOutFromWhatFits() {
        String html = "<html><body><article>" + STORY + "</article>" + "<div class=nav><a href=/x>Home</a></div>".repeat(100_000);
        ExtractionResult.Extracted e = (ExtractionResult.Extracted) extract(html);
        assertThat(e.article().pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(e.article().text()).contains("approved the new budget");
        assertThat(e.lineage().truncated()).contains("elements");
    }

    @Test
    void aPageOfOneHugeTokenIsNoArticle() {
        ExtractedArticle a = GoldenPages.extracted(extract("<html><body><p>" + "x".repeat(1_000_000) + "</p>"));
        assertThat(a.pageType()).isEqualTo(PageType.NOT_ARTICLE);
        assertThat(a.pageTypeReason()).isEqualTo("not-prose: no words");
        String cyrillic = "ж".repeat(300_000);
        assertThat(GoldenPages.extracted(extract("<p>" + cyrillic + "</p>")).pageTypeReason())
                .isEqualTo("not-prose: no words");
    }

    @Test
    void hexAndSymbolSoupIsNoArticle() {
        Random random = new Random(3);
        StringBuilder hex = new StringBuilder("<p>");
        StringBuilder symbols = new StringBuilder("<p>");
        for (int i = 0; i < 20_000; i++) {
            hex.append("0123456789abcdef".charAt(random.nextInt(16)));
            symbols.append("#$%&*+=<>@^|~{}[]/\\".charAt(random.nextInt(19))).append(i % 7 == 0 ? " " : "");
        }
        assertThat(GoldenPages.extracted(extract(hex.toString())).pageTypeReason()).startsWith("not-prose");
        assertThat(GoldenPages.extracted(extract(symbols.toString().replace("<>", ""))).pageTypeReason())
                .startsWith("not-prose");
    }

    @Test
    void proseInScriptsWithoutSpacesIsStillProse() {
        String japanese = "<p>" + "市議会は火曜日の夜、学校の修繕とバス路線をめぐる長い議論の末に新しい予算案を可決した。".repeat(12) + "</p>";
        ExtractedArticle a = GoldenPages.extracted(extract(japanese + japanese));
        assertThat(a.pageTypeReason()).isNull();
    }

    @Test
    void gzipInsideGzipIsUndecodable() throws IOException {
        byte[] once = gzip(("<html><body>" + STORY).getBytes(StandardCharsets.UTF_8));
        assertThat(extract(once)).isInstanceOf(ExtractionResult.Extracted.class);
        assertThat(extract(gzip(once))).isInstanceOfSatisfying(ExtractionResult.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(FailureReason.UNDECODABLE);
            assertThat(f.message()).contains("gzip inside gzip");
        });
        byte[] notGzip = new byte[4096];
        new Random(1).nextBytes(notGzip);
        notGzip[0] = 0x1F;
        notGzip[1] = (byte) 0x8B;
        assertThat(extract(notGzip)).isInstanceOfSatisfying(ExtractionResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(FailureReason.UNDECODABLE));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
