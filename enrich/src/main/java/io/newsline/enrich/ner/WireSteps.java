package io.newsline.enrich.ner;

import io.newsline.enrich.EntityType;
import io.newsline.enrich.TextField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Steps around the German, Spanish and French CRFs, for the kinds of error they make on wire copy
 * (docs/QUALITY.md, "German, Spanish and French"); each is kept per language only where it adds F1 on that
 * language's development set ({@link #kept}).
 *
 * <ul>
 *   <li>{@link Step#DATELINE}: an agency dateline opening a line of the text ("PARIS, 3 déc 2026 (AFP) -",
 *       "A Coruña, 4 dic (EFE).-", "München (dpa-AFX) -", or a place in capitals with a date before a dash) names a
 *       place and an agency: the place becomes one span, a location, and the agency an organisation, replacing what
 *       the CRF put across them (it misses a dateline in capitals and cuts "A Coruña" to "Coruña").</li>
 *   <li>{@link Step#NAME_EDGES}: lower-case words and elided articles opening a name are not the name ("danois
 *       Orsted", "stade Ernest-Wallon", "aéroport de Zaventem", "l' ONU"); words inside or closing a name stay
 *       ("Laurence des Cars", "Fonds monétaire international"), and so does a name that starts with a particle
 *       ("von der Leyen").</li>
 *   <li>{@link Step#CLUBS}: in a story with a match score ({@link MatchScores}: "2:1", not "20:30 Uhr"), a place
 *       that is not a nation is a club where the language marks it as one: a club's form word before it ("Stade
 *       Toulousain", "Olympique de Marseille"), a score after it ("battu Nantes 3-0"), a match word before ("gegen
 *       Leverkusen", "contre Lyon") or after it ("Bayern gewinnt"), or, in Spanish and German, an article before a
 *       city ("al Sevilla", "die Bayern"); the club is then an organisation wherever the story names it as a
 *       place.</li>
 *   <li>{@link Step#INSTITUTIONS}: a person or place whose name opens with an institution's word of the language
 *       ("Museo del Prado", "Banque de France", "Landgericht Hamburg") is an organisation; an article opening it at the
 *       start of a sentence is left out ("La Agencia Estatal de Meteorología").</li>
 * </ul>
 *
 * <p>Stateless and thread-safe if its nation test is.
 */
public final class WireSteps {

    /** The steps, each applied on its own. */
    public enum Step {
        DATELINE,
        NAME_EDGES,
        CLUBS,
        INSTITUTIONS
    }

    /**
     * Kept where each added F1 on the language's development set (docs/QUALITY.md); trimming names' edges changed no
     * span in German or Spanish, whose CRFs do not pull lower-case words into names, and institutions none in German
     * or French.
     */
    private static final Map<String, Set<Step>> KEPT = Map.of(
            "de", Collections.unmodifiableSet(EnumSet.of(Step.DATELINE, Step.CLUBS)),
            "es", Collections.unmodifiableSet(EnumSet.of(Step.DATELINE, Step.CLUBS, Step.INSTITUTIONS)),
            "fr", Collections.unmodifiableSet(EnumSet.of(Step.DATELINE, Step.NAME_EDGES, Step.CLUBS)));

    private static final String WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
    /** A place: up to four capitalised words, possibly joined by a particle ("Val d'Isère", "Frankfurt am Main"). */
    private static final String PLACE =
            WORD + "(?:(?: +| +(?:d['’]|de|del|la|am|an der) *)" + WORD + "){0,3}";
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^(" + PLACE + ") *(?:,[^()\\n]{1,30}?)? *\\( *(\\p{L}[\\p{L}\\d&/\\-]{1,12}) *\\) *\\.? *[-–—:]");
    private static final Pattern DASH_DATELINE = Pattern.compile("^(" + PLACE + ") *,[^()\\n]{1,30}? [-–—] ");
    private static final Pattern GLUED_ELISION = Pattern.compile("[ld]['’]\\p{Lu}");
    private static final Set<String> PARTICLES = Set.of(
            "de", "du", "des", "d'", "d’", "la", "le", "les", "von", "van", "der", "den", "del", "della", "di", "da",
            "dos", "das", "do", "y", "e", "et", "und", "zu", "am", "an");

    /** Per language: club form words, match words before and after a club, articles that make a city a club. */
    private record Cues(Set<String> forms, Set<String> before, Set<String> after, Set<String> articles) {}

    private static final Map<String, Cues> CUES = Map.of(
            "fr", new Cues(
                    Set.of("Stade", "Olympique", "Racing", "AS", "OGC", "RC", "FC", "AJ", "SCO", "ASM", "Girondins"),
                    Set.of("battu", "bat", "contre", "affronte", "reçoit", "domine", "éliminé", "devant"),
                    Set.of("s'impose", "s’impose", "bat", "domine", "reçoit", "affronte", "mène"),
                    Set.of()),
            "es", new Cues(
                    Set.of("Real", "Atlético", "Athletic", "Deportivo", "CD", "UD", "RCD", "CA", "Rayo", "Sporting"),
                    Set.of("contra", "ante", "venció", "goleó", "golea", "derrotó"),
                    Set.of("venció", "vence", "goleó", "golea", "ganó", "gana", "empató", "remontó", "recibe", "sigue"),
                    Set.of("el", "al", "del")),
            "de", new Cues(
                    Set.of("FC", "SC", "VfB", "VfL", "TSG", "Borussia", "Bayer", "Eintracht", "SV", "RB", "Werder",
                            "Hertha", "Fortuna", "Union"),
                    Set.of("gegen", "besiegt", "schlägt", "bezwingt"),
                    Set.of("gewinnt", "verliert", "siegt", "spielt", "empfängt", "bezwingt", "schlägt"),
                    Set.of("die", "den", "der", "dem")));

    /**
     * Countries as each language names them (the JDK's own names, e.g. "Österreich", "Alemania", "Écosse" missing from
     * the English gazetteer of the nation test), and the United Kingdom's home nations, which field teams too.
     */
    private static final Map<String, Set<String>> NATIONS = Map.of(
            "de", nations(Locale.GERMAN, "England", "Schottland", "Wales", "Nordirland"),
            "es", nations(new Locale("es"), "Inglaterra", "Escocia", "Gales", "Irlanda del Norte"),
            "fr", nations(Locale.FRENCH, "Angleterre", "Écosse", "pays de Galles", "Irlande du Nord"));

    /** Per language: words that open an institution's name. */
    private static final Map<String, Set<String>> INSTITUTION_WORDS = Map.of(
            "fr", Set.of("Musée", "Banque", "Fondation", "Université", "Institut", "Agence", "Ministère", "Conseil",
                    "Commission", "Tribunal", "Cour", "Parti", "Fonds", "Office", "Syndicat", "Compagnie", "Groupe"),
            "es", Set.of("Museo", "Banco", "Fundación", "Universidad", "Instituto", "Agencia", "Ministerio", "Consejo",
                    "Comisión", "Tribunal", "Partido", "Fondo", "Servicio", "Programa", "Organización", "Grupo"),
            "de", Set.of("Museum", "Bank", "Stiftung", "Universität", "Institut", "Agentur", "Ministerium", "Rat",
                    "Kommission", "Gericht", "Landgericht", "Amtsgericht", "Bundesgericht", "Partei", "Fonds",
                    "Verband", "Konzern", "Gruppe"));
    private static final Set<String> ARTICLES = Set.of("La", "El", "Los", "Las", "Le", "Les", "L'", "Der", "Die", "Das");

    private final Predicate<String> isNation;

    /** @param isNation whether a name is a country (national teams stay places), in English or any language */
    public WireSteps(Predicate<String> isNation) {
        this.isNation = isNation;
    }

    /** @return the steps kept for a language (primary subtag), none for a language without any */
    public static Set<Step> kept(String language) {
        return KEPT.getOrDefault(CoreNlpNerEngine.primaryTag(language), Set.of());
    }

    /**
     * @param language the page's language (primary subtag used)
     * @param title    the title
     * @param text     the body text
     * @param spans    the spans of both fields, in field and text order
     * @param steps    the steps to apply
     * @return the spans after the steps, title first, each field in text order
     */
    public List<FieldSpan> apply(String language, String title, String text, List<FieldSpan> spans, Set<Step> steps) {
        List<FieldSpan> result = spans;
        if (steps.contains(Step.NAME_EDGES)) {
            result = trimEdges(result);
        }
        if (steps.contains(Step.DATELINE)) {
            result = datelines(text, result);
        }
        Cues cues = CUES.get(CoreNlpNerEngine.primaryTag(language));
        if (steps.contains(Step.CLUBS) && cues != null && MatchScores.anyIn(text)) {
            result = clubs(title, text, result, cues, NATIONS.get(CoreNlpNerEngine.primaryTag(language)));
        }
        Set<String> institutionWords = INSTITUTION_WORDS.get(CoreNlpNerEngine.primaryTag(language));
        if (steps.contains(Step.INSTITUTIONS) && institutionWords != null) {
            result = institutions(result, institutionWords);
        }
        return result;
    }

    static List<FieldSpan> institutions(List<FieldSpan> spans, Set<String> words) {
        List<FieldSpan> result = new ArrayList<>(spans.size());
        for (FieldSpan span : spans) {
            String[] parts = span.text().split(" ", 3);
            boolean article = parts.length > 1 && ARTICLES.contains(parts[0]);
            if (span.type() != EntityType.ORGANIZATION && span.type() != EntityType.MISC
                    && (words.contains(parts[0]) || article && words.contains(parts[1]))) {
                int cut = article ? parts[0].length() + 1 : 0;
                result.add(new FieldSpan(span.in(), span.start() + cut, span.end(), EntityType.ORGANIZATION,
                        span.text().substring(cut)));
            } else {
                result.add(span);
            }
        }
        return result;
    }

    static List<FieldSpan> trimEdges(List<FieldSpan> spans) {
        List<FieldSpan> result = new ArrayList<>(spans.size());
        for (FieldSpan span : spans) {
            String name = span.text();
            int start = 0;
            int end = name.length();
            boolean dropped = false;
            while (start < end) {
                int space = name.indexOf(' ', start);
                if (space < 0 || space >= end) {
                    break;
                }
                String word = name.substring(start, space);
                boolean elision = word.matches("[ldjnsq]u?['’]");
                boolean lower = Character.isLowerCase(word.charAt(0));
                if (elision || lower && (dropped || !PARTICLES.contains(word))) {
                    dropped |= !elision || dropped;
                    start = space + 1;
                } else {
                    break;
                }
            }
            if (start == 0 && GLUED_ELISION.matcher(name).lookingAt()) {
                start = 2;
            }
            while (end > start && name.charAt(start) == ' ') {
                start++;
            }
            if (start >= end) {
                continue;
            }
            result.add(start == 0 && end == name.length() ? span : new FieldSpan(span.in(), span.start() + start,
                    span.start() + end, span.type(), name.substring(start, end)));
        }
        return result;
    }

    static List<FieldSpan> datelines(String text, List<FieldSpan> spans) {
        List<FieldSpan> found = datelineSpans(text);
        if (found.isEmpty()) {
            return spans;
        }
        List<FieldSpan> result = new ArrayList<>(spans.size() + found.size());
        for (FieldSpan span : spans) {
            if (span.in() != TextField.TEXT
                    || found.stream().noneMatch(f -> f.start() < span.end() && span.start() < f.end())) {
                result.add(span);
            }
        }
        result.addAll(found);
        // title spans first, as the enricher lists them, then the text's in text order
        result.sort((a, b) -> a.in() != b.in() ? (a.in() == TextField.TITLE ? -1 : 1)
                : Integer.compare(a.start(), b.start()));
        return result;
    }

    /** @return the places and agencies of the datelines opening lines of {@code text}, in text order */
    private static List<FieldSpan> datelineSpans(String text) {
        List<FieldSpan> found = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            Matcher agency = AGENCY_DATELINE.matcher(line);
            Matcher dash = DASH_DATELINE.matcher(line);
            if (agency.lookingAt()) {
                found.add(span(text, lineStart + agency.start(1), lineStart + agency.end(1), EntityType.LOCATION));
                found.add(span(text, lineStart + agency.start(2), lineStart + agency.end(2), EntityType.ORGANIZATION));
            } else if (dash.lookingAt() && isUpperCase(dash.group(1))) {
                found.add(span(text, lineStart + dash.start(1), lineStart + dash.end(1), EntityType.LOCATION));
            }
            lineStart = lineEnd + 1;
        }
        return found;
    }

    private List<FieldSpan> clubs(String title, String text, List<FieldSpan> spans, Cues cues, Set<String> nations) {
        Set<String> clubs = new HashSet<>();
        for (FieldSpan span : spans) {
            if (span.type() != EntityType.LOCATION || isNation.test(span.text()) || nations.contains(
                    span.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String field = span.in() == TextField.TITLE ? title : text;
            String first = span.text().split(" ", 2)[0];
            String before = lastWord(field.substring(0, span.start()));
            String after = firstWord(field.substring(span.end()));
            if (cues.forms().contains(first) || MatchScores.opensAt(field, span.end())
                    || cues.before().contains(before) || cues.after().contains(after)
                    || cues.articles().contains(before.toLowerCase())) {
                clubs.add(span.text());
            }
        }
        if (clubs.isEmpty()) {
            return spans;
        }
        // a dateline names where the story was filed, never the club that shares the city's name ("SEVILLA, 4 dic
        // (EFE).- ... el Sevilla venció")
        Set<Integer> datelinePlaces = new HashSet<>();
        for (FieldSpan place : datelineSpans(text)) {
            datelinePlaces.add(place.start());
        }
        List<FieldSpan> result = new ArrayList<>(spans.size());
        for (FieldSpan span : spans) {
            boolean dateline = span.in() == TextField.TEXT && datelinePlaces.contains(span.start());
            result.add(span.type() == EntityType.LOCATION && clubs.contains(span.text()) && !dateline
                    ? span.withType(EntityType.ORGANIZATION) : span);
        }
        return result;
    }

    private static Set<String> nations(Locale language, String... homeNations) {
        Set<String> names = new HashSet<>();
        for (String country : Locale.getISOCountries()) {
            names.add(new Locale("", country).getDisplayCountry(language).toLowerCase(Locale.ROOT));
        }
        for (String name : homeNations) {
            names.add(name.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(names);
    }

    private static String lastWord(String before) {
        String trimmed = before.stripTrailing();
        int space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'));
        return trimmed.substring(space + 1);
    }

    private static String firstWord(String after) {
        String trimmed = after.stripLeading();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    private static boolean isUpperCase(String name) {
        return name.chars().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    }

    private static FieldSpan span(String text, int start, int end, EntityType type) {
        return new FieldSpan(TextField.TEXT, start, end, type, text.substring(start, end));
    }
}
