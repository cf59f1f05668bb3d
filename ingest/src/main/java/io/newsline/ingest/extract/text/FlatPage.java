package io.newsline.ingest.extract.text;

import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.meta.PrintedDate;
import java.util.List;

/**
 * What {@link FlatTextExtractor} found in flattened page text.
 *
 * @param title the headline, or null when the capture has none
 * @param authors names from the byline lines above the story
 * @param date the date printed above the story (or the crawler's capture date when nothing better)
 * @param agency an agency credited in the byline ("By AFP")
 * @param blocks the story's lines as blocks, before {@link BlockCleaner}
 * @param navigationOnly whether the capture is lines of links and labels with no running text
 */
public record FlatPage(String title, List<String> authors, PrintedDate date, String agency, List<Block> blocks,
        boolean navigationOnly) {

    public FlatPage {
        authors = List.copyOf(authors);
        blocks = List.copyOf(blocks);
    }
}
