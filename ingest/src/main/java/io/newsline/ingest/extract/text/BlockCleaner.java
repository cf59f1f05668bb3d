package io.newsline.ingest.extract.text;

import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.BlockKind;
import io.newsline.ingest.extract.meta.PrintedDate;
import io.newsline.ingest.extract.meta.Titles;
import io.newsline.ingest.extract.site.SiteRules;
import io.newsline.ingest.extract.wire.Agencies;
import io.newsline.ingest.extract.wire.DatelineParser;
import io.newsline.ingest.extract.wire.WireCredit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Post-processes a story's blocks: removes the headline and byline/date lines repeated above the text, lines the
 * site's rules drop, the dateline (kept as a field), closing wire credits ("-- AFP", "(With inputs from PTI)") and
 * pictures' credits ({@link PhotoCredits}).
 * Stateless and thread-safe.
 */
public final class BlockCleaner {

    /** What the clean-up found besides the blocks. */
    public record Cleaned(List<Block> blocks, WireCredit dateline, List<String> bylineAuthors, PrintedDate bylineDate,
            String agency, String credit) {
    }

    private static final int HEADER_BLOCKS = 6;
    private static final Pattern CLOSING_CREDIT = Pattern.compile(
            "^(?:[-–—(]+\\s*)?(?:(?:with\\s+)?(?:inputs?|additional reporting|reporting)\\s+(?:from|by)\\s+)?(?<credit>[^()]{2,60}?)\\s*\\)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final Agencies agencies;
    private final DatelineParser datelines;

    public BlockCleaner(Agencies agencies) {
        this.agencies = agencies;
        this.datelines = new DatelineParser(agencies);
    }

    /**
     * @param blocks the body as extracted
     * @param title the headline, to drop its repetition above the text
     * @param rules the site's rules
     */
    public Cleaned clean(List<Block> blocks, String title, SiteRules rules) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (!matchesAny(rules.dropLinePatterns(), b.text())) {
                out.add(b);
            }
        }
        String titleKey = Titles.key(title);
        List<String> authors = new ArrayList<>();
        PrintedDate date = null;
        String agency = null;
        String credit = null;
        // Header zone: repeated headline, byline and date lines before the first paragraph of the story.
        int i = 0;
        int inspected = 0;
        while (i < out.size() && inspected < HEADER_BLOCKS) {
            inspected++;
            String text = out.get(i).text();
            // a first block equal to the description stays: pages describe themselves by their first paragraph
            if (!titleKey.isEmpty() && mayHaveKey(text, titleKey) && Titles.key(text).equals(titleKey)) {
                out.remove(i);
                continue;
            }
            Optional<BylineLine> byline = BylineLine.parse(text, rules, agencies);
            if (byline.isPresent()) {
                authors.addAll(byline.get().authors());
                if (date == null) {
                    date = byline.get().date();
                }
                if (agency == null) {
                    agency = byline.get().agency();
                }
                out.remove(i);
                continue;
            }
            if (isStoryParagraph(out.get(i))) {
                break;
            }
            i++;
        }
        // Dateline at the start of the first paragraph.
        WireCredit dateline = null;
        for (int j = 0; j < Math.min(out.size(), 3); j++) {
            Block b = out.get(j);
            if (b.kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            Optional<WireCredit> found = datelines.parse(b.text());
            if (found.isPresent()) {
                dateline = found.get();
                out.set(j, new Block(BlockKind.PARAGRAPH, dateline.rest()));
                if (dateline.agency() != null) {
                    agency = dateline.agency();
                }
                if (dateline.credit() != null) {
                    credit = dateline.credit();
                }
            }
            break;
        }
        // Closing credit: a last short block that only names an agency.
        while (!out.isEmpty()) {
            String last = out.get(out.size() - 1).text();
            if (last.length() > 70) {
                break;
            }
            Matcher m = CLOSING_CREDIT.matcher(last);
            Optional<String> named = m.matches() ? agencies.whole(m.group("credit")) : Optional.empty();
            if (named.isEmpty()) {
                break;
            }
            if (agency == null) {
                agency = named.get();
            }
            if (credit == null) {
                credit = m.group("credit").trim();
            }
            out.remove(out.size() - 1);
        }
        // pictures' credits and captions that end in one; read for the story's credit before this clean-up
        out.removeIf(b -> b.kind() != BlockKind.HEADING && PhotoCredits.isPhotoCredit(b.text()));
        return new Cleaned(out, dateline, authors, date, agency, credit);
    }

    /**
     * A necessary condition for {@code Titles.key(text)} to be {@code key}: each ASCII letter and digit of a text
     * stays one character of its key, so a text holding more of them than the key has characters has another key.
     * Told by a scan that stops there, not by the key of the story's first paragraphs, which the header zone reads.
     */
    static boolean mayHaveKey(String text, String key) {
        int asciiLettersOrDigits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
                    && ++asciiLettersOrDigits > key.length()) {
                return false;
            }
        }
        return true;
    }

    /** A block that reads as running text: a paragraph of 12+ words ending a sentence, or 25+ words. */
    static boolean isStoryParagraph(Block b) {
        if (b.kind() != BlockKind.PARAGRAPH) {
            return false;
        }
        return isSentenceLike(b.text());
    }

    static boolean isSentenceLike(String text) {
        // only compared with 12 and 25
        int words = WordCount.upTo(text, 25);
        String t = text.strip();
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        boolean endsSentence = ".!?\"”’'…:)".indexOf(last) >= 0 || last == '。';
        return words >= 12 && endsSentence || words >= 25 || cjkLength(t) >= 40;
    }

    private static int cjkLength(String t) {
        int n = 0;
        for (int k = 0; k < t.length(); k++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(t.charAt(k));
            if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                    || s == Character.UnicodeScript.THAI) {
                n++;
            }
        }
        return n;
    }

    private static boolean matchesAny(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text.strip()).matches()) {
                return true;
            }
        }
        return false;
    }
}
