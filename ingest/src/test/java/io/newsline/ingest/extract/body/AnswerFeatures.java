package io.newsline.ingest.extract.body;

import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.BlockKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The features of a pair of answers for one page's body, as the selectors of {@link AnswerSelectorTrainingMain}
 * read them: for each answer (the extractor's first, Readability's second) its length, blocks, link density, share
 * of headings and list items, share of the page's text, where in the page it starts, how many of its blocks end a
 * sentence and how much of it the block filter kept; for the pair, the length ratio and how much of each answer's
 * word 4-grams the other holds. Feature {@code i} is named {@link #NAMES}{@code [i]}.
 *
 * <p>Stateless and thread-safe.
 */
final class AnswerFeatures {

    private static final String[] PER_ANSWER = {
        "log_chars", "link_density", "log_blocks", "mean_block_chars", "headings_lists", "page_share", "position",
        "sentence_ends", "kept_share", "long_blocks"
    };
    static final List<String> NAMES;

    static {
        String[] all = new String[3 + 2 * PER_ANSWER.length];
        all[0] = "log_chars_ratio";
        all[1] = "first_in_second";
        all[2] = "second_in_first";
        for (int i = 0; i < PER_ANSWER.length; i++) {
            all[3 + i] = "first_" + PER_ANSWER[i];
            all[3 + PER_ANSWER.length + i] = "second_" + PER_ANSWER[i];
        }
        NAMES = List.of(all);
    }

    private static final int SHINGLE = 4;
    private static final int LONG_BLOCK_CHARS = 80;
    /** How much of a block's start is looked up in the page's text to place it. */
    private static final int PLACE_CHARS = 40;

    /** One answer: the blocks collected, and those the block filter kept (the answer itself). */
    record Answer(List<BlockCollector.RawBlock> raw, List<Block> blocks) {}

    private AnswerFeatures() {}

    /**
     * @param pageText the page's whole text (the body element's), in which the answers are placed
     */
    static float[] compute(Answer first, Answer second, String pageText) {
        float[] f = new float[NAMES.size()];
        long firstChars = chars(first.blocks());
        long secondChars = chars(second.blocks());
        f[0] = (float) Math.log((secondChars + 1.0) / (firstChars + 1.0));
        Set<Long> firstShingles = shingles(first.blocks());
        Set<Long> secondShingles = shingles(second.blocks());
        f[1] = containment(firstShingles, secondShingles);
        f[2] = containment(secondShingles, firstShingles);
        describe(first, pageText, f, 3);
        describe(second, pageText, f, 3 + PER_ANSWER.length);
        return f;
    }

    private static void describe(Answer answer, String pageText, float[] f, int at) {
        List<Block> blocks = answer.blocks();
        long chars = chars(blocks);
        long rawChars = 0;
        long linkChars = 0;
        for (BlockCollector.RawBlock block : answer.raw()) {
            rawChars += block.chars();
            linkChars += block.linkChars();
        }
        long structure = 0;
        int sentenceEnds = 0;
        int longBlocks = 0;
        for (Block block : blocks) {
            String text = block.text();
            if (block.kind() == BlockKind.HEADING || block.kind() == BlockKind.LIST_ITEM) {
                structure += text.length();
            }
            if (endsSentence(text)) {
                sentenceEnds++;
            }
            if (text.length() >= LONG_BLOCK_CHARS) {
                longBlocks++;
            }
        }
        f[at] = (float) Math.log1p(chars);
        f[at + 1] = rawChars == 0 ? 0 : (float) linkChars / rawChars;
        f[at + 2] = (float) Math.log1p(blocks.size());
        f[at + 3] = blocks.isEmpty() ? 0 : (float) Math.log1p((double) chars / blocks.size());
        f[at + 4] = chars == 0 ? 0 : (float) structure / chars;
        f[at + 5] = pageText.isEmpty() ? 0 : Math.min(1f, (float) chars / pageText.length());
        f[at + 6] = position(blocks, pageText);
        f[at + 7] = blocks.isEmpty() ? 0 : (float) sentenceEnds / blocks.size();
        f[at + 8] = rawChars == 0 ? 0 : Math.min(1f, (float) chars / rawChars);
        f[at + 9] = (float) Math.log1p(longBlocks);
    }

    /** Where the answer's first block starts in the page's text, 0 to 1; 1 when it is empty or not found. */
    private static float position(List<Block> blocks, String pageText) {
        if (blocks.isEmpty() || pageText.isEmpty()) {
            return 1;
        }
        String start = blocks.get(0).text();
        int at = pageText.indexOf(start.substring(0, Math.min(PLACE_CHARS, start.length())));
        return at < 0 ? 1 : (float) at / pageText.length();
    }

    private static boolean endsSentence(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == ')' || c == '\u201d' || c == '\u2019' || c == '\u00bb') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uff01' || c == '\uff1f';
        }
        return false;
    }

    static long chars(List<Block> blocks) {
        long n = 0;
        for (Block block : blocks) {
            n += block.text().length();
        }
        return n;
    }

    /** The share of {@code part}'s shingles that {@code whole} holds; 0 when {@code part} has none. */
    private static float containment(Set<Long> part, Set<Long> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        int held = 0;
        for (Long shingle : part) {
            if (whole.contains(shingle)) {
                held++;
            }
        }
        return (float) held / part.size();
    }

    /** Hashes of the word 4-grams of the answer's text (words: runs of letters and digits). */
    private static Set<Long> shingles(List<Block> blocks) {
        Set<Long> out = new HashSet<>();
        long[] window = new long[SHINGLE];
        int words = 0;
        for (Block block : blocks) {
            String text = block.text();
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                long hash = 1125899906842597L;
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    hash = 31 * hash + text.charAt(i++);
                }
                if (i == start) {
                    break;
                }
                window[words++ % SHINGLE] = hash;
                if (words >= SHINGLE) {
                    long shingle = 0;
                    for (int k = 0; k < SHINGLE; k++) {
                        shingle = shingle * 1_000_003L + window[(words + k) % SHINGLE];
                    }
                    out.add(shingle);
                }
            }
        }
        return out;
    }
}
