package io.newsline.publish.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.publish.match.eval.Corpus;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatcherTest {

    private static final String SEED = "urdupoint-putin-myanmar-2025-03-05.txt";

    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final Matcher matcher = new Matcher();

    private Fingerprint page(String file) {
        return fingerprinter.fingerprint(Corpus.devText(file));
    }

    private MatchVerdict verify(String a, String b) {
        return matcher.verify(page(a), page(b));
    }

    /** Pages of the real dev set, read from ../shared at run time; skipped when it is absent. */
    private MatchVerdict verifyShared(String a, String b) {
        return matcher.verify(fingerprinter.fingerprint(Corpus.sharedDevText(a)),
                fingerprinter.fingerprint(Corpus.sharedDevText(b)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-copy-afp-wire.txt", "seed-copy-edited.txt", "seed-copy-truncated.txt"})
    void editedCopiesOfTheSeedAreCopies(String copy) {
        MatchVerdict verdict = verify(SEED, copy);

        assertThat(verdict.relation().isCopy()).as(verdict.toString()).isTrue();
        assertThat(matcher.verify(page(copy), page(SEED))).isEqualTo(verdict);
    }

    @Test
    void aCopyKeepingHalfTheParagraphsIsATruncatedCopyByContainment() {
        MatchVerdict verdict = verify(SEED, "seed-copy-truncated.txt");

        assertThat(verdict.relation()).isEqualTo(Relation.TRUNCATED_COPY);
        assertThat(verdict.resemblance()).isLessThan(0.7);
        assertThat(verdict.containment()).isGreaterThan(0.9);
    }

    @Test
    void truncationAtEachParagraphFromTheThirdIsStillACopy() {
        List<String> paragraphs = Corpus.devText(SEED).lines().filter(l -> l.split(" ").length >= 12).toList();
        Fingerprint whole = fingerprinter.fingerprint(String.join("\n", paragraphs));
        for (int keep = 3; keep < paragraphs.size(); keep++) {
            Fingerprint cut = fingerprinter.fingerprint(String.join("\n", paragraphs.subList(0, keep)));
            assertThat(matcher.verify(whole, cut).relation().isCopy()).as("first %d paragraphs", keep).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"synthetic-independent-report.txt", "seed-next-day-afp.txt"})
    void anIndependentReportOfTheSameMeetingAndTheAgencysNextDayStoryStayApart(String other) {
        for (String seedLike : List.of(SEED, "seed-copy-afp-wire.txt", "seed-copy-truncated.txt")) {
            MatchVerdict verdict = verify(seedLike, other);
            assertThat(verdict.relation()).as(seedLike + " vs " + other + ": " + verdict).isEqualTo(Relation.NONE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"indep_ap_stripes_putin_myanmar_talks.txt", "indep_ap_latestly_putin_myanmar_talks.txt",
        "indep_rfa_putin_myanmar.txt", "unrelated_nhk_2022_junta_meets_putin.txt",
        "cluster_afp_vladivostok2022_arabnews.txt", "cluster_afp_vladivostok2022_sureanot.txt"})
    void realIndependentReportsOfTheSameMeetingStayApart(String other) {
        for (String seedLike : List.of(SEED, "seed-copy-afp-wire.txt", "seed-copy-truncated.txt")) {
            MatchVerdict verdict = matcher.verify(page(seedLike), fingerprinter.fingerprint(Corpus.sharedDevText(other)));
            assertThat(verdict.relation()).as(seedLike + " vs " + other + ": " + verdict).isEqualTo(Relation.NONE);
        }
    }

    @Test
    void copiesOfOneStoryUnderOtherHeadlinesAndFurnitureMatch() {
        for (String copy : List.of("synthetic-velora-tageblatt.txt", "synthetic-velora-truncated.txt")) {
            MatchVerdict verdict = verify("synthetic-velora-business.txt", copy);
            assertThat(verdict.relation().isCopy()).as(copy + ": " + verdict).isTrue();
        }
    }

    @Test
    void aCopyWithInsertedCurrencyConversionsAndDatesMatches() {
        MatchVerdict verdict = verifyShared("cluster_afp_prada_fortune.txt", "cluster_afp_prada_thestar.txt");

        assertThat(verdict.relation().isCopy()).as(verdict.toString()).isTrue();
    }

    @Test
    void copiesInTheDevSetWithLightEditsMatch() {
        assertThat(verifyShared("cluster_afp_prada_fortune.txt", "cluster_afp_prada_berlinertageblatt.txt").relation()
                .isCopy()).isTrue();
        assertThat(verifyShared("cluster_afp_vladivostok2022_arabnews.txt", "cluster_afp_vladivostok2022_sureanot.txt")
                .relation().isCopy()).isTrue();
    }

    @Test
    void theNavigationOnlyPagesMatchNoArticle() {
        List<Corpus.DevPage> pages = Corpus.ownAndDevPages();
        List<Corpus.DevPage> navigation = pages.stream().filter(p -> p.kind().equals("not-article")).toList();
        assertThat(navigation).isNotEmpty();
        for (Corpus.DevPage nav : navigation) {
            for (Corpus.DevPage page : pages) {
                if (!page.kind().equals("not-article")) {
                    assertThat(matcher.verify(fingerprinter.fingerprint(nav.text()), fingerprinter.fingerprint(page.text()))
                            .relation()).as(nav.file() + " vs " + page.file()).isEqualTo(Relation.NONE);
                }
            }
        }
    }

    @Test
    void aSwappedCreditAndDatelineDoNotMatter() {
        String body = String.join("\n", Corpus.devText("seed-copy-afp-wire.txt").lines().skip(3).toList());
        Fingerprint afp = fingerprinter.fingerprint("MOSCOW (AFP) - " + body, null, null, "By AFP");
        Fingerprint app = fingerprinter.fingerprint(
                "Moscow, (APP - UrduPoint / Pakistan Point News - 5th Mar, 2025) " + body, null, null, "APP");

        MatchVerdict verdict = matcher.verify(afp, app);

        assertThat(verdict.relation()).isEqualTo(Relation.COPY);
        assertThat(verdict.resemblance()).isGreaterThan(0.95);
    }

    @Test
    void fingerprintsOfDifferentSchemesAreNeverCompared() {
        MatchScheme v1 = MatchScheme.V1;
        MatchScheme v2 = new MatchScheme(2, v1.wordShingleSize(), v1.charShingleSize(), v1.bins(), v1.rowsPerBand(),
                v1.leadShingles(), v1.leadBins(), v1.leadRowsPerBand());
        String text = Corpus.devText(SEED);
        Fingerprint old = new Fingerprinter(v1).fingerprint(text);
        Fingerprint current = new Fingerprinter(v2).fingerprint(text);

        assertThat(matcher.verify(old, current).rule()).isEqualTo("scheme-mismatch");
        assertThat(matcher.verify(old, current).relation()).isEqualTo(Relation.NONE);
        assertThat(old.bandKeys()).doesNotContainAnyElementsOf(current.bandKeys());
        assertThat(Arrays.equals(old.toBytes(), current.toBytes())).isFalse();
    }

    @Test
    void verificationIsSymmetricEvenForTextsOfEqualLength() {
        String text = Corpus.devText("seed-copy-afp-wire.txt");
        Fingerprint a = fingerprinter.fingerprint(text.replace("Tuesday", "Monday"));
        Fingerprint b = fingerprinter.fingerprint(text.replace("Putin", "Medvedev"));

        assertThat(a.shingleCount()).isEqualTo(b.shingleCount());
        assertThat(matcher.verify(a, b)).isEqualTo(matcher.verify(b, a));
    }

    @Test
    void tooShortTextsAreNeverCopies() {
        Fingerprint a = fingerprinter.fingerprint("Putin hails Myanmar ties as junta chief visits Moscow today.");

        MatchVerdict verdict = matcher.verify(a, a);

        assertThat(verdict.relation()).isEqualTo(Relation.NONE);
        assertThat(verdict.rule()).isEqualTo("too-short");
    }
}
