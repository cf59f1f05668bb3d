package io.newsline.ingest.extract.text;

import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.BlockKind;
import io.newsline.ingest.extract.NotArticleReasons;
import io.newsline.ingest.extract.meta.AuthorNames;
import io.newsline.ingest.extract.meta.DateTexts;
import io.newsline.ingest.extract.meta.PrintedDate;
import io.newsline.ingest.extract.meta.Titles;
import io.newsline.ingest.extract.site.SiteRules;
import io.newsline.ingest.extract.wire.Agencies;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads flattened page text: one line per paragraph, menu item or label, as a text crawler stores a page. The story
 * begins at the first line of running text (a sentence of 12+ words) that is not a photo caption; the headline is the
 * line above it that best matches the URL's slug (else the first headline-like line); lines between are bylines and
 * dates; the story ends at the first list heading ("Recent Stories", "More Stories From World"). Menu labels, "1 hour
 * ago" stamps, tickers and captions are dropped by the rules in {@link LineRules}. Breadcrumbs, section names and
 * banners are never the headline, and tag, category and topic pages, lists of headlines and teaser lists are no
 * article ({@link PageFurniture}). Stateless and thread-safe.
 */
public final class FlatTextExtractor {

    private static final Pattern CRAWLER_DATE = Pattern.compile("^date\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[•·*▪►‣-]\\s+(.+)$");
    private static final Pattern DASHED_HEADING = Pattern.compile("^[-–—]\\s+(.{2,80}?)\\s+[-–—]$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MIN_BODY_LINE_WORDS = 8;

    private final LineRules lineRules;
    private final Agencies agencies;

    public FlatTextExtractor(LineRules lineRules, Agencies agencies) {
        this.lineRules = lineRules;
        this.agencies = agencies;
    }

    public FlatPage extract(String text, String url, SiteRules rules) {
        List<String> lines = new ArrayList<>();
        PrintedDate captureDate = null;
        for (String raw : text.split("\\R")) {
            String line = Titles.normaliseSpace(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (lines.isEmpty() && captureDate == null) {
                Matcher m = CRAWLER_DATE.matcher(line);
                if (m.matches()) {
                    try {
                        captureDate = PrintedDate.dateOnly(LocalDate.parse(m.group(1)));
                    } catch (DateTimeParseException e) {
                        // not a date after all: keep the line as it is
                    }
                    line = m.group(2).strip();
                    if (line.isEmpty()) {
                        continue;
                    }
                }
            }
            lines.add(line);
        }
        if (PageFurniture.isIndexAddress(url)) {
            // A tag, category or topic page, or a later page of one: teasers of other stories, whatever they read like.
            return FlatPage.notArticle(null, captureDate, NotArticleReasons.SECTION_INDEX);
        }
        List<String> kept = new ArrayList<>();
        // Where each kept line stood among all lines, to count the time stamps that fell between kept lines.
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!lineRules.isDroppable(line) && !matchesAny(rules.dropLinePatterns(), line)) {
                kept.add(line);
                positions.add(i);
            }
        }
        // the caption rules' verdict on each kept line, asked once: three steps below read it
        boolean[] captionRule = new boolean[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            captionRule[i] = lineRules.isCaption(kept.get(i));
        }
        Set<Integer> captions = captionLines(kept, captionRule);
        Set<String> slug = slugWords(url);
        int bodyStart = -1;
        for (int i = 0; i < kept.size(); i++) {
            String line = kept.get(i);
            if (captions.contains(i) || !BlockCleaner.isSentenceLike(line) || lineRules.isStop(line)) {
                continue;
            }
            // A question headline reads like a sentence: the slug, or a byline right under it, says it is the title.
            boolean headline = slugScore(line, slug) >= 0.6 * words(line)
                    || i + 1 < kept.size() && BylineLine.parse(kept.get(i + 1), rules, agencies).isPresent()
                            && kept.get(i + 1).matches("(?i)^by\\b.*");
            if (!headline) {
                bodyStart = i;
                break;
            }
        }
        if (bodyStart < 0) {
            // No running text: a navigation capture has no headline of its own either.
            if (looksLikeNavigation(lines)) {
                return FlatPage.notArticle(null, captureDate, NotArticleReasons.NAVIGATION_ONLY);
            }
            String title = pickTitle(kept, kept.size(), captions, url, Set.of());
            return new FlatPage(title, List.of(), captureDate, null, List.of(), false, null, List.of(), 0, Set.of());
        }
        if (isTeaserList(lines, kept, positions, bodyStart)) {
            return FlatPage.notArticle(null, captureDate, NotArticleReasons.HEADLINE_LIST);
        }
        String title = pickTitle(kept, bodyStart, captions, url, PageFurniture.ledeStems(kept, bodyStart, 120));

        // Header zone: bylines and dates between the top and the story.
        List<String> authors = new ArrayList<>();
        PrintedDate date = null;
        String agency = null;
        boolean inByList = false;
        for (int i = 0; i < bodyStart; i++) {
            String line = kept.get(i);
            if (captions.contains(i) || line.equals(title)) {
                continue;
            }
            if (line.equalsIgnoreCase("by")) {
                inByList = true;
                continue;
            }
            Optional<BylineLine> byline = BylineLine.parse(line, rules, agencies);
            if (byline.isPresent()) {
                authors.addAll(byline.get().authors());
                date = date == null ? byline.get().date() : date;
                agency = agency == null ? byline.get().agency() : agency;
                inByList = false;
                continue;
            }
            if (inByList && line.split("\\s+").length <= 5) {
                if (!line.equalsIgnoreCase("and")) {
                    authors.addAll(AuthorNames.clean(List.of(line)));
                    agency = agency == null ? agencies.whole(line).orElse(null) : agency;
                }
                continue;
            }
            inByList = false;
        }

        List<Block> blocks = new ArrayList<>();
        String titleKey = Titles.key(title);
        for (int i = bodyStart; i < kept.size(); i++) {
            String line = kept.get(i);
            if (lineRules.isStop(line)) {
                break;
            }
            // captions holds every line the caption rules match
            if (captions.contains(i) || Titles.key(line).equals(titleKey)) {
                continue;
            }
            Matcher dashed = DASHED_HEADING.matcher(line);
            if (dashed.matches()) {
                blocks.add(new Block(BlockKind.HEADING, dashed.group(1)));
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches() && words(bullet.group(1)) >= 3) {
                blocks.add(new Block(BlockKind.LIST_ITEM, bullet.group(1)));
                continue;
            }
            int words = words(line);
            if (words >= MIN_BODY_LINE_WORDS || BlockCleaner.isSentenceLike(line)) {
                blocks.add(Block.paragraph(line));
            } else if (isHeading(line) && i + 1 < kept.size() && BlockCleaner.isSentenceLike(kept.get(i + 1))
                    && !lineRules.isStop(kept.get(i + 1))) {
                blocks.add(new Block(BlockKind.HEADING, line));
            }
        }
        // Trailing headings with nothing under them are leftovers of a list, not the story.
        while (!blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == BlockKind.HEADING) {
            blocks.remove(blocks.size() - 1);
        }
        int storyEnd = storyEnd(kept, bodyStart);
        int titleAt = title == null ? bodyStart : Math.min(bodyStart, Math.max(0, kept.indexOf(title)));
        int from = positions.get(Math.max(0, Math.min(titleAt, bodyStart - 6)));
        // The first list heading stays in: "© dpa-infocom" and "© KYODO" close a story and start the footer.
        int to = storyEnd < kept.size() ? positions.get(storyEnd) + 1 : lines.size();
        Set<Integer> storyCaptions = new HashSet<>();
        int keptAt = 0;
        for (int i = from; i < to; i++) {
            while (keptAt < positions.size() && positions.get(keptAt) < i) {
                keptAt++;
            }
            // a kept line's verdict is known; only the dropped lines between them are asked
            boolean keptLine = keptAt < positions.size() && positions.get(keptAt) == i;
            if (keptLine ? captionRule[keptAt] : lineRules.isCaption(lines.get(i))) {
                storyCaptions.add(i - from);
            }
        }
        for (int k : captions) {
            storyCaptions.add(positions.get(k) - from);
        }
        return new FlatPage(title, AuthorNames.clean(authors), date != null ? date : captureDate, agency, blocks, false,
                null, lines.subList(from, to), positions.get(bodyStart) - from, storyCaptions);
    }

