package io.newsline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsline.ingest.extract.wire.CreditFinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The syndication development sets (third-party page text), read at run time from {@code ../shared/fixtures} beside
 * the repository, or from the folder {@code NEWSLINE_SHARED} names; skipped when neither is there. Nothing of them is
 * copied into the repository. The whole-pipeline figures come from {@code scripts/eval-syndication.sh}.
 */
class SyndicationDevSetsTest {

    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults(new ParagraphBodyExtractor());
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i).*[>»›].*|^(source|published|updated|posted|your location|you are here|home)\\b.*");

    record Row(String file, String group, String kind, String url, String agency) {
    }

    private static Path sets() {
        return GoldenPages.sharedFixtures("syndication-dev2");
    }

    private static List<Row> rows(String set) throws IOException {
        Path dir = sets();
        assumeTrue(dir != null, "../shared/fixtures is absent (set NEWSLINE_SHARED): the development sets are read "
                + "from there at run time, never copied into the repository");
        List<Row> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve(set).resolve("CLUSTERS.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = (line + "\t ").split("\t");
            if (!c[0].isBlank() && !c[0].startsWith("../")) {
                out.add(new Row(c[0], c[1], c[2], c[3], c.length > 4 ? c[4].strip() : ""));
            }
        }
        return out;
    }

    private static ExtractedArticle extract(String set, Row row) throws IOException {
        String text = Files.readString(sets().resolve(set).resolve(row.file()), StandardCharsets.UTF_8);
        if (text.startsWith("url: ")) {
            text = text.split("\n", 3)[2];
        }
        return GoldenPages.extracted(EXTRACTOR.extract(new PageInput(row.url(), null, "text/plain; charset=utf-8",
                text.getBytes(StandardCharsets.UTF_8), Map.of())));
    }

    @Test
    void navigationOnlyCapturesAndSectionIndexesAreNotArticles() throws IOException {
        for (String set : List.of("syndication-dev", "syndication-dev2")) {
            for (Row row : rows(set)) {
                if (row.kind().equals("not-article")) {
                    ExtractedArticle a = extract(set, row);
                    assertThat(a.pageType()).as(row.file()).isEqualTo(PageType.NOT_ARTICLE);
                    assertThat(a.pageTypeReason()).as(row.file()).isNotNull();
                }
            }
        }
    }

    @Test
    void noTitleIsPageFurniture() throws IOException {
        for (String set : List.of("syndication-dev", "syndication-dev2")) {
            for (Row row : rows(set)) {
                ExtractedArticle a = extract(set, row);
                if (a.title() != null) {
                    assertThat(a.title()).as(row.file()).doesNotMatch(FURNITURE);
                }
            }
        }
    }

    @Test
    void aPagesOwnCreditNamesItsWireAgency() throws IOException {
        int credited = 0;
        for (Row row : rows("syndication-dev2")) {
            ExtractedArticle a = extract("syndication-dev2", row);
            if (row.agency().isEmpty() || a.credits().isEmpty()
                    || a.credits().get(0).kind().compareTo(CreditFinder.Kind.CLOSING) > 0) {
                continue;
            }
            credited++;
            assertThat(a.credits().get(0).agency()).as(row.file()).isEqualToIgnoringCase(row.agency());
        }
        assertThat(credited).isGreaterThanOrEqualTo(10);
    }
}
