package io.newsline.ingest.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses dates the way pages write them: ISO-8601 (with or without offset), RFC 1123, and English printed forms
 * such as "Published March 05, 2025 | 12:50 AM", "March 4, 2025, 9:59 AM ET", "07 September 2022", "5th Mar, 2025".
 * Stateless and thread-safe.
 */
public final class DateTexts {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** Zone abbreviations printed after times; ambiguous ones (IST, CST) take their most common news meaning. */
    private static final Map<String, String> ZONE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("UTC", "UTC"), Map.entry("GMT", "UTC"), Map.entry("Z", "UTC"),
            Map.entry("ET", "America/New_York"), Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
            Map.entry("CT", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
            Map.entry("PT", "America/Los_Angeles"), Map.entry("PST", "America/Los_Angeles"),
            Map.entry("PDT", "America/Los_Angeles"), Map.entry("MT", "America/Denver"),
            Map.entry("BST", "Europe/London"), Map.entry("CET", "Europe/Paris"), Map.entry("CEST", "Europe/Paris"),
            Map.entry("MSK", "Europe/Moscow"), Map.entry("PKT", "Asia/Karachi"), Map.entry("IST", "Asia/Kolkata"),
            Map.entry("JST", "Asia/Tokyo"), Map.entry("KST", "Asia/Seoul"), Map.entry("SGT", "Asia/Singapore"),
            Map.entry("HKT", "Asia/Hong_Kong"), Map.entry("WIB", "Asia/Jakarta"), Map.entry("MYT", "Asia/Kuala_Lumpur"),
            Map.entry("AEST", "Australia/Sydney"), Map.entry("AEDT", "Australia/Sydney"),
            Map.entry("NZDT", "Pacific/Auckland"), Map.entry("NZST", "Pacific/Auckland"),
            Map.entry("EAT", "Africa/Nairobi"), Map.entry("WAT", "Africa/Lagos"), Map.entry("SAST", "Africa/Johannesburg"));

    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    private static final String TIME = "(?:[\\s,|@at-]+(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?::(?<second>\\d{2}))?"
            + "\\s*(?<ampm>[ap]\\.?m\\.?)?(?:\\s*\\(?(?<zone>[A-Z]{1,4}|[+-]\\d{2}:?\\d{2})\\)?(?![\\p{L}]))?)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_IN_TEXT = Pattern.compile(
            "\\b(?<year>(?:19|20)\\d{2})-(?<month>\\d{2})-(?<day>\\d{2})(?:[T ](?<hour>\\d{2}):(?<minute>\\d{2})"
                    + "(?::(?<second>\\d{2}))?(?:\\.\\d+)?(?<zone>Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("[+-]\\d{2}:?\\d{2}");
    /** An offset written without its colon at the end of an ISO date-time ("+0100"); compiled once, not per date. */
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

    private DateTexts() {
    }

    /**
     * Parses a machine-readable date (meta content, JSON-LD, {@code <time datetime>}): ISO-8601 in its common
     * variants, RFC 1123, or epoch seconds/milliseconds; falls back to {@link #findPrinted}.
     */
    public static Optional<PrintedDate> parseMachine(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.trim();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return parseAny(s).filter(DateTexts::plausible);
    }

    /** Placeholder dates ("0001-01-01", epoch zero) are not publication dates. */
    private static boolean plausible(PrintedDate d) {
        return d.local().getYear() >= 1980 && d.local().getYear() <= 2100;
    }

