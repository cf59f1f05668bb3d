package io.newsline.publish.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.publish.match.eval.Corpus;
import io.newsline.publish.match.eval.Corpus.DevPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FingerprintIndexTest {

    private final Fingerprinter fingerprinter = new Fingerprinter();

    @Test
    void eachCopyFindsAnArticleOfItsOwnGroupAndNoOtherGroup() {
        FingerprintIndex index = new FingerprintIndex(MatchScheme.V1, new Matcher(), 4);
        List<DevPage> added = new ArrayList<>();
        for (DevPage page : Corpus.devPages()) {
            Optional<IndexedMatch> match = index.bestMatch(fingerprinter.fingerprint(page.text()));
            match.ifPresent(m -> assertThat(added.get(m.ordinal()).group()).as(page.file()).isEqualTo(page.group()));
            assertThat(index.add(fingerprinter.fingerprint(page.text()))).isEqualTo(added.size());
            added.add(page);
        }
        Fingerprint copy = fingerprinter.fingerprint(Corpus.devText("seed-copy-edited.txt"));
        IndexedMatch match = index.bestMatch(copy).orElseThrow();

        assertThat(added.get(match.ordinal()).file()).isEqualTo("urdupoint-putin-myanmar-2025-03-05.txt");
        assertThat(match.verdict().relation().isCopy()).isTrue();
        assertThat(index.bestMatch(fingerprinter.fingerprint(Corpus.devText("seed-next-day-afp.txt")))).isEmpty();
    }

    @Test
    void theIndexGrowsPastItsExpectedSizeAndKeepsEveryFingerprint() {
        FingerprintIndex index = new FingerprintIndex(MatchScheme.V1, new Matcher(), 1);
        List<Fingerprint> fingerprints = new ArrayList<>();
        for (Corpus.Article article : Corpus.articles().subList(0, 60)) {
            Fingerprint fingerprint = fingerprinter.fingerprint(article.body());
            fingerprints.add(fingerprint);
            index.add(fingerprint);
        }

        assertThat(index.size()).isEqualTo(60);
        for (int i = 0; i < fingerprints.size(); i++) {
            assertThat(index.get(i)).isEqualTo(fingerprints.get(i));
            if (fingerprints.get(i).shingleCount() >= MatchThresholds.DEFAULT.minShingles()) {
                assertThat(index.candidates(fingerprints.get(i))).contains(i);
            }
        }
    }

    @Test
    void aFingerprintOfAnotherSchemeIsRejected() {
        MatchScheme v1 = MatchScheme.V1;
        MatchScheme other = new MatchScheme(9, 3, 5, 128, 3, 96, 16, 2);
        FingerprintIndex index = new FingerprintIndex(v1, new Matcher(), 4);

        assertThatThrownBy(() -> index.add(new Fingerprinter(other).fingerprint("a b c d e f")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
