package io.newsline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.lang.LanguageDetector;
import io.newsline.ingest.extract.lang.LanguageGuess;
import io.newsline.ingest.extract.lang.LanguageTags;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures metadata coverage on a folder of saved HTML pages ({@code .html} or {@code .html.gz}), and how often
 * language detection from text agrees with the language the markup declares. Skipped unless
 * {@code -Dnewsline.survey.pages=DIR} is given; prints one summary line per figure.
 */
class MetadataSurveyTest {

    @Test
    void surveyMetadataCoverage() throws IOException {
        String dir = System.getProperty("newsline.survey.pages");
        Assumptions.assumeTrue(dir != null, "set -Dnewsline.survey.pages=DIR to run the survey");
        List<Path> pages;
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            pages = s.filter(p -> p.toString().matches(".*\\.html?(\\.gz)?$")).sorted().toList();
        }
        assertThat(pages).isNotEmpty();
        ArticleExtractor extractor = ArticleExtractor.withDefaults(new ParagraphBodyExtractor());
        // The benchmark's ground-truth.json beside the html folder gives each page's real address.
        Path truth = Path.of(dir).resolveSibling("ground-truth.json");
        Map<String, String> urls = new java.util.HashMap<>();
        if (Files.exists(truth)) {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(truth.toFile()).fields()
                    .forEachRemaining(e -> urls.put(e.getKey(), e.getValue().path("url").asText()));
        }
        int n = 0;
        int title = 0;
        int published = 0;
        int publishedInstant = 0;
        int authors = 0;
        int language = 0;
        int canonical = 0;
        int image = 0;
        int declared = 0;
        int agree = 0;
        Map<String, Integer> disagreements = new TreeMap<>();
        LanguageDetector detector = LanguageDetector.bundled();
        for (Path p : pages) {
            byte[] bytes = Files.readAllBytes(p);
            String id = p.getFileName().toString().replaceFirst("\\.html?(\\.gz)?$", "");
            String url = urls.getOrDefault(id, "https://example.org/" + id);
            ExtractionResult r = extractor.extract(new PageInput(url, null,
                    "text/html", bytes, Map.of()));
            if (!(r instanceof ExtractionResult.Extracted e)) {
                continue;
            }
            ExtractedArticle a = e.article();
            n++;
            if (Boolean.getBoolean("newsline.survey.print")) {
                System.out.printf("page\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", p.getFileName().toString().substring(0, 12),
                        a.title(), a.authors(), a.publishedLocal(), a.publishedAt(), a.language(), a.section(),
                        a.siteName(), a.pageType());
            }
            title += a.title() != null ? 1 : 0;
            published += a.publishedLocal() != null ? 1 : 0;
            publishedInstant += a.publishedAt() != null ? 1 : 0;
            authors += a.authors().isEmpty() ? 0 : 1;
            language += a.language().equals("und") ? 0 : 1;
            canonical += a.canonicalUrl() != null ? 1 : 0;
            image += a.leadImageUrl() != null ? 1 : 0;
            // Detection alone, on the extracted text, against the html lang attribute.
            String lang = LanguageTags.normalise(Jsoup.parse(new String(bytes.length > 1 && (bytes[0] & 0xFF) == 0x1F
                    ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes() : bytes,
                    java.nio.charset.StandardCharsets.UTF_8)).select("html").attr("lang"));
            if (lang != null && a.text().length() >= 200) {
                declared++;
                LanguageGuess g = detector.detect(a.text());
                if (LanguageTags.primary(g.language()).equals(LanguageTags.primary(lang))) {
                    agree++;
                } else {
                    disagreements.merge(LanguageTags.primary(lang) + "->" + g.language(), 1, Integer::sum);
                }
            }
        }
        System.out.printf("survey pages=%d title=%.3f publishedLocal=%.3f publishedAt=%.3f authors=%.3f "
                        + "language=%.3f canonical=%.3f leadImage=%.3f%n", n, share(title, n), share(published, n),
                share(publishedInstant, n), share(authors, n), share(language, n), share(canonical, n), share(image, n));
        System.out.printf("survey language-detection agreement with html lang: %d/%d = %.3f; disagreements %s%n",
                agree, declared, share(agree, declared), disagreements);
    }

    private static double share(int k, int n) {
        return n == 0 ? 0 : (double) k / n;
    }
}
