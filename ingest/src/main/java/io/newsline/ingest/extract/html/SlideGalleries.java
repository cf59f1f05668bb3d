package io.newsline.ingest.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the slides of a photo gallery set inside a page: at least {@value #MIN_SLIDES} sibling elements, each holding
 * a slide counter of its own ("3/50", "3 of 50") with one total and different numbers. A gallery's captions are
 * other pictures' stories, not the article's text, even when the gallery sits inside the story's container; the
 * slides are removed before the body is looked for. The language-neutral counter is the whole test: class and id
 * names of galleries vary too much to be trusted alone.
 *
 * <p>Stateless and thread-safe; {@link #remove} changes the document it is given.
 */
public final class SlideGalleries {

    static final int MIN_SLIDES = 3;
    /** How far above its counter a slide may begin. */
    private static final int MAX_SLIDE_DEPTH = 4;
    private static final int MAX_COUNTER_CHARS = 12;
    private static final Pattern COUNTER = Pattern.compile("(?i)^\\s*(\\d{1,3})\\s*(?:/|of)\\s*(\\d{1,3})\\s*$");

    private SlideGalleries() {}

    /** Removes every gallery's slides from the document; returns how many slides were removed. */
    public static int remove(Document document) {
        return remove(find(document));
    }

    /**
     * {@link #remove(Document)} where {@code mayBeCounters} holds, in any order, every text node of the body (of the
     * document where it has no body) that {@link #mayBeCounter} passes: a pass over the page made for other
     * readers collects them, and the page's nodes are not walked again here.
     */
    public static int remove(Document document, List<TextNode> mayBeCounters) {
        return remove(find(document, mayBeCounters));
    }

    private static int remove(List<Element> slides) {
        for (Element slide : slides) {
            slide.remove();
        }
        return slides.size();
    }

    /**
     * Whether a text node may be a slide counter: short enough, and its first character after white space is a
     * digit. Most text nodes are told without the counter's expression.
     */
    public static boolean mayBeCounter(TextNode text) {
        return mayBeCounter(text.getWholeText());
    }

    /** {@link #mayBeCounter(TextNode)} of a text node's whole text. */
    public static boolean mayBeCounter(String wholeText) {
        return wholeText.length() <= MAX_COUNTER_CHARS && opensWithDigit(wholeText);
    }

    /** The slides of the page's galleries: sibling elements, each with one counter, numbered in one run. */
    static List<Element> find(Document document) {
        Element root = document.body() != null ? document.body() : document;
        List<TextNode> mayBeCounters = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text && mayBeCounter(text)) {
                mayBeCounters.add(text);
            }
        }, root);
        return find(document, mayBeCounters);
    }

    /** {@link #find(Document)} from the text nodes {@link #mayBeCounter} passes, in any order. */
    static List<Element> find(Document document, List<TextNode> mayBeCounters) {
        Element root = document.body() != null ? document.body() : document;
        List<Element> counters = new ArrayList<>();
        List<int[]> numbers = new ArrayList<>();
        for (TextNode text : mayBeCounters) {
            Element parent = text.parent();
            if (parent != null) {
                Matcher m = COUNTER.matcher(text.getWholeText());
                if (m.matches()) {
                    int k = Integer.parseInt(m.group(1));
                    int n = Integer.parseInt(m.group(2));
                    if (k >= 1 && k <= n && n >= MIN_SLIDES) {
                        counters.add(parent);
                        numbers.add(new int[] {k, n});
                    }
                }
            }
        }
        if (counters.size() < MIN_SLIDES) {
            return List.of();
        }
        // for each level above the counters: the element at that level, grouped by its parent; a gallery is a parent
        // whose children hold counters of one total with at least MIN_SLIDES different numbers
        for (int level = 0; level < MAX_SLIDE_DEPTH; level++) {
            Map<Element, Map<Element, Integer>> childrenByParent = new IdentityHashMap<>();
            Map<Element, Integer> totalByParent = new IdentityHashMap<>();
            Map<Element, Set<Integer>> numbersByParent = new IdentityHashMap<>();
            Set<Element> mixed = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int i = 0; i < counters.size(); i++) {
                Element slide = ancestor(counters.get(i), level);
                Element parent = slide == null ? null : slide.parent();
                if (parent == null || parent == root.parent()) {
                    continue;
                }
                int[] kn = numbers.get(i);
                childrenByParent.computeIfAbsent(parent, p -> new IdentityHashMap<>()).merge(slide, 1, Integer::sum);
                Integer total = totalByParent.putIfAbsent(parent, kn[1]);
                if (total != null && total != kn[1]) {
                    mixed.add(parent);
                }
                numbersByParent.computeIfAbsent(parent, p -> new HashSet<>()).add(kn[0]);
            }
            List<Element> slides = new ArrayList<>();
            for (Map.Entry<Element, Map<Element, Integer>> entry : childrenByParent.entrySet()) {
                Map<Element, Integer> children = entry.getValue();
                boolean oneCounterEach = children.values().stream().allMatch(c -> c == 1);
                Set<Integer> slideNumbers = numbersByParent.get(entry.getKey());
                boolean oneRun = slideNumbers.size() == children.size()
                        && Collections.max(slideNumbers) - Collections.min(slideNumbers) + 1 == children.size();
                if (!mixed.contains(entry.getKey()) && oneCounterEach && children.size() >= MIN_SLIDES && oneRun) {
                    slides.addAll(children.keySet());
                }
            }
            if (!slides.isEmpty()) {
                return slides;
            }
        }
        return List.of();
    }

    /** Whether the first character after leading white space (the pattern's {@code \s}) is a digit, as in a counter. */
    static boolean opensWithDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') {
                return c >= '0' && c <= '9';
            }
        }
        return false;
    }

    private static Element ancestor(Element element, int levels) {
        Element e = element;
        for (int i = 0; i < levels && e != null; i++) {
            e = e.parent();
        }
        return e;
    }
}
