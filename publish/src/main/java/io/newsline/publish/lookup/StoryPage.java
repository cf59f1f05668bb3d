package io.newsline.publish.lookup;

import io.newsline.runtime.json.AvroJson;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEntity;
import io.newsline.schemas.StoryMember;
import io.newsline.schemas.Topic;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The HTML page of recent stories that publish serves on {@code /}: for each story its title (linking to the
 * story's JSON), wire source, times, copies with their sites and credits, top entities and topics. One
 * self-contained document: inline CSS, no scripts, no external assets. Everything that comes from articles is
 * HTML-escaped, and only http(s) URLs become links. Thread-safe (stateless).
 */
public final class StoryPage {

    /** How many entities a story shows, by salience. */
    static final int TOP_ENTITIES = 8;
    /** How many topics a story shows, best first. */
    static final int TOP_TOPICS = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
              color:#1d2430;background:#f3f5f8}
            header{background:#14213d;color:#fff;padding:18px 32px}
            header h1{margin:0;font-size:22px;letter-spacing:.02em}
            header p{margin:4px 0 0;color:#c8d1e0;font-size:13px}
            header code{color:#fff}
            main{max-width:1120px;margin:0 auto;padding:20px 32px 40px}
            .story{background:#fff;border:1px solid #dde2ea;border-radius:8px;padding:16px 20px;margin:0 0 16px;
              box-shadow:0 1px 2px rgba(20,33,61,.06)}
            .story h2{margin:0 0 6px;font-size:18px;line-height:1.3}
            .story h2 a{color:#14213d;text-decoration:none}
            .story h2 a:hover{text-decoration:underline}
            .meta{color:#5b6577;font-size:13px;margin-bottom:10px}
            .meta a{color:#2856a3}
            .meta span+span:before{content:"\\00b7";margin:0 7px;color:#a0a8b6}
            .source{display:inline-block;background:#fca311;color:#14213d;font-weight:600;border-radius:4px;
              padding:0 7px;font-size:12px;letter-spacing:.03em}
            .source.none{background:#e4e8ee;color:#5b6577;font-weight:400}
            .legend{margin-top:8px;display:flex;gap:6px;align-items:center;font-size:12px;color:#c8d1e0}
            table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:13px;margin:4px 0 10px}
            col.site{width:19%}col.rel{width:12%}col.credit{width:21%}
            th{text-align:left;color:#5b6577;font-weight:600;border-bottom:1px solid #dde2ea;padding:4px 8px 4px 0}
            td{padding:4px 8px 4px 0;border-bottom:1px solid #eef1f5;vertical-align:top}
            td.site{font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
            td.rel{white-space:nowrap;color:#5b6577}
            td a{color:#2856a3;word-break:break-all}
            .chips{display:flex;flex-wrap:wrap;gap:6px}
            .chip{border-radius:12px;padding:1px 10px;font-size:12px;background:#eef1f5;color:#1d2430}
            .chip.person{background:#e3f0ff}.chip.organization{background:#e7f6ea}.chip.location{background:#fff1dc}
            .chip.topic{background:#f1e8ff}
            .chip small{color:#5b6577;margin-left:4px}
            .empty{color:#5b6577;padding:40px 0;text-align:center}
            footer{color:#8a93a3;font-size:12px;text-align:center;padding:0 0 24px}
            """;

    private StoryPage() {}

    /** The page for these stories, in the order given (newest first), with a note of how many the index keeps. */
    public static String render(List<Story> stories) {
        StringBuilder html = new StringBuilder(8192 + stories.size() * 2048);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>newsline: recent stories</title><style>").append(CSS).append("</style></head><body>")
                .append("<header><h1>newsline &middot; recent stories</h1><p>The ").append(RecentStories.LIMIT)
                .append(" most recently updated stories, newest first. JSON: <code>/stories/{id}</code>, ")
                .append("<code>/stories?url=&hellip;</code>, <code>/stories</code></p>")
                .append("<div class=\"legend\">entities: <span class=\"chip person\">person</span>")
                .append("<span class=\"chip organization\">organisation</span><span class=\"chip location\">place</span>")
                .append("<span class=\"chip topic\">IPTC topic</span></div></header><main>");
        if (stories.isEmpty()) {
            html.append("<p class=\"empty\">No stories yet.</p>");
        }
        for (Story story : stories) {
            story(html, story);
        }
        html.append("</main><footer>").append(stories.size()).append(stories.size() == 1 ? " story" : " stories")
                .append("</footer></body></html>\n");
        return html.toString();
    }

    private static void story(StringBuilder html, Story s) {
        String id = s.getStoryId();
        html.append("<article class=\"story\" id=\"").append(escape(id)).append("\"><h2><a href=\"/stories/")
                .append(escape(id)).append("\">").append(escape(displayTitle(s)))
                .append("</a></h2><div class=\"meta\">");
        html.append(s.getSource() == null ? "<span class=\"source none\">no wire credit</span>"
                : "<span class=\"source\">" + escape(s.getSource()) + "</span>");
        int copies = s.getMembers().size();
        html.append("<span>").append(copies).append(copies == 1 ? " article" : " articles").append("</span>")
                .append("<span>first seen ").append(time(s.getCreatedAt())).append("</span>")
                .append("<span>updated ").append(time(s.getUpdatedAt())).append("</span>")
                .append("<span><a href=\"/stories/").append(escape(id)).append("\">").append(escape(id))
                .append(" (JSON)</a></span></div>");
        if (!s.getMembers().isEmpty() || !s.getRelated().isEmpty()) {
            html.append("<table><colgroup><col class=\"site\"><col class=\"rel\"><col class=\"credit\"><col></colgroup>")
                    .append("<thead><tr><th>site</th><th>relation</th><th>credit</th><th>article</th></tr></thead><tbody>");
            s.getMembers().forEach(m -> member(html, m, AvroJson.symbol(m.getRelation())));
            s.getRelated().forEach(m -> member(html, m, "related"));
            html.append("</tbody></table>");
        }
        List<StoryEntity> entities = s.getEntities().stream()
                .sorted(Comparator.comparingDouble(StoryEntity::getSalience).reversed().thenComparing(StoryEntity::getName))
                .limit(TOP_ENTITIES).toList();
        List<Topic> topics = s.getTopics().stream().limit(TOP_TOPICS).toList();
        if (!entities.isEmpty() || !topics.isEmpty()) {
            html.append("<div class=\"chips\">");
            for (StoryEntity e : entities) {
                String type = e.getType().name().toLowerCase(Locale.ROOT);
                html.append("<span class=\"chip ").append(type).append("\" title=\"").append(type).append("\">")
                        .append(escape(e.getName())).append("</span>");
            }
            for (Topic t : topics) {
                html.append("<span class=\"chip topic\" title=\"IPTC Media Topic ").append(escape(t.getId())).append("\">")
                        .append(escape(t.getLabel())).append("</span>");
            }
            html.append("</div>");
        }
        html.append("</article>");
    }

    /**
     * The story's title, or when its canonical article has none the first member's that has one (a story is worth
     * a heading even when the agency's page lacked a title), else "(untitled)".
     */
    public static String displayTitle(Story s) {
        if (s.getTitle() != null && !s.getTitle().isBlank()) {
            return s.getTitle();
        }
        return s.getMembers().stream().map(StoryMember::getTitle).filter(t -> t != null && !t.isBlank()).findFirst()
                .orElse("(untitled)");
    }

    private static void member(StringBuilder html, StoryMember m, String relation) {
        html.append("<tr><td class=\"site\">").append(m.getSite() == null ? "" : escape(m.getSite()))
                .append("</td><td class=\"rel\">").append(relation).append("</td><td>")
                .append(m.getCredit() == null ? "" : escape(m.getCredit())).append("</td><td>");
        String url = m.getUrl();
        String text = m.getTitle() == null ? url : m.getTitle();
        if (url.startsWith("http://") || url.startsWith("https://")) {
            html.append("<a href=\"").append(escape(url)).append("\" rel=\"nofollow noreferrer\">").append(escape(text))
                    .append("</a>");
        } else {
            html.append(escape(text));
        }
        html.append("</td></tr>");
    }

    private static String time(Instant instant) {
        return instant == null ? "?" : TIME.format(instant);
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
