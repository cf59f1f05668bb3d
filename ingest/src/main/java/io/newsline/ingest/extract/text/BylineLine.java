package io.newsline.ingest.extract.text;

import io.newsline.ingest.extract.meta.AuthorNames;
import io.newsline.ingest.extract.meta.DateTexts;
import io.newsline.ingest.extract.meta.PrintedDate;
import io.newsline.ingest.extract.site.SiteRules;
import io.newsline.ingest.extract.wire.Agencies;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a byline or date line printed above a story: "By Jane Doe", "Faizan Hashmi Published March 05, 2025 |
 * 12:50 AM", "Updated 07 September 2022", "By AFP". Stateless and thread-safe.
 *
 * @param authors the names on the line (cleaned)
 * @param date the date on the line, when any
 * @param agency the agency when the line credits one
 */
public record BylineLine(List<String> authors, PrintedDate date, String agency) {

    private static final Pattern BY = Pattern.compile("^(?:by|von|par|por|di|door|av|af)\\s+(?<names>.{2,120})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_THEN_DATE = Pattern.compile(
            "^(?i:by\\s+)?(?<names>\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,4}"
                    + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,4})*)"
                    + "\\s*[|,·•-]?\\s*(?i:published|updated|posted|last updated)(?i:\\s+on)?:?\\s+(?<date>.+)$");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "^(?:(?:published|updated|posted|last updated|first published)(?:\\s+on)?:?\\s*)?", Pattern.CASE_INSENSITIVE);
    /** A date (and the word before it) ending the names of a "By" line. */
    private static final Pattern DATE_AFTER_NAMES = Pattern.compile(
            "\\s*[|,·•-]?\\s*(?:published|updated|posted)?\\s*(?:on\\s+)?"
                    + "(?:\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4}).*$");
    /** Dates, times, zone abbreviations and separators, blanked out of a date line to see what else it holds. */
    private static final Pattern DATE_PARTS = Pattern.compile(
            "(?i)\\p{L}{3,9}\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(st|nd|rd|th)?\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4}"
                    + "|\\d{4}-\\d{2}-\\d{2}\\S*|\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?|\\b[A-Z]{2,4}\\b|[|,·•()-]");
    /** Weekday names, blanked out of a date line likewise. */
    private static final Pattern WEEKDAYS = Pattern.compile("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)\\p{L}*\\b");

    /**
     * @param line one short line or block
     * @return the byline, when the line is one; a line longer than 20 words never is
     */
    public static Optional<BylineLine> parse(String line, SiteRules rules, Agencies agencies) {
        String t = line.strip();
        if (t.isEmpty() || WordCount.upTo(t, 21) > 20) {
            return Optional.empty();
        }
        for (Pattern p : rules.bylinePatterns()) {
            Matcher m = p.matcher(t);
            if (m.matches()) {
                String names = m.group("author");
                return Optional.of(new BylineLine(AuthorNames.clean(List.of(names)),
                        DateTexts.findPrinted(t).orElse(null), agencies.whole(names).orElse(null)));
            }
        }
        Matcher m = NAME_THEN_DATE.matcher(t);
        if (m.matches()) {
            Optional<PrintedDate> date = DateTexts.findPrinted(m.group("date"));
            if (date.isPresent()) {
                String names = m.group("names");
                return Optional.of(new BylineLine(AuthorNames.clean(List.of(names)), date.get(),
                        agencies.whole(names).orElse(null)));
            }
        }
        m = BY.matcher(t);
        if (m.matches() && !t.endsWith(".")) {
            String names = m.group("names");
            Optional<PrintedDate> date = DateTexts.findPrinted(names);
            List<String> authors = AuthorNames.clean(List.of(DATE_AFTER_NAMES.matcher(names).replaceAll("")));
            if (!authors.isEmpty() || date.isPresent()) {
                return Optional.of(new BylineLine(authors, date.orElse(null), agencies.find(names).orElse(null)));
            }
        }
        Optional<String> agency = agencies.whole(t);
        if (agency.isPresent() && t.length() <= 40) {
            return Optional.of(new BylineLine(List.of(), null, agency.get()));
        }
        // A date line: the date and little else ("Updated 07 September 2022", "March 4, 2025, 9:59 AM ET").
        Optional<PrintedDate> date = DateTexts.findPrinted(t);
        if (date.isPresent()) {
            String rest = DATE_WORDS.matcher(t).replaceFirst("");
            rest = DATE_PARTS.matcher(rest).replaceAll(" ");
            rest = WEEKDAYS.matcher(rest).replaceAll(" ").strip();
            if (rest.isEmpty()) {
                return Optional.of(new BylineLine(List.of(), date.get(), null));
            }
        }
        return Optional.empty();
    }
}
