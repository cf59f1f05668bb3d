package io.newsline.publish.lookup;

import io.newsline.schemas.Story;
import java.util.List;

/**
 * The HTML page of recent stories that publish serves on {@code /}: for each story its title (linking to the story's
 * own page, {@link StoryDetailPage}), wire source, publication and processing times, members with their sites,
 * relations, similarity, publication times and credits (the canonical one marked), top entities and topics; and the
 * search by article URL. One self-contained document: inline CSS, no scripts, no external assets; readable from
 * phone width (375 px) to desktop. Everything that comes from articles is HTML-escaped, and only http(s) URLs become
 * links. Thread-safe (stateless).
 */
public final class StoryPage {

    /** How many entities a story shows, by salience. */
    static final int TOP_ENTITIES = 8;
    /** How many topics a story shows, best first. */
    static final int TOP_TOPICS = 3;

    private StoryPage() {}

    /** The page for these stories, in the order given (newest first), with a note of how many the index keeps. */
    public static String render(List<Story> stories) {
        StringBuilder html = new StringBuilder(8192 + stories.size() * 2048);
        PageParts.open(html, "newsline: recent stories", "The " + RecentStories.LIMIT
                + " most recently updated stories, newest first. JSON: <code>/stories/{id}</code>, "
                + "<code>/stories?url=&hellip;</code>, <code>/stories</code>", true);
        if (stories.isEmpty()) {
            html.append("<p class=\"empty\">No stories yet.</p>");
        }
        for (Story story : stories) {
            story(html, story);
        }
        PageParts.close(html, stories.size() + (stories.size() == 1 ? " story" : " stories"));
        return html.toString();
    }

    private static void story(StringBuilder html, Story s) {
        String id = PageParts.escape(s.getStoryId());
        html.append("<article class=\"story\" id=\"").append(id).append("\"><h2><a href=\"/story/").append(id)
                .append("\">").append(PageParts.title(s)).append("</a></h2>");
        PageParts.meta(html, s);
        PageParts.members(html, s);
        PageParts.chips(html, StoryDisplay.entities(s, TOP_ENTITIES), StoryDisplay.topics(s, TOP_TOPICS));
        html.append("</article>");
    }

    /** The story's heading as the pages show it (see {@link StoryDisplay#title}); never blank. */
    public static String displayTitle(Story s) {
        return StoryDisplay.title(s).text();
    }
}
