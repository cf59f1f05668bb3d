package org.jsoup.select;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * jsoup's element selection ({@link Element#select(Evaluator)},
 * {@link Element#getAllElements()}, {@link Element#getElementsByTag(String)}) without its element stream: the same
 * elements in the same (document) order, found by a plain walk over each element's child list. jsoup 1.22 streams
 * the elements through a node iterator that looks up each node's sibling index to step on; on news pages of a few
 * thousand elements that made one selection cost about five walks of the page. It lives in jsoup's package because
 * an evaluator's memo is cleared through {@link Evaluator#reset()}, which is visible only here; like jsoup's own
 * collector it clears it before and after each selection, so no page stays referenced from a shared evaluator.
 * Stateless and thread-safe (each call has its own stack; an evaluator's memo is per thread in jsoup).
 */
public final class ElementWalk {

    private ElementWalk() {}

    /** Every element of {@code root}'s subtree, {@code root} first, in document order. */
    public static void forEach(Element root, Consumer<Element> visitor) {
        ArrayDeque<Element> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element element = stack.pop();
            visitor.accept(element);
            for (int i = element.childNodeSize() - 1; i >= 0; i--) {
                Node child = element.childNode(i);
                if (child instanceof Element childElement) {
                    stack.push(childElement);
                }
            }
        }
    }

    /** The elements of {@code root}'s subtree that {@code query} matches with {@code root} as its root: {@code root.select(query)}. */
    public static Elements select(Evaluator query, Element root) {
        return select(query, root, element -> true);
    }

    /**
     * {@code root.select(query)} where {@code query} is asked only about the elements {@code mayMatch} passes: for a
     * necessary condition of the query's subject that is cheaper than the query, the same elements in the same order.
     */
    public static Elements select(Evaluator query, Element root, Predicate<Element> mayMatch) {
        Elements found = new Elements();
        query.reset();
        forEach(root, element -> {
            if (mayMatch.test(element) && query.matches(root, element)) {
                found.add(element);
            }
        });
        query.reset();
        return found;
    }

    /**
     * {@code root.select(query)} where {@code candidates}, in document order, hold every element of {@code root}'s
     * subtree that the query may match: the query is asked only about them.
     */
    public static Elements selectAmong(Evaluator query, Element root, List<Element> candidates) {
        Elements found = new Elements();
        query.reset();
        for (Element element : candidates) {
            if (query.matches(root, element)) {
                found.add(element);
            }
        }
        query.reset();
        return found;
    }

    /**
     * What {@code root.select(query)} finds for each query, in one walk: one list per query, in the queries' order,
     * each in document order.
     */
    public static List<Elements> selectEach(Element root, Evaluator... queries) {
        return selectEach(root, element -> true, queries);
    }

    /**
     * {@link #selectEach(Element, Evaluator...)} where the queries are asked only about the elements {@code mayMatch}
     * passes: for a necessary condition of every query's subject that is cheaper than the queries, the same lists.
     */
    public static List<Elements> selectEach(Element root, Predicate<Element> mayMatch, Evaluator... queries) {
        List<Elements> found = new ArrayList<>(queries.length);
        for (Evaluator query : queries) {
            found.add(new Elements());
            query.reset();
        }
        forEach(root, element -> {
            if (!mayMatch.test(element)) {
                return;
            }
            for (int q = 0; q < queries.length; q++) {
                if (queries[q].matches(root, element)) {
                    found.get(q).add(element);
                }
            }
        });
        for (Evaluator query : queries) {
            query.reset();
        }
        return found;
    }
}
