package io.newsline.ingest.extract.text;

import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.meta.PrintedDate;
import java.util.List;
import java.util.Set;

/**
 * What {@link FlatTextExtractor} found in flattened page text.
 *
 * @param title the headline, or null when the capture has none
 * @param authors names from the byline lines above the story
 * @param date the date printed above the story (or the crawler's capture date when nothing better)
 * @param agency an agency credited in the byline ("By AFP")
 * @param blocks the story's lines as blocks, before {@link BlockCleaner}
 * @param navigationOnly whether the capture is lines of links and labels with no running text
 * @param notArticleReason why the capture is not an article (navigation-only, headline-list, section-index), or null
 * @param storyLines every line from the header above the story to the first list of other stories (captions and
 *     credit lines included), where credits are looked for
 * @param storyStart the index in storyLines of the story's first paragraph
 * @param storyCaptions the indexes in storyLines of photo captions
 */
public record FlatPage(String title, List<String> authors, PrintedDate date, String agency, List<Block> blocks,
        boolean navigationOnly, String notArticleReason, List<String> storyLines, int storyStart, Set<Integer> storyCaptions) {

    public FlatPage {
        authors = List.copyOf(authors);
        blocks = List.copyOf(blocks);
        storyLines = List.copyOf(storyLines);
        storyCaptions = Set.copyOf(storyCaptions);
    }

    /** A capture that is no article: no story, no lines. */
    static FlatPage notArticle(String title, PrintedDate date, String reason) {
        return new FlatPage(title, List.of(), date, null, List.of(), true, reason, List.of(), 0, Set.of());
    }
}
