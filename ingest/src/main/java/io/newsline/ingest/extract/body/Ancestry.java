package io.newsline.ingest.extract.body;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What an element of a page inherits from its ancestors, for {@link BlockFeatures}: the roles of the names above it
 * (boilerplate, suspect, body; an {@code article} or {@code main} element), whether it lies inside a container the
 * rules chose or a subtree they judged boilerplate, and its depth. Each element's facts are its parent's plus its
 * own, found once and remembered, so a page costs one look at each element however many blocks share its ancestors;
 * walking up from every block instead costs blocks times depth (2,490 list items under 500 levels: over a million
 * steps for a page of 3,000 elements).
 *
 * <p>One instance per page and thread; the document is only read.
 */
final class Ancestry {

    static final int UNDER_BOILERPLATE = 1;
    static final int UNDER_SUSPECT = 2;
    static final int UNDER_BODY = 4;
    static final int UNDER_ARTICLE = 8;
    static final int INSIDE_RULES = 16;
    static final int INSIDE_BOILERPLATE = 32;
    private static final int FLAG_BITS = 6;

    private final Map<Element, Integer> memo = new IdentityHashMap<>();
    private final ElementClassifier classifier;
    private final Collection<Element> rulesParts;
    private final Collection<Element> boilerplate;
    private int looked;

    /**
     * @param rulesParts  the containers the rules chose
     * @param boilerplate the subtrees the rules judged boilerplate
     */
    Ancestry(ElementClassifier classifier, Collection<Element> rulesParts, Collection<Element> boilerplate) {
        this.classifier = classifier;
        this.rulesParts = rulesParts;
        this.boilerplate = boilerplate;
    }

    /** The flags of {@code element} (itself included) and its depth, packed; 0 for {@code null}. */
    int of(Element element) {
        if (element == null) {
            return 0;
        }
        Integer known = memo.get(element);
        if (known != null) {
            return known;
        }
        looked++;
        int parent = of(element.parent());
        int flags = parent & ((1 << FLAG_BITS) - 1);
        ElementRole role = classifier.roleOf(element);
        if (role == ElementRole.BOILERPLATE) {
            flags |= UNDER_BOILERPLATE;
        } else if (role == ElementRole.SUSPECT) {
            flags |= UNDER_SUSPECT;
        } else if (role == ElementRole.BODY) {
            flags |= UNDER_BODY;
        }
        String tag = element.normalName();
        if (tag.equals("article") || tag.equals("main")) {
            flags |= UNDER_ARTICLE;
        }
        if ((flags & INSIDE_RULES) == 0 && rulesParts.contains(element)) {
            flags |= INSIDE_RULES;
        }
        if ((flags & INSIDE_BOILERPLATE) == 0 && boilerplate.contains(element)) {
            flags |= INSIDE_BOILERPLATE;
        }
        int packed = ((depth(parent) + 1) << FLAG_BITS) | flags;
        memo.put(element, packed);
        return packed;
    }

    /** Whether {@code packed} (from {@link #of}) has {@code flag}. */
    static boolean has(int packed, int flag) {
        return (packed & flag) != 0;
    }

    /** The depth in {@code packed} (from {@link #of}): the element and its ancestors counted, 0 for none. */
    static int depth(int packed) {
        return packed >>> FLAG_BITS;
    }

    /** How many elements were looked at so far: never more than the page holds, however many blocks asked. */
    int looked() {
        return looked;
    }
}
