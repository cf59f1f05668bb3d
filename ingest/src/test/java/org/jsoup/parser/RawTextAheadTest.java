package org.jsoup.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The bounded tree builder's raw text read ahead of jsoup's reader (long style sheets and scripts put into their
 * token in one piece) builds the tree jsoup builds from the same text, whatever the raw text holds.
 */
class RawTextAheadTest {

    private static final String[] RAW_ELEMENTS = {"style", "script", "xmp", "iframe", "noembed", "noframes",
        "STYLE", "Script", "textarea", "title", "noscript"};
    /** Pieces raw text is made of: what ends it, what nearly does, what the tokeniser replaces or escapes. */
    private static final String[] PIECES = {"a{color:red}", ".b > .c", "\u0000", "<", "</", "</style", "</STYLE",
        "</\u017Ftyle", "</style ", "</style/", "</style>", "</script>", "</scrip", "<!--", "-->", "<script>",
        "</xmp>", "</iframe>", "\r\n", "é€\uD83D\uDE00", "&amp;", "x".repeat(700), "if (a < b) {}", "\"</\"",
        "</styles>", "</style\u0000>", "\t", "}"};

    @Test
    void generatedPagesOfRawTextParseAsJsoupParsesThem() {
        Random random = new Random(29);
        int skippedPages = 0;
        for (int page = 0; page < 1_500; page++) {
            StringBuilder html = new StringBuilder(random.nextBoolean() ? "<html><head>" : "<body><p>x");
            int elements = 1 + random.nextInt(4);
            for (int e = 0; e < elements; e++) {
                String name = RAW_ELEMENTS[random.nextInt(RAW_ELEMENTS.length)];
                html.append(random.nextInt(6) == 0 ? "<svg>" : "").append('<').append(name).append('>');
                // long runs without '<' (read ahead) and short ones (left to jsoup), at every buffer offset
                html.append("y".repeat(random.nextInt(3) == 0 ? random.nextInt(9_000) : random.nextInt(40)));
                int pieces = random.nextInt(12);
                for (int k = 0; k < pieces; k++) {
                    html.append(PIECES[random.nextInt(PIECES.length)]);
                    if (random.nextInt(4) == 0) {
                        html.append("z".repeat(random.nextInt(5_000)));
                    }
                }
                if (random.nextInt(5) > 0) {
                    html.append("</").append(name).append('>');
                }
                html.append("<div>between ").append(e).append("</div>");
            }
            String text = html.toString();
            BoundedHtmlTreeBuilder builder = new BoundedHtmlTreeBuilder(Integer.MAX_VALUE, Long.MAX_VALUE);
            Document ours = new Parser(builder).parseInput(
                    new BoundedHtmlTreeBuilder.ArrayReader(text.toCharArray(), text.length()), "");
            Document jsoups = Parser.htmlParser().parseInput(text, "");
            assertThat(nodes(ours)).as(text).isEqualTo(nodes(jsoups));
            assertThat(ours.outerHtml()).as(text).isEqualTo(jsoups.outerHtml());
            if (builder.skippedRawText() > 0) {
                skippedPages++;
            }
        }
        assertThat(skippedPages).as("pages where raw text was read ahead").isGreaterThan(300);
    }

    @Test
    void aReaderOverPartOfAnArrayReadsOnlyThatPart() {
        char[] chars = "<style>a{}</style><p>kept</p>IGNORED".toCharArray();
        Document doc = new Parser(new BoundedHtmlTreeBuilder(100, 100)).parseInput(
                new BoundedHtmlTreeBuilder.ArrayReader(chars, chars.length - "IGNORED".length()), "");
        assertThat(doc.body().text()).isEqualTo("kept");
        assertThat(doc.selectFirst("style").data()).isEqualTo("a{}");
    }

    /** Every node in document order, with its kind and its own text or data as the tree holds it. */
    private static String nodes(Document doc) {
        StringBuilder out = new StringBuilder();
        doc.traverse((Node node, int depth) -> {
            out.append(depth).append(' ').append(node.nodeName());
            if (node instanceof DataNode data) {
                out.append(" data=").append(data.getWholeData());
            } else if (node instanceof TextNode textNode) {
                out.append(" text=").append(textNode.getWholeText());
            }
            out.append('\n');
        });
        return out.toString();
    }
}