    private int storyEnd(List<String> kept, int bodyStart) {
        for (int i = bodyStart; i < kept.size(); i++) {
            if (lineRules.isStop(kept.get(i))) {
                return i;
            }
        }
        return kept.size();
    }

    /** A caption printed twice (alone, then with its credit appended), or a line the caption rules match. */
    private static Set<Integer> captionLines(List<String> lines, boolean[] captionRule) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String a = lines.get(i);
            String b = lines.get(i + 1);
            if (a.length() >= 30 && b.length() > a.length() && b.contains(a)) {
                out.add(i);
                out.add(i + 1);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (captionRule[i]) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The line above the story that best matches the URL slug; else the first headline-like line that shares a word
     * with the story's lede. Furniture ({@link PageFurniture}) is never the title.
     */
    private static String pickTitle(List<String> lines, int end, Set<Integer> captions, String url, Set<String> lede) {
        Set<String> slug = slugWords(url);
        String best = null;
        double bestScore = 0;
        String firstHeadline = null;
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            if (captions.contains(i) || !isHeadlineLike(line) && slugScore(line, slug) < 0.6 * words(line)
                    || PageFurniture.notATitle(line, Set.of())) {
                continue;
            }
            double score = slugScore(line, slug);
            if (firstHeadline == null && (score >= 1.0 || !PageFurniture.notATitle(line, lede))) {
                firstHeadline = line;
            }
            if (score >= 1.0 && score > bestScore) {
                best = line;
                bestScore = score;
            }
        }
        return best != null ? best : firstHeadline;
    }

