package io.newsline.publish.match;

/**
 * Decides whether two fingerprinted texts are copies, from the two fingerprints alone.
 *
 * <p>For each bin both fingerprints hold, the smaller of the two minima is the minimum of the union of the two
 * shingle sets in that bin, and says where that shingle lies: in both texts (equal minima), only in the first, or
 * only in the second. Counting the three cases over the bins estimates, without any set sizes, both the
 * resemblance {@code |A∩B| / |A∪B|} and the containment of the smaller text {@code |A∩B| / |A|}. A copy that
 * drops half the paragraphs has resemblance near 0.5 but containment near 1, and is still called a copy.
 *
 * <p>When those estimates make no copy, the texts' first sentences decide ({@link SentenceAlignment}, rule
 * {@code aligned-sentences}): a run of the same sentences from both ledes, most of its words in sentences whose
 * figures agree, is a copy however short the excerpt or however many figures and days changed elsewhere. The same
 * alignment vetoes a MinHash copy whose ledes share their sentences but mostly not their figures (rule
 * {@code figures-differ}): two bulletins of one template (quake reports, market closes) are different stories.
 *
 * <p>Immutable and thread-safe.
 */
public final class Matcher {

    private final MatchThresholds thresholds;
    private final SentenceThresholds sentenceThresholds;

    /** A matcher with {@link MatchThresholds#DEFAULT} and {@link SentenceThresholds#DEFAULT}. */
    public Matcher() {
        this(MatchThresholds.DEFAULT);
    }

    /** A matcher with these MinHash thresholds and {@link SentenceThresholds#DEFAULT}. */
    public Matcher(MatchThresholds thresholds) {
        this(thresholds, SentenceThresholds.DEFAULT);
    }

    public Matcher(MatchThresholds thresholds, SentenceThresholds sentenceThresholds) {
        this.thresholds = thresholds;
        this.sentenceThresholds = sentenceThresholds;
    }

    /** @return the thresholds of the aligned-sentence rule */
    public SentenceThresholds sentenceThresholds() {
        return sentenceThresholds;
    }

    /** @return the thresholds this matcher decides with */
    public MatchThresholds thresholds() {
        return thresholds;
    }

    /**
     * Verifies one candidate pair. Symmetric: {@code verify(a, b)} and {@code verify(b, a)} agree.
     *
     * @return the relation, both estimates and the deciding rule
     */
    public MatchVerdict verify(Fingerprint a, Fingerprint b) {
        if (a.schemeVersion() != b.schemeVersion() || a.bins() != b.bins()) {
            return new MatchVerdict(Relation.NONE, 0, 0, 0, "scheme-mismatch");
        }
        char[] leadA = a.leadMinima();
        char[] leadB = b.leadMinima();
        MatchVerdict verdict = verify(a.minima(), 0, a.shingleCount(), b.minima(), 0, b.shingleCount(), a.bins(),
                leadA, 0, leadB, 0, leadA.length);
        SentenceAlignment aligned = SentenceAlignment.of(a.sentences(), b.sentences(), sentenceThresholds);
        if (verdict.relation().isCopy()) {
            // Two bulletins of one template share most shingles; their figures tell them apart.
            return sentenceThresholds.figuresDiffer(aligned) ? new MatchVerdict(Relation.NONE, verdict.resemblance(),
                    verdict.containment(), verdict.leadResemblance(), "figures-differ") : verdict;
        }
        // MinHash sees too little of an excerpt, or too many changed shingles in a copy with edited figures and
        // days: a run of the same sentences from both ledes still makes a copy.
        if (!sentenceThresholds.isCopy(aligned)) {
            return verdict;
        }
        int smaller = Math.min(a.shingleCount(), b.shingleCount());
        Relation copy = (double) smaller / Math.max(a.shingleCount(), b.shingleCount())
                < thresholds.truncatedSizeRatio() ? Relation.TRUNCATED_COPY : Relation.COPY;
        return new MatchVerdict(copy, verdict.resemblance(), verdict.containment(), verdict.leadResemblance(),
                "aligned-sentences");
    }

    MatchVerdict verify(char[] a, int aOffset, int aCount, char[] b, int bOffset, int bCount, int bins,
                        char[] leadA, int leadAOffset, char[] leadB, int leadBOffset, int leadBins) {
        int leadBoth = 0;
        int leadEither = 0;
        for (int i = 0; i < leadBins; i++) {
            char x = leadA[leadAOffset + i];
            char y = leadB[leadBOffset + i];
            if (x != Fingerprint.EMPTY_BIN || y != Fingerprint.EMPTY_BIN) {
                leadEither++;
                if (x == y) {
                    leadBoth++;
                }
            }
        }
        double leadResemblance = leadEither == 0 ? 0 : (double) leadBoth / leadEither;
        int both = 0;
        int onlyA = 0;
        int onlyB = 0;
        for (int i = 0; i < bins; i++) {
            char x = a[aOffset + i];
            char y = b[bOffset + i];
            if (x == y) {
                if (x != Fingerprint.EMPTY_BIN) {
                    both++;
                }
            } else if (x < y) {
                onlyA++;
            } else {
                onlyB++;
            }
        }
        int union = both + onlyA + onlyB;
        double resemblance = union == 0 ? 0 : (double) both / union;
        // Containment of the text with fewer shingles in the other one (the better of the two when equal, so that
        // verify(a, b) and verify(b, a) agree).
        int onlySmaller = aCount < bCount ? onlyA : aCount > bCount ? onlyB : Math.min(onlyA, onlyB);
        double containment = both == 0 ? 0 : (double) both / (both + onlySmaller);
        if (Math.min(aCount, bCount) < thresholds.minShingles()) {
            return new MatchVerdict(Relation.NONE, resemblance, containment, leadResemblance, "too-short");
        }
        double sizeRatio = (double) Math.min(aCount, bCount) / Math.max(aCount, bCount);
        Relation copy = sizeRatio < thresholds.truncatedSizeRatio() ? Relation.TRUNCATED_COPY : Relation.COPY;
        if (resemblance >= thresholds.copyResemblance()) {
            return new MatchVerdict(copy, resemblance, containment, leadResemblance, "resemblance");
        }
        if (containment >= thresholds.copyContainment() && leadResemblance >= thresholds.copyLeadResemblance()
                && both >= thresholds.minMatchingBins()) {
            return new MatchVerdict(copy, resemblance, containment, leadResemblance, "containment-and-lead");
        }
        if (resemblance >= thresholds.relatedResemblance() || containment >= thresholds.relatedContainment()) {
            return new MatchVerdict(Relation.RELATED, resemblance, containment, leadResemblance, "related");
        }
        return new MatchVerdict(Relation.NONE, resemblance, containment, leadResemblance, "below-thresholds");
    }
}
