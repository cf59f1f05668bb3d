package io.newsline.publish.match;

/**
 * The best run of shared sentences of two texts that starts at both ledes: pairs of sentences with equal skeletons
 * ({@link SentencePrints}), in the same order in both texts, at most {@code maxGap} unshared sentences apart on
 * either side, the first pair within {@code maxLedeOffset} sentences of both starts. The run with the most words
 * wins (then the most words whose figures agree, then the most sentences). Symmetric: {@code of(a, b)} and {@code of(b, a)} agree.
 *
 * @param sentences shared sentences in the run (0: none)
 * @param words their words
 * @param factWords words of those whose figures agree too, or that hold no figure
 * @param smallerWords the words of the sentences kept of the text that has fewer (the share of it the run covers)
 */
public record SentenceAlignment(int sentences, int words, int factWords, int smallerWords) {

    /** No shared run. */
    public static final SentenceAlignment NONE = new SentenceAlignment(0, 0, 0, 0);

    /** Aligns two texts' sentences under the thresholds' lede offset and gap. */
    public static SentenceAlignment of(SentencePrints a, SentencePrints b, SentenceThresholds thresholds) {
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0) {
            return NONE;
        }
        // Shared pairs in order of (i, j): at most n * m, usually about min(n, m).
        int[] pairA = new int[Math.min(n * m, 4 * SentencePrints.MAX_SENTENCES)];
        int[] pairB = new int[pairA.length];
        int pairs = 0;
        for (int i = 0; i < n && pairs < pairA.length; i++) {
            for (int j = 0; j < m && pairs < pairA.length; j++) {
                if (a.skeleton(i) == b.skeleton(j)) {
                    pairA[pairs] = i;
                    pairB[pairs] = j;
                    pairs++;
                }
            }
        }
        int step = thresholds.maxGap() + 1;
        int[] count = new int[pairs];
        int[] words = new int[pairs];
        int[] facts = new int[pairs];
        int best = -1;
        for (int p = 0; p < pairs; p++) {
            int i = pairA[p];
            int j = pairB[p];
            int w = a.words(i);
            int f = a.figures(i) == b.figures(j) ? w : 0;
            int from = -1;
            for (int q = p - 1; q >= 0 && pairA[q] >= i - step; q--) {
                if (count[q] > 0 && pairA[q] < i && pairB[q] < j && pairB[q] >= j - step
                        && (from < 0 || better(q, from, words, facts, count))) {
                    from = q;
                }
            }
            if (from >= 0) {
                count[p] = count[from] + 1;
                words[p] = words[from] + w;
                facts[p] = facts[from] + f;
            } else if (i <= thresholds.maxLedeOffset() && j <= thresholds.maxLedeOffset()) {
                count[p] = 1;
                words[p] = w;
                facts[p] = f;
            } else {
                continue; // a run that starts after the ledes: background reused by another story
            }
            if (best < 0 || better(p, best, words, facts, count)) {
                best = p;
            }
        }
        return best < 0 ? NONE : new SentenceAlignment(count[best], words[best], facts[best],
                Math.min(totalWords(a), totalWords(b)));
    }

    private static int totalWords(SentencePrints prints) {
        int total = 0;
        for (int i = 0; i < prints.size(); i++) {
            total += prints.words(i);
        }
        return total;
    }

    /** Runs compare by words, then fact words, then sentences: one order, so the result does not depend on a's side. */
    private static boolean better(int p, int q, int[] words, int[] facts, int[] count) {
        if (words[p] != words[q]) {
            return words[p] > words[q];
        }
        return facts[p] != facts[q] ? facts[p] > facts[q] : count[p] > count[q];
    }
}
