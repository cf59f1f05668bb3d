package io.newsline.ingest.extract.body;

import io.newsline.ingest.extract.BlockKind;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The features of every text block of a page, as {@link BlockModel} reads them: the block's own text (length, link
 * density, punctuation, short-word share), its place in the page, its tag and the roles and class/id words of its
 * ancestors, the container it sits in (its share of the page's text, its link density, its paragraphs), its
 * neighbours, and what the hand rules of {@link BodyLocator} made of it (chosen, inside the chosen container, inside
 * a subtree judged boilerplate). Feature {@code i} is named {@link #NAMES}{@code [i]}; the model file names them
 * too, so a change of order is caught when the model loads.
 *
 * <p>Stateless; {@link #compute} keeps its per-page state in local maps. The document is only read.
 */
final class BlockFeatures {

    /** How many buckets the class and id words of a block's element and its closest ancestors hash into. */
    static final int NAME_BUCKETS = 32;
    private static final int NAME_LEVELS = 3;
    private static final int WINDOW = 3;
    private static final int LONG_BLOCK_CHARS = 80;
    private static final String[] DENSE_NAMES = {
        "in_rules", "in_rules_body", "in_rules_boilerplate", "log_chars", "link_density", "punct_per_word",
        "short_word_share", "ends_with_stop", "digit_share", "rel_position", "rel_char_position", "log_depth",
        "kind_heading", "kind_list_item", "kind_quote", "tag_p", "tag_cell", "tag_div", "under_boilerplate_name",
        "under_suspect_name", "under_body_name", "under_article_or_main", "container_log_chars",
        "container_link_density", "container_long_blocks", "container_page_share", "outer_page_share",
        "outer_link_density", "prev_log_chars", "prev_link_density", "prev_in_rules", "next_log_chars",
        "next_link_density", "next_in_rules", "window_in_rules", "window_link_density", "page_log_chars",
        "rules_page_share", "log_words", "mean_word_length", "after_rules", "before_rules", "rules_distance",
        "headline_repeat", "furniture_line"
    };
    static final List<String> NAMES;

    static {
        String[] all = new String[DENSE_NAMES.length + NAME_BUCKETS];
        System.arraycopy(DENSE_NAMES, 0, all, 0, DENSE_NAMES.length);
        for (int i = 0; i < NAME_BUCKETS; i++) {
            all[DENSE_NAMES.length + i] = "name_bucket_" + i;
        }
        NAMES = List.of(all);
    }

    private BlockFeatures() {}

    /** Text counts of the blocks under one container. */
    private static final class Container {
        long chars;
        long linkChars;
        int longBlocks;
    }

    /**
     * @param blocks       every block of the page, in page order
     * @param inRules      per block, whether the rules' answer holds it
     * @param rulesParts   the containers the rules chose
     * @param boilerplate  the subtrees the rules judged boilerplate
     * @param headlines    the page's headlines, normalised as {@link BlockFilter#normalise}
     */
    static float[][] compute(List<BlockCollector.RawBlock> blocks, boolean[] inRules, List<Element> rulesParts,
            Set<Element> boilerplate, Set<String> headlines, ElementClassifier classifier, BlockFilter filter) {
        return compute(blocks, inRules, new Ancestry(classifier, rulesParts, boilerplate), headlines, filter);
    }

    /** As above, with what the blocks' elements inherit found through {@code ancestry}. */
    static float[][] compute(List<BlockCollector.RawBlock> blocks, boolean[] inRules, Ancestry ancestry,
            Set<String> headlines, BlockFilter filter) {
        int n = blocks.size();
        float[][] out = new float[n][NAMES.size()];
        Map<Element, Container> containers = new IdentityHashMap<>();
        long pageChars = 0;
        long rulesChars = 0;
        int firstRules = -1;
        int lastRules = -1;
        for (int i = 0; i < n; i++) {
            BlockCollector.RawBlock b = blocks.get(i);
            pageChars += b.chars();
            if (inRules[i]) {
                rulesChars += b.chars();
                lastRules = i;
                if (firstRules < 0) {
                    firstRules = i;
                }
            }
            for (Element c : new Element[] {container(b.owner()), outer(b.owner())}) {
                Container s = containers.computeIfAbsent(c, k -> new Container());
                s.chars += b.chars();
                s.linkChars += b.linkChars();
                if (b.chars() >= LONG_BLOCK_CHARS) {
                    s.longBlocks++;
                }
            }
        }
        long before = 0;
        int lastSeenRules = -1;
        int[] nextRules = new int[n];
        for (int i = n - 1, next = -1; i >= 0; i--) {
            nextRules[i] = next;
            if (inRules[i]) {
                next = i;
            }
        }
        for (int i = 0; i < n; i++) {
            BlockCollector.RawBlock b = blocks.get(i);
            float[] f = out[i];
            String text = b.text();
            Element owner = b.owner();
            int words = 0;
            int shortWords = 0;
            int wordChars = 0;
            int punct = 0;
            int digits = 0;
            int run = 0;
            for (int k = 0, len = text.length(); k <= len; k++) {
                char c = k < len ? text.charAt(k) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    run++;
                    if (Character.isDigit(c)) {
                        digits++;
                    }
                    continue;
                }
                if (run > 0) {
                    words++;
                    wordChars += run;
                    if (run <= 3) {
                        shortWords++;
                    }
                    run = 0;
                }
                if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '。' || c == '、') {
                    punct++;
                }
            }
            char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
            int flags = ancestry.of(owner);
            Container container = containers.get(container(owner));
            Container outer = containers.get(outer(owner));
            String tag = owner == null ? "" : owner.normalName();
            f[0] = inRules[i] ? 1 : 0;
            f[1] = Ancestry.has(flags, Ancestry.INSIDE_RULES) ? 1 : 0;
            f[2] = Ancestry.has(flags, Ancestry.INSIDE_BOILERPLATE) ? 1 : 0;
            f[3] = log(b.chars());
            f[4] = (float) b.linkDensity();
            f[5] = words == 0 ? 0 : (float) punct / words;
            f[6] = words == 0 ? 0 : (float) shortWords / words;
            f[7] = last == '.' || last == '!' || last == '?' || last == '。' || last == '"' || last == '”' ? 1 : 0;
            f[8] = b.chars() == 0 ? 0 : (float) digits / b.chars();
            f[9] = n <= 1 ? 0 : (float) i / (n - 1);
            f[10] = pageChars == 0 ? 0 : (float) before / pageChars;
            f[11] = log(Ancestry.depth(flags));
            f[12] = b.kind() == BlockKind.HEADING ? 1 : 0;
            f[13] = b.kind() == BlockKind.LIST_ITEM ? 1 : 0;
            f[14] = b.kind() == BlockKind.QUOTE ? 1 : 0;
            f[15] = tag.equals("p") ? 1 : 0;
            f[16] = tag.equals("td") || tag.equals("th") ? 1 : 0;
            f[17] = tag.equals("div") ? 1 : 0;
            f[18] = Ancestry.has(flags, Ancestry.UNDER_BOILERPLATE) ? 1 : 0;
            f[19] = Ancestry.has(flags, Ancestry.UNDER_SUSPECT) ? 1 : 0;
            f[20] = Ancestry.has(flags, Ancestry.UNDER_BODY) ? 1 : 0;
            f[21] = Ancestry.has(flags, Ancestry.UNDER_ARTICLE) ? 1 : 0;
            f[22] = log(container.chars);
            f[23] = density(container.linkChars, container.chars);
            f[24] = log(container.longBlocks);
            f[25] = density(container.chars, pageChars);
            f[26] = density(outer.chars, pageChars);
            f[27] = density(outer.linkChars, outer.chars);
            if (i > 0) {
                f[28] = log(blocks.get(i - 1).chars());
                f[29] = (float) blocks.get(i - 1).linkDensity();
                f[30] = inRules[i - 1] ? 1 : 0;
            }
            if (i + 1 < n) {
                f[31] = log(blocks.get(i + 1).chars());
                f[32] = (float) blocks.get(i + 1).linkDensity();
                f[33] = inRules[i + 1] ? 1 : 0;
            }
            long windowChars = 0;
            long windowLinks = 0;
            int windowRules = 0;
            int windowSize = 0;
            for (int k = Math.max(0, i - WINDOW); k <= Math.min(n - 1, i + WINDOW); k++) {
                if (k != i) {
                    windowSize++;
                    windowRules += inRules[k] ? 1 : 0;
                    windowChars += blocks.get(k).chars();
                    windowLinks += blocks.get(k).linkChars();
                }
            }
            f[34] = windowSize == 0 ? 0 : (float) windowRules / windowSize;
            f[35] = density(windowLinks, windowChars);
            f[36] = log(pageChars);
            f[37] = density(rulesChars, pageChars);
            f[38] = log(words);
            f[39] = words == 0 ? 0 : (float) wordChars / words;
            f[40] = lastRules >= 0 && i > lastRules ? 1 : 0;
            f[41] = firstRules >= 0 && i < firstRules ? 1 : 0;
            int distance = firstRules < 0 ? 64 : Math.min(64, Math.min(
                    lastSeenRules < 0 ? 64 : i - lastSeenRules, nextRules[i] < 0 ? 64 : nextRules[i] - i));
            f[42] = inRules[i] ? 0 : log(distance);
            f[43] = text.length() <= 200 && headlines.contains(BlockFilter.normalise(text)) ? 1 : 0;
            f[44] = filter.isFurniture(text) ? 1 : 0;
            hashNames(owner, f, DENSE_NAMES.length);
            before += b.chars();
            if (inRules[i]) {
                lastSeenRules = i;
            }
        }
        return out;
    }

    /** The element a block's siblings share: the owner's parent when the owner is a paragraph-like element. */
    private static Element container(Element owner) {
        if (owner == null) {
            return null;
        }
        String tag = owner.normalName();
        boolean leaf = tag.equals("p") || tag.equals("li") || tag.equals("dd") || tag.equals("dt")
                || tag.equals("blockquote") || tag.equals("pre") || tag.equals("br") || ElementClassifier.isHeading(tag);
        return leaf && owner.parent() != null ? owner.parent() : owner;
    }

    private static Element outer(Element owner) {
        Element c = container(owner);
        return c != null && c.parent() != null ? c.parent() : c;
    }

    /** Sets the bucket of every lower-cased class and id word of the element and its closest ancestors. */
    private static void hashNames(Element owner, float[] f, int offset) {
        Element e = owner;
        for (int level = 0; level < NAME_LEVELS && e != null; level++, e = e.parent()) {
            String names = e.className() + ' ' + e.id();
            int start = -1;
            for (int k = 0; k <= names.length(); k++) {
                boolean letter = k < names.length() && Character.isLetter(names.charAt(k));
                if (letter && start < 0) {
                    start = k;
                } else if (!letter && start >= 0) {
                    if (k - start >= 2) {
                        String word = names.substring(start, k).toLowerCase(Locale.ROOT);
                        f[offset + Math.floorMod(word.hashCode(), NAME_BUCKETS)] = 1;
                    }
                    start = -1;
                }
            }
        }
    }

    private static float log(long x) {
        return (float) Math.log1p(Math.max(0, x));
    }

    private static float density(long part, long whole) {
        return whole == 0 ? 0 : (float) part / whole;
    }
}
