package io.newsline.publish.match;

/**
 * When aligned sentences alone make two texts copies ({@link Matcher}'s rule {@code aligned-sentences}), and when
 * they show that a MinHash copy is another bulletin of one template (rule {@code figures-differ}):
 * {@link #DEFAULT} was chosen on the precision/recall curve of {@code scripts/eval-dedupe.sh} (docs/QUALITY.md,
 * "Dedupe (syndicated copies)").
 *
 * @param maxLedeOffset the run of shared sentences must start within this many sentences of the start of both texts:
 *     a copy keeps the lede (behind at most a caption or a kicker), an agency's follow-up puts a new top over reused
 *     background, so its shared run starts later
 * @param maxGap unshared sentences allowed between two shared ones on either side (an edited, inserted or dropped
 *     sentence does not end the run)
 * @param minSentences shared sentences the run needs
 * @param minWords words the run's shared sentences need
 * @param minFactWords words of the run's sentences whose figures agree too (or that hold none) needed: a templated
 *     bulletin shares a skeleton with every other one, but not its figures
 * @param minFactShare share of the run's words in sentences whose figures agree; a run of two sentences or more
 *     under this share and under {@code minFactWords} vetoes a MinHash copy ({@link #figuresDiffer})
 * @param minCoverage a run of {@code minSentences} covering at least this share of the smaller text's words (and
 *     {@value #MIN_COVERED_WORDS} words) is a copy below {@code minWords} and {@code minFactWords}: a short excerpt
 *     that is all lede (above 1: never)
 */
public record SentenceThresholds(int maxLedeOffset, int maxGap, int minSentences, int minWords, int minFactWords,
                                 double minFactShare, double minCoverage) {

    /** The fewest words a run covering the smaller text needs: MinHash's too-short floor is 20 shingles too. */
    public static final int MIN_COVERED_WORDS = 20;

    /** The measured defaults (docs/QUALITY.md). */
    public static final SentenceThresholds DEFAULT = new SentenceThresholds(1, 1, 1, 40, 32, 0.7, 0.9);

    /** Never decides (for measuring MinHash alone). */
    public static final SentenceThresholds OFF = new SentenceThresholds(0, 0, Integer.MAX_VALUE, Integer.MAX_VALUE,
            0, 0, 2);

    /**
     * @return true when the texts share two or more lede sentences but mostly not their figures, and too little
     *     else: two bulletins of one template, whatever MinHash says (a copy that changed a figure in one long
     *     sentence keeps enough other text)
     */
    public boolean figuresDiffer(SentenceAlignment alignment) {
        return alignment.sentences() >= 2 && alignment.factWords() < minFactWords
                && alignment.factWords() < minFactShare * alignment.words();
    }

    /** @return true when the alignment is enough to call the two texts copies */
    public boolean isCopy(SentenceAlignment alignment) {
        if (alignment.sentences() < minSentences || alignment.factWords() < minFactShare * alignment.words()) {
            return false;
        }
        return alignment.words() >= minWords && alignment.factWords() >= minFactWords
                || alignment.words() >= MIN_COVERED_WORDS && alignment.words() >= minCoverage * alignment.smallerWords();
    }
}