    private static final Pattern ISO_START = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}");
    private static final Pattern RFC_1123_START = Pattern.compile("^(?:[A-Za-z]{3}, )?\\d{1,2} [A-Za-z]{3} \\d{4} ");

    private static Optional<PrintedDate> parseAny(String s) {
        // Checked before parsing: a failed java.time parse throws, which is slow on pages that try many candidates.
        if (ISO_START.matcher(s).find()) {
            return parseIso(s);
        }
        if (RFC_1123_START.matcher(s).find()) {
            try {
                ZonedDateTime zdt = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(new PrintedDate(zdt.toLocalDateTime(), zdt.getZone(), true));
            } catch (DateTimeParseException ignored) {
                // not RFC 1123 after all
            }
        }
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            LocalDateTime utc = LocalDateTime.ofEpochSecond(s.length() == 13 ? n / 1000 : n, 0, ZoneOffset.UTC);
            return Optional.of(new PrintedDate(utc, ZoneOffset.UTC, true));
        }
        return findPrinted(s);
    }

    private static Optional<PrintedDate> parseIso(String s) {
        OffsetDateTime plain = plainOffsetDateTime(s);
        if (plain != null) {
            return Optional.of(new PrintedDate(plain.toLocalDateTime(), plain.getOffset(), true));
        }
        try {
            OffsetDateTime odt = OffsetDateTime.parse(OFFSET_WITHOUT_COLON.matcher(s.replace(' ', 'T')).replaceFirst("$1:$2"));
            return Optional.of(new PrintedDate(odt.toLocalDateTime(), odt.getOffset(), true));
        } catch (DateTimeParseException ignored) {
            // not an offset date-time; try the next form
        }
        try {
            LocalDateTime ldt = LocalDateTime.parse(s.replace(' ', 'T'));
            return Optional.of(new PrintedDate(ldt, null, true));
        } catch (DateTimeParseException ignored) {
            // not a local date-time either
        }
        return findPrinted(s);
    }

    /**
     * The most common machine date, {@code 2025-03-05T12:50:00+01:00} (seconds, a fraction of 1-9 digits and a
     * {@code Z} in place of the offset optional; a space or {@code t} for the {@code T}), read digit by digit; null
     * for any other form or a value out of range, which {@link OffsetDateTime#parse} then reads (or refuses) as
     * before. It gives what {@code OffsetDateTime.parse} gives, without its general formatter, which took half the
     * time the metadata spent on dates.
     */
    static OffsetDateTime plainOffsetDateTime(String s) {
        int n = s.length();
        if (n < 17 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 7) || s.charAt(7) != '-'
                || !digits(s, 8, 10) || "Tt ".indexOf(s.charAt(10)) < 0 || !digits(s, 11, 13) || s.charAt(13) != ':'
                || !digits(s, 14, 16)) {
            return null;
        }
        int i = 16;
        int second = 0;
        int nanos = 0;
        if (i < n && s.charAt(i) == ':') {
            if (!digits(s, i + 1, i + 3)) {
                return null;
            }
            second = number(s, i + 1, i + 3);
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                int from = ++i;
                while (i < n && i - from < 9 && isDigit(s.charAt(i))) {
                    nanos = nanos * 10 + (s.charAt(i++) - '0');
                }
                if (i == from) {
                    return null;
                }
                for (int scale = i - from; scale < 9; scale++) {
                    nanos *= 10;
                }
            }
        }
        ZoneOffset offset;
        if (i == n - 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
            offset = ZoneOffset.UTC;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && digits(s, i + 1, i + 3)
                && s.charAt(i + 3) == ':' && digits(s, i + 4, n)) {
            int sign = s.charAt(i) == '-' ? -1 : 1;
            int hours = number(s, i + 1, i + 3);
            int minutes = number(s, i + 4, n);
            if (hours > 17 || minutes > 59) {
                return null;
            }
            offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } else {
            return null;
        }
        int hour = number(s, 11, 13);
        int minute = number(s, 14, 16);
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            return OffsetDateTime.of(LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10)),
                    LocalTime.of(hour, minute, second, nanos), offset);
        } catch (DateTimeException e) {
            return null; // no such day (February 30th): the formatter refuses it as well
        }
    }

    private static boolean digits(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }

    /** Finds the first date (with its time, when printed right after it) in running text. */
    public static Optional<PrintedDate> findPrinted(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        PrintedDate best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {ISO_IN_TEXT, MONTH_DAY_YEAR, DAY_MONTH_YEAR}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.start() >= bestStart) {
                    break;
                }
                PrintedDate d = toDate(m, p == ISO_IN_TEXT);
                if (d != null) {
                    best = d;
                    bestStart = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static PrintedDate toDate(Matcher m, boolean numericMonth) {
        try {
            int year = Integer.parseInt(m.group("year"));
            int month = numericMonth ? Integer.parseInt(m.group("month"))
                    : MONTHS.get(m.group("month").toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3)
                            .replace("sep", "sep"));
            int day = Integer.parseInt(m.group("day"));
            LocalDate date = LocalDate.of(year, month, day);
            String hour = m.group("hour");
            if (hour == null) {
                return PrintedDate.dateOnly(date);
            }
            int h = Integer.parseInt(hour);
            int min = Integer.parseInt(m.group("minute"));
            String sec = m.group("second");
            if (!numericMonth) {
                String ampm = m.group("ampm");
                if (ampm != null) {
                    boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                    if (h == 12) {
                        h = pm ? 12 : 0;
                    } else if (pm) {
                        h += 12;
                    }
                }
            }
            LocalDateTime local = LocalDateTime.of(date, LocalTime.of(h, min, sec == null ? 0 : Integer.parseInt(sec)));
            return new PrintedDate(local, zoneOf(m.group("zone")), true);
        } catch (DateTimeException | NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static ZoneId zoneOf(String zone) {
        if (zone == null) {
            return null;
        }
        if (NUMERIC_OFFSET.matcher(zone).matches()) {
            return ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        }
        String id = ZONE_ABBREVIATIONS.get(zone.toUpperCase(Locale.ROOT));
        return id == null ? null : ZoneId.of(id);
    }
}
