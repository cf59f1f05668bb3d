package io.newsline.enrich.ner;

import java.text.DateFormatSymbols;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Match scores in German, Spanish, French and English wire copy ("2:1", "3-0", "gewann 2:1 (1:0)", "31-17"), told
 * apart from what is written the same way but is no score: clock times ("20:30 Uhr", "à 8:29 GMT", "a las 21:00",
 * "kick-off 19:45", "02:52", "20:30h"), hour ranges ("9-17 Uhr"), dates ("12-03") and codes glued to letters
 * ("L122-5", "A340-300"), ranges of quantities and days ("20-25 Prozent", "21-22 mai") and numbers of laws and
 * models ("Artikel 66-1", "Boeing 737-800").
 *
 * <p>What tells a time from a score: a score never has a two-digit number with a leading zero ("21:00", "09:30"); a
 * time unit or zone after it ("Uhr", "h", "horas", "heures", "GMT", "MEZ", "UTC"); and, for the hours-and-minutes
 * shape (colon, hours up to 24, two-digit minutes up to 59), a time word before it ("um", "ab", "à", "vers", "a las",
 * "at", "kick-off") or a local-time word after it ("Ortszeit", "hora local", "locales"). A bare "19:45" with none of
 * these stays a score: handball and basketball write theirs the same way.
 *
 * <p>Stateless and thread-safe.
 */
public final class MatchScores {

    /**
     * Two numbers of up to three digits joined by a dash or a colon, not inside a longer number, a decimal ("1-2.5"),
     * a time with seconds, a chain ("7-9-18") or a code; a full stop or comma may end it ("gewann 31:28.").
     */
    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\p{L}\\d:]|\\d[.,]|\\d[-:])(\\d{1,3}) ?([-:]) ?(\\d{1,3})(?![\\d:\\p{L}]|[.,]\\d|[-:]\\d)");
    private static final Pattern OPENING_PAIR = Pattern.compile(" *\\(?" + PAIR.pattern());
    /** Units after a number that make it a time, whatever its shape ("20:30 Uhr", "9-17 Uhr", "21:00 horas"). */
    private static final Set<String> UNITS_AFTER = Set.of(
            "uhr", "h", "hs", "hr", "hrs", "heure", "heures", "hora", "horas", "o'clock", "a.m", "p.m", "pm");
    /**
     * Words after a pair that make it a range of a quantity ("20-25 Prozent", "4-5 milliards", "18-24 mois"), and
     * the months of German, Spanish and French, which make it a range of days ("21-22 mai").
     */
    private static final Set<String> QUANTITIES_AFTER = quantitiesAndMonths(
            "%", "prozent", "millionen", "milliarden", "millions", "milliards", "millones", "jahre", "jahren", "años",
            "ans", "monate", "monaten", "meses", "mois", "wochen", "semanas", "semaines", "tage", "tagen", "días",
            "jours", "minuten", "minutos", "minutes", "grad", "grados", "degrés", "km", "kilometer", "kilómetros",
            "kilomètres", "euro", "euros", "dollar", "dollars", "dólares", "personen", "personas", "personnes",
            "menschen");
    /** Words before a pair that make it a number of a law or a model ("Artikel 66-1", "Boeing 737-800"). */
    private static final Set<String> REFERENCE_BEFORE = Set.of(
            "artikel", "art.", "§", "article", "l'article", "l’article", "artículo", "typ", "type", "tipo", "modell",
            "modelo", "modèle", "boeing", "airbus");
    /** Time zones, as written (upper case: "est" is a French word). */
    private static final Set<String> ZONES = Set.of(
            "UTC", "GMT", "MEZ", "MESZ", "OEZ", "WEZ", "CET", "CEST", "BST", "EST", "EDT", "CST", "CDT", "MST", "MDT",
            "PST", "PDT", "JST", "KST", "MSK", "HNE", "HAE", "AEST", "AEDT", "TU", "AM", "PM");
    /** Words after an hours-and-minutes pair that make it a local time ("21:00 hora local", "4:30 locales"). */
    private static final Set<String> LOCAL_AFTER = Set.of("ortszeit", "local", "locales", "locale", "hora", "time");
    /** Words before an hours-and-minutes pair that make it a time ("um 20:30", "à 20:30", "a las 21:00"). */
    private static final Set<String> TIME_BEFORE = Set.of(
            "um", "ab", "bis", "gegen", "seit", "zwischen", "anstoß", "anpfiff", "beginn",
            "à", "vers", "dès", "jusqu'à", "jusqu’à", "avant", "après", "d'envoi", "d’envoi",
            "las", "la", "desde", "hasta", "hacia",
            "at", "from", "until", "till", "around", "kick-off", "kickoff");

    private MatchScores() {}

    /** @return whether {@code text} holds a match score anywhere */
    public static boolean anyIn(String text) {
        Matcher pair = PAIR.matcher(text);
        while (pair.find()) {
            if (isScore(text, pair)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code text} holds two numbers written as a score, time or not (what {@link #anyIn} sifts) */
    public static boolean anyPairIn(String text) {
        return PAIR.matcher(text).find();
    }

    /**
     * @return whether a score follows {@code from} in {@code text}, after spaces and an opening parenthesis
     *     ("battu Nantes 3-0", "Bayern (2:1)")
     */
    static boolean opensAt(String text, int from) {
        Matcher pair = OPENING_PAIR.matcher(text).region(from, text.length());
        return pair.lookingAt() && isScore(text, pair);
    }

    private static boolean isScore(String text, Matcher pair) {
        String first = pair.group(1);
        String second = pair.group(3);
        if (leadingZero(first) || leadingZero(second)) {
            return false;
        }
        String after = wordAfter(text, pair.end());
        String afterLower = after.toLowerCase(Locale.ROOT);
        if (UNITS_AFTER.contains(afterLower) || ZONES.contains(after) || QUANTITIES_AFTER.contains(afterLower)) {
            return false;
        }
        String before = wordBefore(text, pair.start()).toLowerCase(Locale.ROOT);
        if (REFERENCE_BEFORE.contains(before)) {
            return false;
        }
        boolean clock = pair.group(2).equals(":") && second.length() == 2
                && Integer.parseInt(first) <= 24 && Integer.parseInt(second) <= 59;
        return !clock || !LOCAL_AFTER.contains(afterLower) && !TIME_BEFORE.contains(before);
    }

    private static Set<String> quantitiesAndMonths(String... quantities) {
        Set<String> words = new HashSet<>(Set.of(quantities));
        for (Locale language : List.of(Locale.GERMAN, new Locale("es"), Locale.FRENCH)) {
            DateFormatSymbols names = DateFormatSymbols.getInstance(language);
            for (String[] months : List.of(names.getMonths(), names.getShortMonths())) {
                for (String month : months) {
                    String word = month.toLowerCase(language).replace(".", "");
                    if (word.length() > 2) {
                        words.add(word);
                    }
                }
            }
        }
        return Set.copyOf(words);
    }

    private static boolean leadingZero(String number) {
        return number.length() > 1 && number.charAt(0) == '0';
    }

    /**
     * The word after {@code from}, without the punctuation closing it ("Uhr." is "Uhr", "a.m." is "a.m"); a per cent
     * sign is a word.
     */
    private static String wordAfter(String text, int from) {
        int start = from;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        if (start < text.length() && text.charAt(start) == '%') {
            return "%";
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        while (end > start && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The word before {@code to}, without an opening parenthesis. */
    private static String wordBefore(String text, int to) {
        int end = to;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '(')) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }
}