    /** Words of the line found in the slug, less half the words that are not. */
    private static double slugScore(String line, Set<String> slug) {
        if (slug.isEmpty()) {
            return 0;
        }
        int overlap = 0;
        int other = 0;
        for (String w : wordsOf(line)) {
            if (slug.contains(stem(w))) {
                overlap++;
            } else {
                other++;
            }
        }
        return overlap < 2 ? 0 : overlap - 0.5 * other;
    }

    private static boolean isHeadlineLike(String line) {
        int words = words(line);
        return words >= 3 && words <= 30 && !line.endsWith(".") && !line.endsWith(":") && WORD.matcher(line).find()
                && !line.matches("(?i)^(by|published|updated|posted)\\b.*");
    }

    private static boolean isHeading(String line) {
        int words = words(line);
        return words >= 1 && words <= 10 && !line.endsWith(":") && Character.isLetterOrDigit(line.codePointAt(0))
                && Character.isUpperCase(line.codePointAt(0));
    }

    private static Set<String> slugWords(String url) {
        Set<String> out = new HashSet<>();
        if (url == null) {
            return out;
        }
        String path;
        try {
            path = URI.create(url.trim().replace(" ", "%20")).getPath();
        } catch (IllegalArgumentException e) {
            return out;
        }
        if (path == null) {
            return out;
        }
        for (String w : wordsOf(path.replaceAll("\\.[a-z]{2,5}$", ""))) {
            out.add(stem(w));
        }
        return out;
    }

    private static List<String> wordsOf(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String stem(String w) {
        return w.length() > 5 ? w.substring(0, 5) : w;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static final Pattern TIME_STAMP = Pattern.compile(
            "(?i)\\d+\\s+(sec|secs|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?)\\s+ago|just now|yesterday");

    /**
     * A list of other stories rather than a story: from where running text begins up to the first list heading,
     * the lines alternate with "2 hours ago" stamps (at least three, one for every two lines or more); or, from the
     * top of the capture, three teasers or more each carry a date line of their own (one for every five lines or more).
     */
    private boolean isTeaserList(List<String> lines, List<String> kept, List<Integer> positions, int bodyStart) {
        int end = kept.size();
        for (int i = bodyStart; i < kept.size(); i++) {
            if (lineRules.isStop(kept.get(i))) {
                end = i;
                break;
            }
        }
        int from = positions.get(bodyStart);
        int to = end < kept.size() ? positions.get(end) : lines.size();
        int stamps = 0;
        for (int i = from; i < to; i++) {
            if (TIME_STAMP.matcher(lines.get(i)).matches()) {
                stamps++;
            }
        }
        // A story prints a date or two above it; the teasers of a section index each print their own.
        int dates = 0;
        for (int i = 0; i < to; i++) {
            if (words(lines.get(i)) <= 5 && DateTexts.findPrinted(lines.get(i)).isPresent()) {
                dates++;
            }
        }
        int storyLines = end - bodyStart;
        return stamps >= 3 && stamps * 2 >= storyLines || dates >= 3 && dates * 5 >= to;
    }

    /** Many lines, nearly all of them short labels or link texts. */
    private static boolean looksLikeNavigation(List<String> lines) {
        if (lines.size() < 10) {
            return false;
        }
        int shortLines = 0;
        for (String l : lines) {
            if (!BlockCleaner.isSentenceLike(l)) {
                shortLines++;
            }
        }
        return shortLines * 10 >= lines.size() * 9;
    }

    private static boolean matchesAny(List<Pattern> patterns, String line) {
        for (Pattern p : patterns) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
