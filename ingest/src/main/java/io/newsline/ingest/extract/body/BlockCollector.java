package io.newsline.ingest.extract.body;

import io.newsline.ingest.extract.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks the chosen body element once and cuts its text into candidate blocks at block-level tags and line breaks,
 * skipping skipped tags and the boilerplate subtrees the {@link BodyLocator} reported. Each block remembers how
 * much of it was link text, so {@link BlockFilter} can drop link lists.
 *
 * <p>Not thread-safe; one instance per extraction. The document is only read.
 */
final class BlockCollector implements NodeFilter {

    /**
     * A block before filtering: its kind, whitespace-normalised text, character counts, and the innermost block-level
     * element its first character sat in (its owner, for the features of {@link BlockFeatures}).
     */
    record RawBlock(BlockKind kind, String text, int chars, int linkChars, Element owner) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private final ElementClassifier classifier;
    private final Set<Element> boilerplate;
    private final List<RawBlock> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder(256);
    private final ArrayList<Element> open = new ArrayList<>();
    private Element owner;
    private int chars;
    private int linkChars;
    private boolean pendingSpace;
    private int anchorDepth;
    private int headingDepth;
    private int listItemDepth;
    private int quoteDepth;
    private int preDepth;

    BlockCollector(ElementClassifier classifier, Set<Element> boilerplate) {
        this.classifier = classifier;
        this.boilerplate = boilerplate;
    }

    List<RawBlock> collect(Element body) {
        open.clear();
        open.add(body);
        NodeTraversor.filter(this, body);
        flush();
        return blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            append(textNode.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        ElementRole role = classifier.roleOf(element);
        if (role == ElementRole.SKIP || boilerplate.contains(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = element.normalName();
        if (!ElementClassifier.isInline(tag)) {
            flush();
            enter(tag, 1);
            open.add(element);
        } else if (ElementClassifier.isLink(element)) {
            anchorDepth++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (!ElementClassifier.isInline(tag)) {
                flush();
                enter(tag, -1);
                if (open.size() > 1 && open.get(open.size() - 1) == element) {
                    open.remove(open.size() - 1);
                }
            } else if (ElementClassifier.isLink(element)) {
                anchorDepth--;
            }
        }
        return FilterResult.CONTINUE;
    }

    private void enter(String tag, int step) {
        if (ElementClassifier.isHeading(tag)) {
            headingDepth += step;
        } else if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
            listItemDepth += step;
        } else if (tag.equals("blockquote")) {
            quoteDepth += step;
        } else if (tag.equals("pre")) {
            preDepth += step;
        }
    }

    private void append(String s) {
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (TextMeasure.isSpace(c)) {
                if (preDepth > 0 && c == '\n' && text.length() > 0) {
                    flush();
                } else {
                    pendingSpace = text.length() > 0;
                }
                continue;
            }
            if (TextMeasure.isInvisible(c)) {
                continue;
            }
            if (chars == 0) {
                owner = open.get(open.size() - 1);
            }
            if (pendingSpace) {
                text.append(' ');
                pendingSpace = false;
            }
            text.append(c);
            chars++;
            if (anchorDepth > 0) {
                linkChars++;
            }
        }
        if (s.length() > 0 && TextMeasure.isSpace(s.charAt(s.length() - 1)) && text.length() > 0) {
            pendingSpace = true;
        }
    }

    private BlockKind currentKind() {
        if (headingDepth > 0) {
            return BlockKind.HEADING;
        }
        if (quoteDepth > 0) {
            return BlockKind.QUOTE;
        }
        if (listItemDepth > 0) {
            return BlockKind.LIST_ITEM;
        }
        return BlockKind.PARAGRAPH;
    }

    private void flush() {
        if (chars > 0) {
            blocks.add(new RawBlock(currentKind(), text.toString(), chars, linkChars, owner));
        }
        text.setLength(0);
        chars = 0;
        linkChars = 0;
        pendingSpace = false;
    }
}
