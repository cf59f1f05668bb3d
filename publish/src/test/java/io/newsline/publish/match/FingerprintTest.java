package io.newsline.publish.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.publish.match.eval.Corpus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final Fingerprint seed = fingerprinter.fingerprint(Corpus.devText("urdupoint-putin-myanmar-2025-03-05.txt"));

    @Test
    void bytesRoundTripToAnEqualFingerprintWithTheSameBandKeys() {
        byte[] bytes = seed.toBytes();

        Fingerprint read = Fingerprint.fromBytes(bytes);

        assertThat(read).isEqualTo(seed);
        assertThat(read.bandKeys()).isEqualTo(seed.bandKeys());
        assertThat(read.schemeVersion()).isEqualTo(MatchScheme.V1.version());
        assertThat(bytes).hasSize(9 + 2 * (MatchScheme.V1.bins() + MatchScheme.V1.leadBins())
                + 2 + 7 * seed.sentences().size());
    }

    @Test
    void bandKeysRoundTripThroughBytesAndCountOnePerBand() {
        assertThat(seed.bandKeys()).hasSize(MatchScheme.V1.bands());
        for (BandKey key : seed.bandKeys()) {
            assertThat(BandKey.fromBytes(key.toBytes())).isEqualTo(key);
        }
        assertThat(seed.bandKeys().stream().map(BandKey::hash).distinct()).hasSize(MatchScheme.V1.bands());
    }

    @Test
    void anEmptyTextHasAnEmptyFingerprintAndNoBandKeys() {
        Fingerprint empty = fingerprinter.fingerprint("");

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.bandKeys()).isEmpty();
        assertThat(Fingerprint.fromBytes(empty.toBytes())).isEqualTo(empty);
    }

    @Test
    void bytesThatAreNotAFingerprintAreRejected() {
        byte[] bytes = seed.toBytes();

        assertThatThrownBy(() -> Fingerprint.fromBytes(Arrays.copyOf(bytes, bytes.length - 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fingerprint.fromBytes(new byte[3])).isInstanceOf(IllegalArgumentException.class);
        byte[] noVersion = bytes.clone();
        noVersion[0] = 0;
        assertThatThrownBy(() -> Fingerprint.fromBytes(noVersion)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fingerprintingIsDeterministicAcrossInstances() {
        Fingerprint again = new Fingerprinter().fingerprint(Corpus.devText("urdupoint-putin-myanmar-2025-03-05.txt"));

        assertThat(again).isEqualTo(seed);
        assertThat(again.toBytes()).isEqualTo(seed.toBytes());
    }
}
