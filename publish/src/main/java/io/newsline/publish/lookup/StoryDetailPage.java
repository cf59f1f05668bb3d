package io.newsline.publish.lookup;

import io.newsline.schemas.Story;
import io.newsline.schemas.StoryMember;
import java.util.List;

/**
 * The HTML page of one story that publish serves on {@code /story/{id}} and, for the search by URL, on
 * {@code /story?url=...}: the title, wire source, when it was published (the canonical member's publication time)
 * and first seen, the canonical member, every member and related article with its relation, similarity,
 * publication time and credit, and all its entities (one type per name) and topics. Also the page a failed lookup
 * answers with, so a reader who searched lands on the search form again. Same stylesheet, escaping and link rules
 * as {@link StoryPage}. Thread-safe (stateless).
 */
public final class StoryDetailPage {

    /** How many entities the story page shows, by salience (the story keeps at most 50). */
    static final int ENTITIES = 40;
    /** How many topics the story page shows, best first. */
    static final int TOPICS = 10;

    private StoryDetailPage() {}

    /** The page of one story; {@code searchedUrl}, when the story was found by an article URL, is named above it. */
    public static String render(Story s, String searchedUrl) {
        StringBuilder html = new StringBuilder(16384);
        PageParts.open(html, "newsline: " + StoryDisplay.title(s).text(), null, false);
        if (searchedUrl != null) {
            html.append("<p class=\"notice\">The story of <code>").append(PageParts.escape(searchedUrl))
                    .append("</code></p>");
        }
        html.append("<article class=\"story\" id=\"").append(PageParts.escape(s.getStoryId()))
                .append("\"><h2 class=\"detail\">").append(PageParts.title(s)).append("</h2>");
        PageParts.meta(html, s);
        StoryMember canonical = StoryDisplay.canonical(s);
        if (canonical != null) {
            html.append("<p class=\"meta\"><span class=\"canonical\">canonical</span>");
            String url = canonical.getUrl();
            String text = canonical.getSite() != null ? canonical.getSite() : url;
            if (url.startsWith("http://") || url.startsWith("https://")) {
                html.append("<a href=\"").append(PageParts.escape(url)).append("\" rel=\"nofollow noreferrer\">")
                        .append(PageParts.escape(text)).append("</a>");
            } else {
                html.append(PageParts.escape(text));
            }
            html.append(" &middot; the wire source's own copy or the first credited to it, else the earliest published")
                    .append("</p>");
        }
        html.append("<h3>Articles</h3>");
        PageParts.members(html, s);
        var entities = StoryDisplay.entities(s, ENTITIES);
        var topics = StoryDisplay.topics(s, TOPICS);
        if (!entities.isEmpty()) {
            html.append("<h3>Entities</h3>");
            PageParts.chips(html, entities, List.of());
        }
        if (!topics.isEmpty()) {
            html.append("<h3>Topics (IPTC Media Topics)</h3>");
            PageParts.chips(html, List.of(), topics);
        }
        html.append("</article>");
        PageParts.close(html, "story " + PageParts.escape(s.getStoryId()) + ", version " + s.getVersion());
        return html.toString();
    }

    /** The page of a lookup that found no story (or could not be answered): the reason, and the search form above. */
    public static String notFound(String message) {
        StringBuilder html = new StringBuilder(8192);
        PageParts.open(html, "newsline: no story", null, false);
        html.append("<p class=\"notice\">").append(PageParts.escape(message)).append("</p>")
                .append("<p><a href=\"/\">Recent stories</a></p>");
        PageParts.close(html, "");
        return html.toString();
    }
}
