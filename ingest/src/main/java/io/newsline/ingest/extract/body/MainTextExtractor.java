package io.newsline.ingest.extract.body;

import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.BodyExtractor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.ElementWalk;
import org.jsoup.select.Evaluator;

/**
 * Extracts the main text of a news page: the article body as paragraphs, headings, list items and quotes, without
 * navigation, share bars, related-story lists, comments, cookie and subscription notices, captions and promos.
 *
 * <p>How: one scoring pass over the DOM picks the element with the most prose and the least link text and
 * boilerplate, preferring a container named as the article body (see {@code BodyLocator}); a second pass over that
 * element alone (plus a lead or standfirst placed just before it) cuts it into blocks, skipping subtrees whose
 * tag, class or id say boilerplate and teasers of other stories; a filter then drops link lists, page-furniture
 * lines (data file {@code boilerplate-lines.txt}) and repeats of the headline. Each pass is linear in the size of
 * the DOM; the scoring pass is repeated, with fewer assumptions, only on pages where it finds almost no prose.
 * No site-specific rules. When these rules find almost no text, a learned block scorer ({@code BlockModel}, the
 * data file {@code block-model.txt}) reads every block of the page and its answer is taken if it holds more text.
 * When rules and model together find almost no text, Readability's answer ({@code ReadabilityAnswer}) is taken if
 * it holds more text: a second opinion from another method, which fills in where this one fails entirely.
 *
 * <p>Thread-safe: holds only immutable settings, a compiled pattern and the models; per-call state lives in per-call
 * objects.
 * The document is never modified.
 */
public final class MainTextExtractor implements BodyExtractor {

    /** Below this many characters of prose, a body found while trusting class names is retried without them. */
    private static final long MIN_TRUSTED_PROSE = 200;
    /** A body found ignoring names replaces the named choice only with this much prose ... */
    private static final long MIN_UNTRUSTED_PROSE = 1000;
    /** ... and this many times the named choice's prose, in another part of the page. */
    private static final double UNTRUSTED_PROSE_RATIO = 3.0;
    private static final int LEAD_SEARCH_LEVELS = 3;
    /** How far up from a short body the search for a container named as the body goes. */
    private static final int NAMED_BODY_LEVELS = 3;
    /** A sibling of the body with the body's class joins it when it has a paragraph at least this long. */
    private static final int MIN_SIBLING_PARAGRAPH_CHARS = 80;
    /** How far up from the body the search for more parts of it goes. */
    private static final int PART_SEARCH_LEVELS = 4;
    private static final int LEAD_SEARCH_SIBLINGS = 4;
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Evaluator PARAGRAPH = new Evaluator.Tag("p");
    /** Names inside a body found ignoring them count when the named pass there finds this share of its prose. */
    private static final double NAMED_INSIDE_SHARE = 0.5;

    private final MainTextSettings settings;
    private final BlockFilter blockFilter;
    private final BlockModel model;
    private final ReadabilityAnswer readability;

    /** An extractor with {@link MainTextSettings#defaults()} and the models shipped in the jar. */
    public MainTextExtractor() {
        this(MainTextSettings.defaults());
    }

    public MainTextExtractor(MainTextSettings settings) {
        this(settings, BlockModel.shipped(), new ReadabilityAnswer());
    }

