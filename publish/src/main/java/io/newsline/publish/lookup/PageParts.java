package io.newsline.publish.lookup;

import io.newsline.runtime.json.AvroJson;
import io.newsline.schemas.Story;
import io.newsline.schemas.StoryEntity;
import io.newsline.schemas.StoryMember;
import io.newsline.schemas.Topic;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The parts the story pages share: the document head with the one stylesheet (inline; desktop and phone width
 * alike: below 640 px the member table becomes one card per member), the header with the search by URL, the member
 * table, the entity and topic chips, times and HTML escaping. Everything from articles is escaped, and only http(s)
 * URLs become links. Stateless; thread-safe.
 */
final class PageParts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
              color:#1d2430;background:#f3f5f8}
            header{background:#14213d;color:#fff;padding:18px 32px}
            header .top{display:flex;flex-wrap:wrap;gap:10px 24px;align-items:center;justify-content:space-between}
            header h1{margin:0;font-size:22px;letter-spacing:.02em}
            header h1 a{color:#fff;text-decoration:none}
            header p{margin:4px 0 0;color:#c8d1e0;font-size:13px}
            header code{color:#fff;word-break:break-all}
            form.search{display:flex;gap:6px;flex:1 1 320px;max-width:560px}
            form.search input{flex:1;min-width:0;padding:6px 10px;border-radius:6px;border:1px solid #4a5a7a;font:inherit;
              font-size:14px}
            form.search button{padding:6px 14px;border-radius:6px;border:0;background:#fca311;color:#14213d;font:inherit;
              font-weight:600;font-size:14px;cursor:pointer}
            main{max-width:1120px;margin:0 auto;padding:20px 32px 40px}
            .story{background:#fff;border:1px solid #dde2ea;border-radius:8px;padding:16px 20px;margin:0 0 16px;
              box-shadow:0 1px 2px rgba(20,33,61,.06)}
            .story h2{margin:0 0 6px;font-size:18px;line-height:1.3}
            .story h2 a{color:#14213d;text-decoration:none}
            .story h2 a:hover{text-decoration:underline}
            h2.detail{font-size:24px}
            .derived{font-style:italic}
            .meta{color:#5b6577;font-size:13px;margin-bottom:10px}
            .meta a{color:#2856a3}
            .meta span+span:before{content:"\\00b7";margin:0 7px;color:#a0a8b6}
            .source{display:inline-block;background:#fca311;color:#14213d;font-weight:600;border-radius:4px;
              padding:0 7px;font-size:12px;letter-spacing:.03em}
            .source.none{background:#e4e8ee;color:#5b6577;font-weight:400}
            .canonical{display:inline-block;background:#14213d;color:#fff;border-radius:4px;padding:0 6px;font-size:11px;
              font-weight:600;margin-right:6px;vertical-align:1px}
            tr.canonical-row td{background:#fffaf0}
            .legend{margin-top:8px;display:flex;flex-wrap:wrap;gap:6px;align-items:center;font-size:12px;color:#c8d1e0}
            table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:13px;margin:4px 0 10px}
            col.site{width:16%}col.rel{width:10%}col.sim{width:8%}col.pub{width:17%}col.credit{width:14%}
            th{text-align:left;color:#5b6577;font-weight:600;border-bottom:1px solid #dde2ea;padding:4px 8px 4px 0}
            td{padding:4px 8px 4px 0;border-bottom:1px solid #eef1f5;vertical-align:top}
            td.site{font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
            td.rel,td.sim,td.pub{white-space:nowrap;color:#5b6577}
            td a{color:#2856a3;overflow-wrap:anywhere}
            h3{font-size:14px;margin:14px 0 6px;color:#5b6577}
            .chips{display:flex;flex-wrap:wrap;gap:6px}
            .chip{border-radius:12px;padding:1px 10px;font-size:12px;background:#eef1f5;color:#1d2430}
            .chip.person{background:#e3f0ff}.chip.organisation{background:#e7f6ea}.chip.place{background:#fff1dc}
            .chip.topic{background:#f1e8ff}
            .chip small{color:#5b6577;margin-left:4px}
            .empty{color:#5b6577;padding:40px 0;text-align:center}
            .notice{background:#fff;border:1px solid #dde2ea;border-left:4px solid #fca311;border-radius:8px;
              padding:14px 18px;margin:0 0 16px;overflow-wrap:anywhere}
            footer{color:#8a93a3;font-size:12px;text-align:center;padding:0 0 24px}
            @media (max-width:640px){
              header{padding:14px 14px}
              header h1{font-size:19px}
              main{padding:12px 8px 28px}
              .story{padding:12px 12px}
              h2.detail{font-size:20px}
              table,tbody,tr,td{display:block;width:100%}
              colgroup,thead{display:none}
              tr{padding:8px 0;border-bottom:1px solid #dde2ea}
              td{border:0;padding:1px 0;white-space:normal}
              td.site{white-space:normal}
              td:empty{display:none}
              td[data-label]:before{content:attr(data-label) ": ";color:#8a93a3;font-weight:400}
              td.article:before{content:none}
            }
            """;

    private PageParts() {}

    /** The document up to the opening of {@code main}: head, stylesheet, header with the search by URL. */
    static void open(StringBuilder html, String title, String subtitle, boolean legend) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append("</title><style>").append(CSS)
                .append("</style></head><body><header><div class=\"top\"><h1><a href=\"/\">newsline &middot; ")
                .append("recent stories</a></h1>")
                .append("<form class=\"search\" action=\"/story\" method=\"get\" role=\"search\">")
                .append("<input type=\"url\" name=\"url\" required placeholder=\"Find the story of an article URL\" ")
                .append("aria-label=\"Article URL\"><button type=\"submit\">Find</button></form></div>");
        if (subtitle != null) {
            html.append("<p>").append(subtitle).append("</p>");
        }
        if (legend) {
            html.append("<div class=\"legend\">entities: <span class=\"chip person\">person</span>")
                    .append("<span class=\"chip organisation\">organisation</span><span class=\"chip place\">place</span>")
                    .append("<span class=\"chip topic\">IPTC topic</span></div>");
        }
        html.append("</header><main>");
    }

    static void close(StringBuilder html, String footer) {
        html.append("</main><footer>").append(footer).append("</footer></body></html>\n");
    }

    /** The heading text, in italics with a tooltip when it comes from the URL rather than a page's title. */
    static String title(Story s) {
        StoryDisplay.Title title = StoryDisplay.title(s);
        return title.fromUrl()
                ? "<span class=\"derived\" title=\"no page of this story had a title; words of its URL\">"
                        + escape(title.text()) + "</span>"
                : escape(title.text());
    }

    /** The source badge, article count, publication and processing times, and the link to the JSON. */
    static void meta(StringBuilder html, Story s) {
        String id = s.getStoryId();
        html.append("<div class=\"meta\">");
        html.append(s.getSource() == null ? "<span class=\"source none\">no wire credit</span>"
                : "<span class=\"source\">" + escape(s.getSource()) + "</span>");
        int copies = s.getMembers().size();
        html.append("<span>").append(copies).append(copies == 1 ? " article" : " articles").append("</span>");
        Instant published = StoryDisplay.published(s);
        if (published != null) {
            html.append("<span>published ").append(time(published)).append("</span>");
        }
        html.append("<span>first seen ").append(time(s.getCreatedAt())).append("</span>")
                .append("<span>updated ").append(time(s.getUpdatedAt())).append("</span>")
                .append("<span><a href=\"/stories/").append(escape(id)).append("\">JSON</a></span></div>");
    }

    /** The members, canonical one marked, then the related articles: site, relation, similarity, published, credit. */
    static void members(StringBuilder html, Story s) {
        if (s.getMembers().isEmpty() && s.getRelated().isEmpty()) {
            return;
        }
        html.append("<table><colgroup><col class=\"site\"><col class=\"rel\"><col class=\"sim\"><col class=\"pub\">")
                .append("<col class=\"credit\"><col></colgroup><thead><tr><th>site</th><th>relation</th>")
                .append("<th title=\"similarity to the story's founding text\">similarity</th><th>published</th>")
                .append("<th>credit</th><th>article</th></tr></thead><tbody>");
        StoryMember canonical = StoryDisplay.canonical(s);
        for (StoryMember m : s.getMembers()) {
            member(html, m, AvroJson.symbol(m.getRelation()), m == canonical);
        }
        s.getRelated().forEach(m -> member(html, m, "related", false));
        html.append("</tbody></table>");
    }

    private static void member(StringBuilder html, StoryMember m, String relation, boolean canonical) {
        html.append(canonical ? "<tr class=\"canonical-row\">" : "<tr>")
                .append("<td class=\"site\" data-label=\"site\">").append(m.getSite() == null ? "" : escape(m.getSite()))
                .append("</td><td class=\"rel\" data-label=\"relation\">").append(relation)
                .append("</td><td class=\"sim\" data-label=\"similarity\">")
                .append(String.format(Locale.ROOT, "%.2f", m.getSimilarity()))
                .append("</td><td class=\"pub\" data-label=\"published\">")
                .append(m.getPublishedAt() == null ? "&ndash;" : time(m.getPublishedAt()))
                .append("</td><td data-label=\"credit\">").append(m.getCredit() == null ? "" : escape(m.getCredit()))
                .append("</td><td class=\"article\">");
        if (canonical) {
            html.append("<span class=\"canonical\" title=\"the story's canonical article\">canonical</span>");
        }
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

    /** Entity chips (one type per name, see {@link StoryDisplay#entities}) and topic chips; nothing when none. */
    static void chips(StringBuilder html, List<StoryEntity> entities, List<Topic> topics) {
        if (entities.isEmpty() && topics.isEmpty()) {
            return;
        }
        html.append("<div class=\"chips\">");
        for (StoryEntity e : entities) {
            String type = StoryDisplay.typeLabel(e);
            html.append("<span class=\"chip ").append(type).append("\" title=\"").append(type).append("\">")
                    .append(escape(e.getName())).append("</span>");
        }
        for (Topic t : topics) {
            html.append("<span class=\"chip topic\" title=\"IPTC Media Topic ").append(escape(t.getId())).append("\">")
                    .append(escape(t.getLabel())).append("</span>");
        }
        html.append("</div>");
    }

    static String time(Instant instant) {
        return instant == null ? "?" : TIME.format(instant);
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String escape(String text) {
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
