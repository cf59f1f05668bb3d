package io.newsline.ingest.extract.body;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Finds the element that holds the article body in one post-order pass over the DOM.
 *
 * <p>Text is cut into runs at block boundaries. A run with enough characters outside links counts as prose
 * ("good"); link text and short runs count as boilerplate ("bad"). Each element scores its good characters minus
 * {@link MainTextSettings#boilerplatePenalty()} times its bad characters, summed over its subtree, and the best
 * scoring element wins. Climbing from the body to its parent pays off only when the parent adds more prose than
 * penalised boilerplate, so split bodies (several sibling columns) are joined while the page chrome around them
 * is left out. Ties go to the deeper element. Subtrees named or tagged as boilerplate count entirely as bad
 * unless they hold a lot of prose (then the name was misleading, e.g. a body wrapper classed
 * {@code has-sidebar}); the boilerplate subtrees that stay boilerplate are reported so the collector skips them.
 *
 * <p>Not thread-safe; one instance per extraction. The document is only read.
 */
final class BodyLocator implements NodeFilter {

    /**
     * The chosen body element and the boilerplate subtrees that were judged as such; {@code pageProseChars} is all
     * the prose of the page, wherever it sits, an upper bound of what any body could hold.
     */
    record Result(Element body, double score, long proseChars, Set<Element> boilerplate, long pageProseChars) {}

    private static final class Frame {
        final Element element;
        final ElementRole role;
        final boolean inline;
        /** Whether the element is a link, asked once when it is entered. */
        final boolean link;
        long chars;
        long good;
        long rawGood;
        double bad;
        Element best;
        double bestScore = Double.NEGATIVE_INFINITY;
        long bestGood;
        Element bestBody;
        long bestBodyGood;
        int goodRuns;
        int linkRuns;
        long linkChars;
        /** Whether the first link-only or prose run in this subtree was link-only (a headline link). */
        byte firstRun;

        Frame(Element element, ElementRole role, boolean inline, boolean link) {
            this.element = element;
            this.role = role;
            this.inline = inline;
            this.link = link;
        }
    }

    /**
     * About as many subtrees as the first pass over a news page judges boilerplate: the set of them is made that
     * large at once instead of growing through rehashes of every entry.
     */
    private static final int EXPECTED_BOILERPLATE = 256;
    private static final long MIN_NAMED_BODY_PROSE = 150;
    private static final byte RUN_NONE = 0;
    private static final byte RUN_LINK = 1;
    private static final byte RUN_PROSE = 2;
    private static final int MIN_HEADLINE_LINK_CHARS = 12;
    private static final double HEADLINE_LINK_SHARE = 0.8;
    private static final int MAX_TEASER_PROSE_RUNS = 2;
    private static final long MAX_TEASER_PROSE_CHARS = 400;
    private static final long MAX_LINK_ITEM_LABEL_CHARS = 40;
    /** Only containers count as named bodies: a paragraph classed "bodytext" is one paragraph of the body. */
    private static final Set<String> NAMED_BODY_TAGS = Set.of("div", "section", "article", "main", "td", "font");
    private static final double NAMED_AROUND_GAIN = 1.05;
    private static final double NAMED_ELSEWHERE_SHARE = 0.5;

    private final MainTextSettings settings;
    private final ElementClassifier classifier;
    private final boolean trustNames;
    private final boolean detectTeasers;
    private final ArrayList<Frame> stack = new ArrayList<>();
    private final Set<Element> boilerplate = Collections.newSetFromMap(new IdentityHashMap<>(EXPECTED_BOILERPLATE));
    private final TextRuns runs = new TextRuns();
    /** The teaser-stream check's measures, taken on the way through the same elements and runs; or null. */
    private final TeaserPass teasers;
    /** Told every element entered and every subtree skipped, for the page's headlines; or null. */
    private final Headlines headlines;
    private Frame finished;

    /**
     * @param trustNames whether class, id and tag names may mark subtrees as boilerplate
     * @param detectTeasers whether headline-link-plus-blurb containers count as teasers of other stories
     */
    BodyLocator(MainTextSettings settings, ElementClassifier classifier, boolean trustNames, boolean detectTeasers) {
        this(settings, classifier, trustNames, detectTeasers, null, null);
    }

    /**
     * @param teasers the teaser-stream check's pass, told every text, element and run this pass meets; or null
     * @param headlines told every element this pass enters and every subtree it skips; or null
     */
    BodyLocator(MainTextSettings settings, ElementClassifier classifier, boolean trustNames, boolean detectTeasers,
            TeaserPass teasers, Headlines headlines) {
        this.settings = settings;
        this.classifier = classifier;
        this.trustNames = trustNames;
        this.detectTeasers = detectTeasers;
        this.teasers = teasers;
        this.headlines = headlines;
    }

    Result locate(Element root) {
        stack.clear();
        finished = null;
        filter(root);
        if (finished == null || finished.best == null) {
            return new Result(root, 0, 0, boilerplate, finished == null ? 0 : finished.rawGood);
        }
        Element body = finished.best;
        long good = finished.bestGood;
        Element named = finished.bestBody;
        long namedGood = finished.bestBodyGood;
        if (named != null && named != body && namedGood >= MIN_NAMED_BODY_PROSE) {
            // a container named as the article body beats the scored choice when it is a tighter fit around the
            // same story or a comparable story elsewhere; it loses when the scored choice adds prose around it
            boolean namedInside = isAncestor(body, named);
            boolean namedAround = isAncestor(named, body);
            if (namedInside
                    || (namedAround && namedGood > NAMED_AROUND_GAIN * good)
                    || (!namedInside && !namedAround && namedGood >= NAMED_ELSEWHERE_SHARE * good)) {
                body = named;
                good = namedGood;
            }
        }
        return new Result(body, finished.bestScore, good, boilerplate, finished.rawGood);
    }

    /**
     * A teaser: a container that opens with a headline link and then has one or two short runs of prose, the shape
     * of every item in a list of other stories. A story's own body has more prose, and its links sit inside
     * sentences or after them.
     */
    private static boolean isTeaser(Frame frame) {
        if (frame.inline) {
            return false;
        }
        if (frame.goodRuns == 0) {
            // headline links with at most a kicker or a date beside them ("RANDY ANDY", "2 hours ago")
            return frame.linkRuns >= 1 && frame.chars - frame.linkChars <= MAX_LINK_ITEM_LABEL_CHARS;
        }
        return frame.firstRun == RUN_LINK && frame.goodRuns <= MAX_TEASER_PROSE_RUNS
                && frame.good <= MAX_TEASER_PROSE_CHARS;
    }

    static boolean isAncestor(Element ancestor, Element descendant) {
        for (Element e = descendant.parent(); e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void filter(Element root) {
        org.jsoup.select.NodeTraversor.filter(this, root);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            int chars = runs.add(text);
            if (teasers != null) {
                teasers.text(text, chars, runs.inLink());
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        ElementRole role = classifier.roleOf(element);
        if (role == ElementRole.SKIP) {
            if (headlines != null) {
                headlines.skipped(element);
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        if (headlines != null) {
            headlines.entered(element);
        }
        String tag = element.normalName();
        boolean inline = ElementClassifier.isInline(tag);
        if (!inline) {
            flushRun();
        }
        boolean link = ElementClassifier.isLink(element);
        runs.enter(link);
        if (teasers != null) {
            teasers.enter(element, role, inline, link);
        }
        if (!trustNames && (role == ElementRole.BOILERPLATE || role == ElementRole.SUSPECT)) {
            role = ElementRole.NEUTRAL;
        }
        stack.add(new Frame(element, role, inline, link));
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        Frame frame = stack.get(stack.size() - 1);
        if (frame.element != element) {
            return FilterResult.CONTINUE; // a skipped element; jsoup does not call tail for those, but be safe
        }
        if (!frame.inline) {
            flushRun();
        }
        runs.leave(frame.link);
        if (teasers != null) {
            teasers.leave(element);
        }
        stack.remove(stack.size() - 1);
        if (!frame.inline && frame.good > 0) {
            double score = frame.good - settings.boilerplatePenalty() * frame.bad;
            if (score > frame.bestScore) {
                frame.best = element;
                frame.bestScore = score;
                frame.bestGood = frame.good;
            }
        }
        if (frame.role == ElementRole.BODY && frame.good > frame.bestBodyGood
                && NAMED_BODY_TAGS.contains(element.normalName())) {
            frame.bestBody = element;
            frame.bestBodyGood = frame.good;
        }
        boolean judgedBoilerplate = frame.role == ElementRole.BOILERPLATE
                || (detectTeasers && isTeaser(frame))
                || (frame.role == ElementRole.SUSPECT
                        && !(frame.rawGood >= settings.keepNegativeWithProseChars()
                                && frame.rawGood >= settings.keepNegativeWithProseShare() * frame.chars));
        if (judgedBoilerplate) {
            boilerplate.add(element);
        }
        if (stack.isEmpty()) {
            finished = frame;
            return FilterResult.CONTINUE;
        }
        Frame parent = stack.get(stack.size() - 1);
        if (parent.firstRun == RUN_NONE) {
            parent.firstRun = frame.firstRun;
        }
        parent.goodRuns += frame.goodRuns;
        parent.linkRuns += frame.linkRuns;
        parent.linkChars += frame.linkChars;
        parent.chars += frame.chars;
        parent.rawGood += frame.rawGood;
        if (judgedBoilerplate) {
            parent.bad += frame.chars;
        } else {
            parent.good += frame.good;
            parent.bad += frame.bad;
            if (frame.bestScore > parent.bestScore) {
                parent.best = frame.best;
                parent.bestScore = frame.bestScore;
                parent.bestGood = frame.bestGood;
            }
            if (frame.bestBodyGood > parent.bestBodyGood) {
                parent.bestBody = frame.bestBody;
                parent.bestBodyGood = frame.bestBodyGood;
            }
        }
        return FilterResult.CONTINUE;
    }

    private void flushRun() {
        long runChars = runs.chars();
        long runLinkChars = runs.linkChars();
        runs.clear();
        if (teasers != null) {
            teasers.run(runChars, runLinkChars);
        }
        if (runChars == 0 || stack.isEmpty()) {
            return;
        }
        Frame top = stack.get(stack.size() - 1);
        long prose = runChars - runLinkChars;
        top.chars += runChars;
        top.linkChars += runLinkChars;
        if (prose >= settings.minGoodUnitChars()
                && runLinkChars <= settings.maxGoodUnitLinkDensity() * runChars) {
            top.good += prose;
            top.rawGood += prose;
            top.bad += runLinkChars;
            top.goodRuns++;
            if (top.firstRun == RUN_NONE) {
                top.firstRun = RUN_PROSE;
            }
        } else {
            if (runChars >= MIN_HEADLINE_LINK_CHARS && runLinkChars >= HEADLINE_LINK_SHARE * runChars) {
                top.linkRuns++;
                if (top.firstRun == RUN_NONE) {
                    top.firstRun = RUN_LINK;
                }
            }
            top.bad += runChars;
        }
    }
}