    /**
     * @param model       the block scorer that picks the blocks where the rules find little, or null for none
     * @param readability the second answer where rules and model find almost nothing, or null for none
     */
    MainTextExtractor(MainTextSettings settings, BlockModel model, ReadabilityAnswer readability) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.blockFilter = new BlockFilter(settings);
        this.model = model;
        this.readability = readability;
    }

    @Override
    public List<Block> extractBody(Document document) {
        return extractBody(document, new PageRoles());
    }

    /** The body, with the roles of the page's elements found on the way kept in {@code roles} for later passes. */
    @Override
    public List<Block> extractBody(Document document, PageRoles roles) {
        Objects.requireNonNull(document, "document");
        PageAnalysis page = analyse(document, false, roles);
        List<Block> first = answer(page, model);
        if (readability == null || !isShort(first)) {
            return first;
        }
        List<Block> second = secondAnswer(document, page);
        return textChars(second) > textChars(first) ? second : first;
    }

    /**
     * Readability's answer for the page, through the same block filter as the rules' answer. Asked only where the
     * first answer holds less than {@value #MIN_TRUSTED_PROSE} characters: it costs about four parses of the page,
     * and choosing it over longer answers, by a selector learned from the development sets, did not hold on sets
     * it was not trained on (docs/QUALITY.md).
     */
    List<Block> secondAnswer(Document document, PageAnalysis page) {
        return readability == null ? List.of() : blockFilter.filter(readability.collect(document), page.headlines());
    }

    /**
     * The rules' answer, or, when it holds less than {@value #MIN_TRUSTED_PROSE} characters of text (an empty body
     * on a page that has one, most often) and there is a model, the blocks the model keeps if they hold more text.
     * Measured on sets it was not trained on, the model alone loses to the rules everywhere, and replacing a short
     * answer with a shorter or empty one loses too (docs/QUALITY.md); it only fills in where the rules found little.
     */
    List<Block> answer(PageAnalysis page, BlockModel blockModel) {
        if (blockModel == null || !isShort(page.rules())) {
            return page.rules();
        }
        List<Block> chosen = choose(page, blockModel);
        return textChars(chosen) > textChars(page.rules()) ? chosen : page.rules();
    }

    private static boolean isShort(List<Block> blocks) {
        return textChars(blocks) < MIN_TRUSTED_PROSE;
    }

    private static long textChars(List<Block> blocks) {
        long chars = 0;
        for (Block block : blocks) {
            chars += block.text().length();
        }
        return chars;
    }

    /**
     * What the rules make of a page and every block of the page with its features, the input of {@link #choose}:
     * always when {@code allBlocks}, else only when the rules' answer is short and a model would be asked.
     */
    PageAnalysis analyse(Document document, boolean allBlocks) {
        return analyse(document, allBlocks, new PageRoles());
    }

    private PageAnalysis analyse(Document document, boolean allBlocks, PageRoles roles) {
        ElementClassifier classifier = roles.classifier();
        Element root = document.body() != null ? document.body() : document;
        Headlines headlineElements = new Headlines();
        BodyLocator.Result located =
                HiddenSubtrees.skipped(containerOfParagraph(locate(root, roles, headlineElements)));
        List<BlockCollector.RawBlock> raw = new ArrayList<>();
        Element lead = findLead(located.body());
        List<Element> parts = new ArrayList<>();
        if (lead != null) {
            parts.add(lead);
        }
        parts.addAll(bodyParts(located.body(), located.boilerplate()));
        for (Element part : parts) {
            raw.addAll(new BlockCollector(classifier, located.boilerplate()).collect(part));
        }
        Set<String> headlines = headlineElements.of(document, root);
        List<Block> rules = blockFilter.filter(raw, headlines);
        if (!allBlocks && (model == null || !isShort(rules))) {
            return new PageAnalysis(rules, raw, List.of(), new float[0][], headlines);
        }
        List<BlockCollector.RawBlock> page = new BlockCollector(classifier, Set.of()).collect(root);
        Set<String> chosen = new HashSet<>();
        for (Block block : rules) {
            chosen.add(block.text());
        }
        boolean[] inRules = new boolean[page.size()];
        for (int i = 0; i < inRules.length; i++) {
            inRules[i] = chosen.contains(page.get(i).text());
        }
        float[][] features = BlockFeatures.compute(page, inRules, parts, located.boilerplate(), headlines,
                classifier, blockFilter);
        return new PageAnalysis(rules, raw, page, features, headlines);
    }

    /** The blocks the model keeps, through the same filter as the rules' answer. */
    List<Block> choose(PageAnalysis page, BlockModel blockModel) {
        List<BlockCollector.RawBlock> kept = new ArrayList<>();
        for (int i = 0; i < page.blocks().size(); i++) {
            if (blockModel.probability(page.features()[i]) >= blockModel.threshold()) {
                kept.add(page.blocks().get(i));
            }
        }
        return blockFilter.filter(kept, page.headlines());
    }

    /**
     * The rules' answer ({@code rules}, collected as {@code rulesRaw}), and every block of the page with its
     * features.
     */
    record PageAnalysis(List<Block> rules, List<BlockCollector.RawBlock> rulesRaw,
            List<BlockCollector.RawBlock> blocks, float[][] features, Set<String> headlines) {}

    /** Whether the body is, or lies within a few levels of, a container named as the article body. */
    private static boolean inNamedBody(Element body, ElementClassifier classifier) {
        Element e = body;
        for (int up = 0; up < NAMED_BODY_LEVELS && e != null; up++, e = e.parent()) {
            if (classifier.roleOf(e) == ElementRole.BODY) {
                return true;
            }
        }
        return false;
    }

    /**
     * The located body, or its container when the scoring chose a single paragraph or list item. Neither is ever
     * the whole story: on a short post whose other paragraphs are too short to count as prose, beside a meta line
     * and tag links that count against its container, one long paragraph can outscore the post that holds it, and
     * the rest of the post is lost; a post written as a list (a film's title, its synopsis, its credits) loses all
     * but the synopsis. The container's chrome (headline, meta line, share bar) is dropped by the collector and the
     * filter as it is in any other body.
     */
    private static BodyLocator.Result containerOfParagraph(BodyLocator.Result located) {
        Element body = located.body();
        Element parent = body.parent();
        String tag = body.normalName();
        if (!(tag.equals("p") || tag.equals("li")) || parent == null || parent.normalName().equals("body")
                || parent.normalName().equals("html") || located.boilerplate().contains(parent)) {
            return located;
        }
        return new BodyLocator.Result(parent, located.score(), located.proseChars(), located.boilerplate(),
                located.pageProseChars());
    }

    /** The body, with the headline elements the first pass meets told to {@code headlines}. */
    private BodyLocator.Result locate(Element root, PageRoles roles, Headlines headlines) {
        ElementClassifier classifier = roles.classifier();
        // the first pass walks the whole page: it takes the teaser-stream check's measures on the way when asked
        TeaserPass teasers = roles.teasersToMeasure();
        BodyLocator.Result located = new BodyLocator(settings, classifier, true, true, teasers, headlines)
                .locate(root);
        if (teasers != null) {
            roles.teasersMeasured(root);
        }
        if (located.proseChars() < MIN_TRUSTED_PROSE) {
            // a short story whose headline links to itself looks like a teaser; look again without that test
            BodyLocator.Result retry = new BodyLocator(settings, classifier, true, false).locate(root);
            if (retry.proseChars() > located.proseChars()) {
                located = retry;
            }
        }
        // the whole story may sit inside a wrapper with a misleading name ("commented", a tracking class): look
        // again ignoring names, and believe that answer when the named one found almost no prose, or found a small
        // piece elsewhere on a page whose main prose lies somewhere else. The page's prose bounds what that pass
        // can find, so it runs only where it could change the answer.
        boolean fewProse = located.proseChars() < MIN_TRUSTED_PROSE;
        long pageProse = located.pageProseChars();
        if (fewProse && located.proseChars() >= settings.minGoodUnitChars()
                && inNamedBody(located.body(), classifier)) {
            // a short post inside a container named as the body (entry-content, articleBody) is the story: a
            // name-blind pass would find more prose elsewhere, in a sidebar's blurb or the comment form
            return located;
        }
        if (fewProse ? pageProse > located.proseChars()
                : pageProse >= Math.max(MIN_UNTRUSTED_PROSE, UNTRUSTED_PROSE_RATIO * located.proseChars())) {
            BodyLocator.Result untrusted = new BodyLocator(settings, classifier, false, false).locate(root);
            if (ElementClassifier.inNamedCommentSection(untrusted.body())) {
                // readers' comments are never the story, however much more prose they hold than a list post above
                return located;
            }
            if (fewProse ? untrusted.proseChars() > located.proseChars()
                    : untrusted.proseChars() >= MIN_UNTRUSTED_PROSE
                            && untrusted.proseChars() >= UNTRUSTED_PROSE_RATIO * located.proseChars()
                            && !BodyLocator.isAncestor(untrusted.body(), located.body())
                            && untrusted.body() != located.body()) {
                located = namesInside(untrusted, classifier);
            }
        }
        return located;
    }

    /**
     * The body found ignoring names, with the subtrees inside it that names mark as other content than the story
     * (comments, related posts, share bars, newsletter and promotion boxes) still skipped: a misleading name around
     * the story ({@code author-sarah} on the post, a page wrapper named like a sidebar) is no reason to keep the
     * comments under it. Names of the story's own parts (captions, bylines) stay unheeded there, as before. Skipped
     * only when the named pass over that body still finds most of its prose in one place; otherwise the names
     * inside mislead as well, and the whole body stays.
     */
    private BodyLocator.Result namesInside(BodyLocator.Result nameBlind, ElementClassifier classifier) {
        BodyLocator.Result inside = new BodyLocator(settings, classifier, true, false).locate(nameBlind.body());
        if (inside.proseChars() < NAMED_INSIDE_SHARE * inside.pageProseChars()) {
            return nameBlind;
        }
        Set<Element> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : inside.boilerplate()) {
            if (element != nameBlind.body() && ElementClassifier.isNamedOtherContent(element)) {
                skipped.add(element);
            }
        }
        return new BodyLocator.Result(nameBlind.body(), nameBlind.score(), nameBlind.proseChars(), skipped,
                nameBlind.pageProseChars());
    }

    /**
     * The body and the elements of the same tag and class (numbers aside) near it (under one of its closest
     * ancestors), in page order: a story cut into several text containers by galleries, videos or ads between them
     * ({@code <div class="article-text">} three times, each in its own layout cell) is one story. Elements judged
     * boilerplate or holding no prose are left out.
     */
    private static List<Element> bodyParts(Element body, Set<Element> boilerplate) {
        String className = body.className();
        if (className.isBlank()) {
            return List.of(body);
        }
        Element scope = body;
        for (int up = 0; up < PART_SEARCH_LEVELS && scope.parent() != null
                && !scope.parent().normalName().equals("body"); up++) {
            scope = scope.parent();
        }
        List<Element> parts = new ArrayList<>();
        // only the body and elements of its tag can be parts: the class is asked of no other element
        String tag = body.normalName();
        for (Element candidate : ElementWalk.select(new Evaluator.Class(className.trim().split("\\s+")[0]), scope,
                element -> element == body || element.normalName().equals(tag))) {
            if (candidate == body) {
                parts.add(body);
            } else if (candidate.normalName().equals(tag)
                    && sameClassButNumbers(candidate.className(), className)
                    && !insideAny(candidate, parts) && !insideBoilerplate(candidate, boilerplate, scope)
                    && hasProse(candidate)) {
                parts.add(candidate);
            }
        }
        return parts.contains(body) ? parts : List.of(body);
    }

    /**
     * Whether two class attributes are the same once digits are set aside: the parts of one story are often
     * numbered ({@code story-body story-body-1}, {@code story-body story-body-2}) while a teaser or an aside beside
     * them carries another name.
     */
    private static boolean sameClassButNumbers(String a, String b) {
        return a.equals(b) || DIGITS.matcher(a).replaceAll("#").equals(DIGITS.matcher(b).replaceAll("#"));
    }

    private static boolean insideAny(Element element, List<Element> containers) {
        for (Element container : containers) {
            if (BodyLocator.isAncestor(container, element)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideBoilerplate(Element element, Set<Element> boilerplate, Element scope) {
        for (Element e = element; e != null && e != scope; e = e.parent()) {
            if (boilerplate.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a part holds prose: a paragraph of some length, or, in a part without paragraphs (an older layout
     * that gives each paragraph a container of the body's class, text straight inside), that much text of its own.
     */
    private static boolean hasProse(Element element) {
        boolean anyParagraph = false;
        for (Element p : ElementWalk.select(PARAGRAPH, element)) {
            if (p.text().length() >= MIN_SIBLING_PARAGRAPH_CHARS) {
                return true;
            }
            anyParagraph = true;
        }
        return !anyParagraph && element.ownText().length() >= MIN_SIBLING_PARAGRAPH_CHARS;
    }

    /**
     * The story's lead or standfirst when it sits just before the body container rather than inside it: the
     * nearest preceding sibling of the body or of one of its two closest ancestors that is named as a lead.
     */
    private static Element findLead(Element body) {
        Element level = body;
        for (int up = 0; up < LEAD_SEARCH_LEVELS && level != null && level.parent() != null; up++) {
            int steps = 0;
            for (Element sibling = level.previousElementSibling(); sibling != null && steps < LEAD_SEARCH_SIBLINGS;
                    sibling = sibling.previousElementSibling(), steps++) {
                if (ElementClassifier.isNamedLead(sibling) && !ElementClassifier.isHeading(sibling.normalName())) {
                    return sibling;
                }
            }
            level = level.parent();
        }
        return null;
    }
}
