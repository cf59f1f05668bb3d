package io.newsline.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A deliberately naive body extractor for tests: every non-empty {@code <p>}, {@code <h2>} and {@code <li>} in order. */
final class ParagraphBodyExtractor implements BodyExtractor {
    @Override
    public List<Block> extractBody(Document document) {
        List<Block> out = new ArrayList<>();
        for (Element e : document.select("p, h2, h3, li")) {
            String text = e.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            BlockKind kind = switch (e.tagName()) {
                case "h2", "h3" -> BlockKind.HEADING;
                case "li" -> BlockKind.LIST_ITEM;
                default -> BlockKind.PARAGRAPH;
            };
            out.add(new Block(kind, text));
        }
        return out;
    }
}
