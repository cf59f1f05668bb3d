package io.newsline.ingest.extract.wire;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline at the start of a story's first paragraph: "MOSCOW (AFP) - ...", "Moscow, Mar 5 (AP) ...",
 * "Moscow, (APP - UrduPoint / Pakistan Point News - 5th Mar, 2025) ...", "NEW DELHI, March 5 (PTI): ...",
 * "MOSCOW: ...", "MOSCOW — ...". Stateless and thread-safe.
 */
public final class DatelineParser {

    private static final String PLACE = "(?<place>\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3}"
            + "(?:,\\s*\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,2})?)";
    private static final String DATE = "(?:,?\\s*\\b(?<date>(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,9}\\.?)(?:,?\\s*\\d{4})?))?";
    /** "PLACE[, date] (CREDIT)[ -|:] rest" */
    private static final Pattern BRACKETED = Pattern.compile(
            "^" + PLACE + DATE + "\\s*,?\\s*\\((?<credit>[^()]{2,120})\\)\\s*(?:[-–—:]+\\s*)?(?<rest>\\S.*)$", Pattern.DOTALL);
    /** "PLACE: rest", "PLACE — rest", "PLACE - rest" with the place in capitals. */
    private static final Pattern CAPITALS = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu}.'’\\-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’\\-]+){0,3}(?:,\\s*\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){0,2})?)"
                    + DATE + "\\s*(?::|\\s[-–—]+)\\s+(?<rest>\\S.*)$", Pattern.DOTALL);
    private static final Pattern CREDIT_DATE_TAIL = Pattern.compile(
            "\\s*[-–—,]\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9}\\.?,?\\s*\\d{4}\\s*$|\\s*[-–—,]\\s*\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s*\\d{4}\\s*$");

    private final Agencies agencies;

    public DatelineParser(Agencies agencies) {
        this.agencies = agencies;
    }

    /** The dateline at the start of {@code paragraph}, if any. */
    public Optional<WireCredit> parse(String paragraph) {
        if (paragraph == null || paragraph.length() < 12) {
            return Optional.empty();
        }
        Matcher m = BRACKETED.matcher(paragraph);
        if (m.matches()) {
            String credit = CREDIT_DATE_TAIL.matcher(m.group("credit").trim()).replaceFirst("").trim();
            String agency = agencies.find(credit).orElse(null);
            // A bracket that names no agency and carries no date is more likely an aside than a credit:
            // "WASHINGTON (CNN)" counts, "Moscow (Russia)" does not.
            boolean creditLike = agency != null || !credit.equals(m.group("credit").trim())
                    || credit.matches("\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,3}") && isCapitals(m.group("place"));
            if (creditLike && isPlace(m.group("place"))) {
                return Optional.of(new WireCredit(placeName(m.group("place")), credit, agency, m.group("rest").trim()));
            }
        }
        m = CAPITALS.matcher(paragraph);
        if (m.matches() && isPlace(m.group("place")) && isCapitals(m.group("place").split(",")[0])) {
            return Optional.of(new WireCredit(placeName(m.group("place")), null, null, m.group("rest").trim()));
        }
        return Optional.empty();
    }

    private static boolean isPlace(String place) {
        String p = place.trim();
        return p.length() >= 2 && p.length() <= 60 && !p.matches("(?i)(the|a|an|in|on|but|and|by|photo|image)\\b.*");
    }

    private static boolean isCapitals(String s) {
        String letters = s.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    /** "NEW DELHI" to "New Delhi"; names printed in mixed case stay as printed. */
    static String placeName(String place) {
        String p = place.trim().replaceAll("[,\\s]+$", "");
        if (!isCapitals(p)) {
            return p;
        }
        StringBuilder out = new StringBuilder(p.length());
        boolean start = true;
        for (char c : p.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return out.toString();
    }
}
