package io.newsline.ingest.extract.body;

import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.BlockKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns collected blocks into the final main text: drops link lists (but not list items that read as sentences, nor
 * quotes: a quoted post keeps its links, handles and addresses),
 * page-furniture lines (from the data file {@code boilerplate-lines.txt}), repeats of the headline, and headings
 * left with nothing under them (unless the body is headings alone, or the heading is a sentence set large); and ends
 * the body at a line that heads other stories ({@code end-of-story-lines.txt}) after most of its text.
 *
 * <p>Immutable and thread-safe once built.
 */
final class BlockFilter {

    private static final int MAX_FURNITURE_LINE_CHARS = 200;
    /** A link-dense list item of at least this many words is kept as a sentence of the body. */
    private static final int MIN_LINKED_LIST_ITEM_WORDS = 6;
    /** A heading of at least this many words ending in a full stop is a sentence set large, not a section's title. */
    private static final int MIN_SENTENCE_HEADING_WORDS = 6;
    private static final String LINES_RESOURCE = "boilerplate-lines.txt";
    private static final String END_LINES_RESOURCE = "end-of-story-lines.txt";
    /** A line that heads other stories ends the body when at least this much text comes before it... */
    private static final int MIN_CHARS_BEFORE_END = 400;
    /** ...and at least this share of the text the body keeps. */
    private static final double MIN_SHARE_BEFORE_END = 0.3;
    private static final int MAX_END_LINE_CHARS = 80;

    private final MainTextSettings settings;
    private final FurnitureLines furniture;
    private final FurnitureLines endOfStory;

    BlockFilter(MainTextSettings settings) {
        this.settings = settings;
        this.furniture = FurnitureLines.load(BlockFilter.class, LINES_RESOURCE);
        this.endOfStory = FurnitureLines.load(BlockFilter.class, END_LINES_RESOURCE);
    }

    boolean isFurniture(String text) {
        return text.length() <= MAX_FURNITURE_LINE_CHARS && furniture.matches(text);
    }

    List<Block> filter(List<BlockCollector.RawBlock> raw, Set<String> headlines) {
        List<Block> out = new ArrayList<>(raw.size());
        Set<String> seenShort = new HashSet<>();
        // where lines heading other stories met the body: the blocks kept and their text before each
        List<int[]> ends = new ArrayList<>();
        long keptChars = 0;
        for (BlockCollector.RawBlock block : raw) {
            String text = block.text();
            if (text.length() <= MAX_END_LINE_CHARS && keptChars >= MIN_CHARS_BEFORE_END && !out.isEmpty()
                    && block.linkChars() == 0 && endOfStory.matches(text)) {
                ends.add(new int[] {out.size(), (int) Math.min(Integer.MAX_VALUE, keptChars)});
            }
            if (block.linkDensity() > settings.maxBlockLinkDensity() && !isLinkedListSentence(block)
                    && block.kind() != BlockKind.QUOTE) {
                continue;
            }
            if (isFurniture(text)) {
                continue;
            }
            if (text.length() <= MAX_FURNITURE_LINE_CHARS) {
                String key = normalise(text);
                if (headlines.contains(key)) {
                    continue;
                }
                // repeated short lines inside one body are widget labels ("Advertisement", "Share"), not prose
                if (block.kind() != BlockKind.PARAGRAPH && !seenShort.add(key)) {
                    continue;
                }
            }
            out.add(new Block(block.kind(), text));
            keptChars += text.length();
        }
        for (int[] end : ends) {
            if (end[1] >= MIN_SHARE_BEFORE_END * keptChars) {
                // "Related stories", "Das könnte Sie auch interessieren" after most of the story: what follows is
                // other stories' teasers, kept whole when the body's container held them
                out.subList(end[0], out.size()).clear();
                break;
            }
        }
        if (!onlyHeadings(out)) {
            while (!out.isEmpty() && out.get(out.size() - 1).kind() == BlockKind.HEADING
                    && !readsAsSentence(out.get(out.size() - 1).text())) {
                out.remove(out.size() - 1);
            }
        }
        return out;
    }

    /** A heading that is a sentence of the story set large, not the title of a section: words ending in a full stop. */
    static boolean readsAsSentence(String text) {
        if (text.length() < 2) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last != '.' && last != '!' && last != '?' && last != '…' && last != '"' && last != '“' && last != '”'
                && last != '«' && last != '»') {
            return false;
        }
        int words = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return words >= MIN_SENTENCE_HEADING_WORDS;
    }

    /**
     * Whether the body's text is headings alone: a list of pictures, each under its heading, or a page written in
     * heading tags. Its headings are its text, so they are not dropped as headings left with nothing under them.
     */
    private static boolean onlyHeadings(List<Block> blocks) {
        for (Block block : blocks) {
            if (block.kind() != BlockKind.HEADING) {
                return false;
            }
        }
        return true;
    }

    /**
     * A list item of the body that reads as a sentence though most of it is linked ("Thanks to evilpie, users can
     * now import logins", a changelog or a list of features): an item of a link list (menu, tags, other stories'
     * headlines) is a few words, and lists of other stories outside the body or named as such never get here.
     */
    private static boolean isLinkedListSentence(BlockCollector.RawBlock block) {
        if (block.kind() != BlockKind.LIST_ITEM) {
            return false;
        }
        int words = 1;
        String text = block.text();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return words >= MIN_LINKED_LIST_ITEM_WORDS;
    }

    /** Lower-cased letters and digits only, for comparing headlines with blocks. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
