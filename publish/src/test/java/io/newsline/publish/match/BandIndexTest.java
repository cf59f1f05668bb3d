package io.newsline.publish.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.publish.match.eval.Corpus;
import io.newsline.publish.match.eval.Corpus.DevPage;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BandIndexTest {

    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final InMemoryByteStore fingerprints = new InMemoryByteStore();
    private final InMemoryByteStore bands = new InMemoryByteStore();
    private final BandIndex index = new BandIndex(fingerprints, bands);

    private List<String> candidateIds(String articleId, String text) {
        return index.search(articleId, fingerprinter.fingerprint(text)).candidates().stream()
                .map(IndexedFingerprint::articleId).toList();
    }

    @Test
    void aCopyFindsItsOriginalAndANextDayStoryFindsNoneOfTheSeedsCopies() {
        for (DevPage page : Corpus.ownPages()) {
            index.add(page.file(), fingerprinter.fingerprint(page.text()), 1, null);
        }

        assertThat(candidateIds("query", Corpus.devText("seed-copy-edited.txt")))
                .contains("urdupoint-putin-myanmar-2025-03-05.txt");
        String seed = Corpus.devText("urdupoint-putin-myanmar-2025-03-05.txt");
        assertThat(candidateIds("urdupoint-putin-myanmar-2025-03-05.txt", seed))
                .as("the article itself is never its own candidate")
                .doesNotContain("urdupoint-putin-myanmar-2025-03-05.txt");
        IndexedFingerprint found = index.search("query", fingerprinter.fingerprint(seed)).candidates().stream()
                .filter(c -> c.articleId().equals("urdupoint-putin-myanmar-2025-03-05.txt")).findFirst().orElseThrow();
        assertThat(found.fingerprint()).isEqualTo(fingerprinter.fingerprint(seed));
        assertThat(found.eventTime()).isEqualTo(1);
    }

    @Test
    void aTextSharingALongSentenceIsACandidateEvenWhenItSharesNoMinHashBand() {
        String story = String.join("\n", SentenceAlignmentTest.STORY);
        index.add("story", fingerprinter.fingerprint(story), 1, null);
        // The governor's quote, then another outlet's own text: one of the story's first long sentences is shared.
        String excerpt = SentenceAlignmentTest.STORY.get(2) + "\nVolunteers from the mainland arrived by ferry with"
                + " generators, blankets and bottled water, and set up a kitchen in the harbour's car park.\nSchools"
                + " across the province will stay closed until engineers have inspected every classroom, the education"
                + " ministry announced in a short statement.";
        Fingerprint query = fingerprinter.fingerprint(excerpt);

        assertThat(query.bandKeys()).doesNotContainAnyElementsOf(fingerprinter.fingerprint(story).bandKeys());
        assertThat(candidateIds("excerpt", excerpt)).containsExactly("story");
    }

    @Test
    void aLostBandStoreIsRebuiltFromTheFingerprintsAsArrivalOrderBuiltIt() {
        List<Corpus.Article> articles = Corpus.articles().subList(0, 60);
        for (int i = 0; i < articles.size(); i++) {
            index.add(articles.get(i).id(), fingerprinter.fingerprint(articles.get(i).body()), 1000L + i, null);
        }
        // The same text again, later: it shares every bucket with the first.
        index.add("again", fingerprinter.fingerprint(articles.get(0).body()), 5000L, null);
        InMemoryByteStore lost = new InMemoryByteStore();
        BandIndex restored = new BandIndex(copyOf(fingerprints), lost);

        assertThat(restored.needsRebuild()).isTrue();
        assertThat(restored.rebuild()).isEqualTo(61);
        assertThat(restored.needsRebuild()).isFalse();
        assertThat(hex(lost)).isEqualTo(hex(bands));
    }

    @Test
    void aBucketKeepsTheMostRecentKeysUpToItsBound() {
        byte[] bucket = null;
        for (long key = 1; key <= BandIndex.MAX_PER_BAND + 6; key++) {
            bucket = BandIndex.withKey(bucket, key, k -> true);
        }
        ByteBuffer keys = ByteBuffer.wrap(bucket);

        assertThat(bucket).hasSize(BandIndex.MAX_PER_BAND * Long.BYTES);
        assertThat(keys.getLong(0)).isEqualTo(7);
        assertThat(keys.getLong(bucket.length - Long.BYTES)).isEqualTo(BandIndex.MAX_PER_BAND + 6);
        // Re-adding a key moves it to the end instead of repeating it; keys no longer kept leave.
        byte[] again = BandIndex.withKey(bucket, 7, k -> k != 8);
        assertThat(again).hasSize((BandIndex.MAX_PER_BAND - 1) * Long.BYTES);
        assertThat(ByteBuffer.wrap(again).getLong(0)).isEqualTo(9);
        assertThat(ByteBuffer.wrap(again).getLong(again.length - Long.BYTES)).isEqualTo(7);
    }

    @Test
    void expiredAndRemovedArticlesAreNoLongerCandidates() {
        String text = Corpus.articles().get(3).body();
        index.add("old", fingerprinter.fingerprint(text), 10, null);
        index.add("removed", fingerprinter.fingerprint(text), 60, null);
        index.add("recent", fingerprinter.fingerprint(text), 100, null);
        assertThat(candidateIds("query", text)).containsExactly("old", "removed", "recent");

        assertThat(index.expire(50)).isEqualTo(1);
        index.remove("removed");

        assertThat(candidateIds("query", text)).containsExactly("recent");
        // Writing the buckets again drops the keys whose fingerprints are gone.
        BandIndex.Search search = index.search("new", fingerprinter.fingerprint(text));
        index.add("new", fingerprinter.fingerprint(text), 200, search);
        Map<String, String> buckets = hex(bands);
        assertThat(buckets.values()).allSatisfy(keys -> assertThat(keys).hasSize(2 * 2 * Long.BYTES));
    }

    private static InMemoryByteStore copyOf(InMemoryByteStore store) {
        InMemoryByteStore copy = new InMemoryByteStore();
        store.forEach(copy::put);
        return copy;
    }

    private static Map<String, String> hex(ByteStore store) {
        Map<String, String> out = new TreeMap<>();
        store.forEach((k, v) -> out.put(Long.toHexString(k), java.util.HexFormat.of().formatHex(v)));
        return out;
    }
}
