package io.newsline.enrich.ner;

import io.newsline.enrich.EntityType;
import io.newsline.enrich.TextField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations the CRF tags as people or places, or cuts short, and nations it tags as organisations. Retypes and
 * completes the CRF's spans; it never invents a span where the CRF saw no name.
 *
 * <ul>
 *   <li>{@link Step#COMPANY_FORM}: a span the text continues with a company form ("[Toyota Motor] Corp", "[Leeds]
 *       United", "[Ceres Robotics] Inc.") grows to take it in, and a span of two or more words that ends in one, is an
 *       organisation.</li>
 *   <li>{@link Step#ORGANISATION_EVIDENCE}: a person or organisation span with evidence no person has ("Hon Hai
 *       shares closed", "shares in Siemens", "Coty 's chief executive") makes that name an organisation wherever the
 *       article tags it as a person. Places are left alone ("Tokyo shares closed higher" is a city's market).</li>
 *   <li>{@link Step#SPORTS_TEAMS}: in a sentence with a score, a place that is not a nation and that beats, draws
 *       with or loses to another side ("Newcastle lost 2-0 to [Tottenham]", "[Eastern Michigan] rolled past") is
 *       the club, an organisation, wherever the article uses that name as a place. National teams stay places
 *       (CoNLL-2003 practice); people are left alone (players beat each other too).</li>
 *   <li>{@link Step#CLUB_ROLES}: a place that is not a nation with a coach, a goalkeeper or a scorer ("Wild coach
 *       Bruce Boudreau", "homered for Toronto") is the club, wherever the article uses that name as a place.</li>
 *   <li>{@link Step#COORDINATION}: a one-word person or a place that is not a nation, listed with at least two
 *       organisations ("SpaceX and Blue Origin, Sierra Nevada and Tyvak"), is an organisation where it stands.</li>
 *   <li>{@link Step#NEWS_SOURCES}: a one-word person that something is told to or that reports ("told Ruptly",
 *       "according to Caixin", "Kan reported"), whose word is in no longer person's name in the article (news
 *       names people in full first) and never follows a person's title ("president Suharto"), is an organisation
 *       wherever the article tags it as a person; so is a "person" whose name starts with "The" ("told The
 *       Hill").</li>
 *   <li>{@link Step#NATIONS}: an organisation whose whole name is a nation's is a place: the CRF tags a national side
 *       an organisation now and then where it beats or is beaten ("Canada beat [Panama] 3-1"), and CoNLL-2003 marks
 *       national teams places, as the sports teams step keeps them. Only the whole span counts ("Bank of Mexico"
 *       stays).</li>
 * </ul>
 *
 * <p>Stateless and thread-safe if its nation test is.
 */
public final class OrganisationNames {

    /** The steps, each of which can be left out (the evaluation measures each one's worth on its own). */
    public enum Step {
        /** Company forms after or at the end of a span make it an organisation. */
        COMPANY_FORM,
        /** Share prices and chief executives make a name an organisation throughout the article. */
        ORGANISATION_EVIDENCE,
        /** Places that win, draw and lose in a sentence with a score are clubs. */
        SPORTS_TEAMS,
        /** A one-word person or a place listed among organisations is one of them. */
        COORDINATION,
        /** Places with a coach, a goalkeeper or a scorer are clubs. */
        CLUB_ROLES,
        /** A one-word "person" told things or reporting them, never named in full, is a news outlet. */
        NEWS_SOURCES,
        /** An organisation whose whole name is a nation's is a place. */
        NATIONS
    }

    /** Every step. */
    public static final Set<Step> ALL_STEPS = Collections.unmodifiableSet(EnumSet.allOf(Step.class));

    private static final String FORM = "(?:Corp|Corporation|Inc|Incorporated|Ltd|Limited|Plc|PLC|plc|Co|LLC|AG|SA|NV"
            + "|SpA|GmbH|Group|Holdings|Bank|Airlines|Airways|Motor|Motors|Industries|FC|United)";
    private static final Pattern FOLLOWING_FORM = Pattern.compile("(?: " + FORM + "(?![\\p{L}\\d-]))+");
    /** A company abbreviation keeps its full stop ("Inc."), as CoNLL's tokens do. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:.* )?(?:Corp|Inc|Ltd|Co)");
    private static final Pattern ENDS_IN_FORM = Pattern.compile(".+ " + FORM);
    /** Places named like a bank. */
    private static final Pattern PLACE = Pattern.compile("(?:.+ )?(?:West|East|North|South|Left) Bank");

    private static final String QUOTE_S = "(?: ?['’]s)";
    private static final String PRICE_VERB = "(?:rose|fell|closed|gained|jumped|dropped|slipped|ended|climbed|"
            + "tumbled|slumped|surged|soared|sank|plunged|rallied|edged|were|have|had|traded|opened)";
    /** After a name: its shares moving, its chief executive. People have shares but no share price. */
    private static final Pattern EVIDENCE_AFTER = Pattern.compile(
            "^(?: shares " + PRICE_VERB + "\\b|" + QUOTE_S + " (?:share price|shares " + PRICE_VERB + "\\b|"
                    + "chief executive|chief financial officer|CEO\\b|board of directors))");
    /** Before a name: shares in it, its listing, what kind of business it is ("beauty company Coty"). */
    private static final Pattern EVIDENCE_BEFORE = Pattern.compile("\\b(?:shares in|shares of|listing of|"
            + "company|firm|carrier|airline|lender|insurer|retailer|broadcaster|newspaper|carmaker|automaker|"
            + "chipmaker|conglomerate|startup|giant|maker|manufacturer) $");
    /** The last words of {@link #EVIDENCE_BEFORE}. */
    private static final Set<String> EVIDENCE_WORDS = Set.of("in", "of", "company", "firm", "carrier", "airline",
            "lender", "insurer", "retailer", "broadcaster", "newspaper", "carmaker", "automaker", "chipmaker",
            "conglomerate", "startup", "giant", "maker", "manufacturer");
    /** What stands between the members of a list: "A, B and C", "A or B", "A/B". */
    private static final Pattern LIST_GAP = Pattern.compile(" ?, | ?,? (?:and|or|&) | ?/ ?");

    /** A score: "3-1", "121-94", "45-17". */
    private static final Pattern SCORE = Pattern.compile("(?<![\\d.,:/-])\\d{1,3}-\\d{1,3}(?![\\d/-])");
    private static final String RESULT_VERB = "(?:beat|beats|drew|draw|draws|lost|lose|loses|won|win|wins|defeated|"
            + "defeat|edged|edge|routed|rout|thrashed|crushed|downed|blanked|upset|swept|rallied|rolled|were held|"
            + "was held|held)";
    /** The team that wins, draws or loses: "Tottenham lost", "Minnesota rallied". */
    private static final Pattern SUBJECT = Pattern.compile("^" + QUOTE_S + "? " + RESULT_VERB + "\\b");
    /** The other side: "beat Everton", "lost 2-0 to Aston Villa", "drew 1-1 at Everton", "win over Newcastle". */
    private static final Pattern OTHER_SIDE = Pattern.compile("\\b(?:" + RESULT_VERB + "|over|past)(?: \\d{1,3}-\\d{1,3})?"
            + "(?: (?:to|with|at|against|by|on the road at|at home to))? $|\\b\\d{1,3}-\\d{1,3} (?:to|with|at|against|"
            + "over|by|win over|victory over|loss to|defeat to|defeat by) $");

    private static final String SPORTS_ROLE = "(?:head coach|coach|manager|goalkeeper|goalie|goaltender|quarterback|"
            + "striker|defender|defenceman|defenseman|midfielder|forward|winger|captain|pitcher|shortstop|"
            + "running back|wide receiver|linebacker|fly-half|scrum-half)";
    /** After a place: its coach or goalkeeper ("Wild coach Bruce Boudreau", "Minnesota 's quarterback"). */
    private static final Pattern ROLE_AFTER = Pattern.compile("^" + QUOTE_S + "? " + SPORTS_ROLE + "\\b");
    /** Before a place: who scored for it ("homered for Toronto", "14 carries for Eastern Michigan"). */
    private static final Pattern SCORED_FOR = Pattern.compile("\\b(?:scored|homered|goals?|points|rebounds|assists|"
            + "yards|carries|touchdowns?|saves|tries|wickets|runs) (?:for|against) $");

    private final Predicate<String> isNation;

    /** @param isNation whether a name is a country (or one of the UK's home nations) */
    public OrganisationNames(Predicate<String> isNation) {
        this.isNation = isNation;
    }

    /**
     * @param title the headline
     * @param text  the body text
     * @param spans the spans of both fields
     * @param steps the steps to take
     * @return the spans, organisations retyped and completed, title spans first, each field's in text order
     */
    public List<FieldSpan> apply(String title, String text, List<FieldSpan> spans, Set<Step> steps) {
        List<FieldSpan> result = new ArrayList<>(spans);
        if (steps.contains(Step.COMPANY_FORM)) {
            result = companyForms(title, text, result);
        }
        Set<String> organisations = new HashSet<>();
        if (steps.contains(Step.NEWS_SOURCES)) {
            newsSources(title, text, result, organisations);
        }
        Set<String> clubs = new HashSet<>();
        Set<FieldSpan> listed = steps.contains(Step.COORDINATION)
                ? listedAmongOrganisations(title, text, result) : Set.of();
        for (FieldSpan span : result) {
            String field = span.in() == TextField.TITLE ? title : text;
            // Not places: "Tokyo shares closed higher" is the market of a city.
            boolean personOrOrganisation =
                    span.type() == EntityType.PERSON || span.type() == EntityType.ORGANIZATION;
            if (steps.contains(Step.ORGANISATION_EVIDENCE) && personOrOrganisation
                    && hasOrganisationEvidence(field, span)) {
                organisations.add(span.text());
            }
            boolean town = span.type() == EntityType.LOCATION && !isNation.test(span.text());
            if (town && (steps.contains(Step.SPORTS_TEAMS) && playsAMatch(field, span)
                    || steps.contains(Step.CLUB_ROLES) && hasClubRole(field, span))) {
                clubs.add(span.text());
            }
        }
        if (steps.contains(Step.NATIONS)) {
            result = nationsArePlaces(result);
        }
        if (organisations.isEmpty() && clubs.isEmpty() && listed.isEmpty()) {
            return result;
        }
        List<FieldSpan> retyped = new ArrayList<>(result.size());
        List<FieldSpan> grown = new ArrayList<>();
        for (FieldSpan span : result) {
            boolean organisation = span.type() == EntityType.PERSON && organisations.contains(span.text())
                    || span.type() == EntityType.LOCATION && clubs.contains(span.text()) || listed.contains(span);
            FieldSpan club = span.type() == EntityType.LOCATION && !organisation
                    ? clubEndingIn(span.in() == TextField.TITLE ? title : text, span, clubs) : null;
            retyped.add(organisation ? span.withType(EntityType.ORGANIZATION) : club != null ? club : span);
            if (club != null) {
                grown.add(club);
            }
        }
        removeCovered(retyped, grown);
        return retyped;
    }

    private List<FieldSpan> nationsArePlaces(List<FieldSpan> spans) {
        List<FieldSpan> result = new ArrayList<>(spans.size());
        for (FieldSpan span : spans) {
            boolean nation = span.type() == EntityType.ORGANIZATION && isNation.test(span.text());
            result.add(nation ? span.withType(EntityType.LOCATION) : span);
        }
        return result;
    }

    /**
     * Lists of names ("SpaceX and Blue Origin, Sierra Nevada and Tyvak", "FC Porto, Inter Milan, Chelsea, Real Madrid
     * and Manchester United") with at least two organisations: a one-word person, when it is the list's only person,
     * and a place that is not a nation, when the list holds more organisations than places, are organisations there.
     * Only where they stand: "Trump and US Trade Representative Robert Lighthizer" says nothing about Trump.
     *
     * @return the spans to retype
     */
    private Set<FieldSpan> listedAmongOrganisations(String title, String text, List<FieldSpan> spans) {
        Set<FieldSpan> listed = new HashSet<>();
        List<FieldSpan> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparing(FieldSpan::in).thenComparingInt(FieldSpan::start));
        int first = 0;
        for (int i = 1; i <= ordered.size(); i++) {
            // A gap is at most " , and ": longer ones are not read.
            boolean continues = i < ordered.size() && ordered.get(i).in() == ordered.get(i - 1).in()
                    && ordered.get(i).start() > ordered.get(i - 1).end()
                    && ordered.get(i).start() - ordered.get(i - 1).end() <= 7
                    && LIST_GAP.matcher((ordered.get(i).in() == TextField.TITLE ? title : text)
                            .substring(ordered.get(i - 1).end(), ordered.get(i).start())).matches();
            if (!continues) {
                retypeList(ordered.subList(first, i), listed);
                first = i;
            }
        }
        return listed;
    }

    private void retypeList(List<FieldSpan> list, Set<FieldSpan> listed) {
        if (list.size() < 2) {
            return;
        }
        EnumMap<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        list.forEach(span -> counts.merge(span.type(), 1, Integer::sum));
        int companies = counts.getOrDefault(EntityType.ORGANIZATION, 0);
        int people = counts.getOrDefault(EntityType.PERSON, 0);
        int locations = counts.getOrDefault(EntityType.LOCATION, 0);
        for (FieldSpan span : list) {
            boolean person = span.type() == EntityType.PERSON && people == 1 && span.text().indexOf(' ') < 0;
            boolean place = span.type() == EntityType.LOCATION && companies > locations && !isNation.test(span.text());
            if ((person || place) && companies >= 2) {
                listed.add(span);
            }
        }
    }

    /**
     * The club whose name ends with this place where the text names the club ("Eastern [Michigan]" where "Eastern
     * Michigan" played): the CRF's place is the end of the club's name.
     */
    private static FieldSpan clubEndingIn(String field, FieldSpan span, Set<String> clubs) {
        for (String club : clubs) {
            int start = span.end() - club.length();
            if (club.length() > span.text().length() && club.endsWith(" " + span.text()) && start >= 0
                    && field.startsWith(club, start)
                    && (start == 0 || !Character.isLetterOrDigit(field.charAt(start - 1)))) {
                return new FieldSpan(span.in(), start, span.end(), EntityType.ORGANIZATION, club);
            }
        }
        return null;
    }

    private static List<FieldSpan> companyForms(String title, String text, List<FieldSpan> spans) {
        List<FieldSpan> result = new ArrayList<>(spans.size());
        List<FieldSpan> grown = new ArrayList<>();
        for (FieldSpan span : spans) {
            if (span.type() == EntityType.MISC) {
                result.add(span);
                continue;
            }
            String field = span.in() == TextField.TITLE ? title : text;
            int end = span.end();
            Matcher following = FOLLOWING_FORM.matcher(field).region(end, field.length());
            if (following.lookingAt()) {
                end = following.end();
            }
            if (end < field.length() && field.charAt(end) == '.'
                    && ABBREVIATION.matcher(field.substring(span.start(), end)).matches()) {
                end++;
            }
            if (end > span.end() && !PLACE.matcher(field.substring(span.start(), end)).matches()) {
                FieldSpan whole = new FieldSpan(
                        span.in(), span.start(), end, EntityType.ORGANIZATION, field.substring(span.start(), end));
                result.add(whole);
                grown.add(whole);
            } else {
                boolean company = ENDS_IN_FORM.matcher(span.text()).matches() && !PLACE.matcher(span.text()).matches();
                result.add(company ? span.withType(EntityType.ORGANIZATION) : span);
            }
        }
        removeCovered(result, grown);
        return result;
    }

    /** A span a grown one now covers ("Toyota" and "Motor Corp" tagged apart) gives way to it. */
    private static void removeCovered(List<FieldSpan> spans, List<FieldSpan> grown) {
        if (!grown.isEmpty()) {
            spans.removeIf(span -> grown.stream().anyMatch(g -> g != span && g.in() == span.in()
                    && g.start() < span.end() && span.start() < g.end()));
        }
    }

    /** Before a one-word name: something told to it, or said according to it. */
    private static final Pattern TOLD = Pattern.compile("\\b(?:told|according to|reported by|published by) $");
    private static final Pattern REPORTED = Pattern.compile("^ reported\\b");

    private static void newsSources(String title, String text, List<FieldSpan> spans, Set<String> organisations) {
        Set<String> fullNameWords = new HashSet<>();
        for (FieldSpan span : spans) {
            if (span.type() == EntityType.PERSON && span.text().indexOf(' ') > 0) {
                fullNameWords.addAll(List.of(span.text().split(" ")));
            }
            // a name with a title before it is a person's ("president Suharto"), however often it is told things
            String field = span.in() == TextField.TITLE ? title : text;
            if (span.type() == EntityType.PERSON && PersonTitles.isPersonTitle(wordBefore(field, span.start()))) {
                fullNameWords.add(span.text());
            }
        }
        for (FieldSpan span : spans) {
            if (span.type() != EntityType.PERSON) {
                continue;
            }
            String field = span.in() == TextField.TITLE ? title : text;
            String name = span.text();
            boolean source = name.indexOf(' ') < 0 && !fullNameWords.contains(name)
                    && (TOLD.matcher(before(field, span.start(), 16)).find()
                    || REPORTED.matcher(field).region(span.end(), field.length()).lookingAt());
            if (source || name.startsWith("The ")) {
                organisations.add(name);
            }
        }
    }

    private static boolean hasOrganisationEvidence(String field, FieldSpan span) {
        return EVIDENCE_AFTER.matcher(field).region(span.end(), field.length()).lookingAt()
                || EVIDENCE_WORDS.contains(wordBefore(field, span.start()))
                && EVIDENCE_BEFORE.matcher(before(field, span.start(), 24)).find();
    }

    /** The word right before a span and one space ("" if none): a cheap test before the patterns that end there. */
    private static String wordBefore(String field, int start) {
        if (start < 2 || field.charAt(start - 1) != ' ') {
            return "";
        }
        int from = start - 1;
        while (from > 0 && Character.isLetter(field.charAt(from - 1))) {
            from--;
        }
        return field.substring(from, start - 1);
    }

    /** Up to {@code length} characters before {@code start} on its line. */
    private static String before(String field, int start, int length) {
        int lineStart = field.lastIndexOf('\n', start - 1) + 1;
        return field.substring(Math.max(lineStart, start - length), start);
    }

    private static boolean hasClubRole(String field, FieldSpan span) {
        String word = wordBefore(field, span.start());
        return ROLE_AFTER.matcher(field).region(span.end(), field.length()).lookingAt()
                || (word.equals("for") || word.equals("against"))
                && SCORED_FOR.matcher(before(field, span.start(), 24)).find();
    }

    private static boolean playsAMatch(String field, FieldSpan span) {
        int start = sentenceStart(field, span.start());
        int end = sentenceEnd(field, span.end());
        if (!SCORE.matcher(field).region(start, end).find()) {
            return false;
        }
        return SUBJECT.matcher(field).region(span.end(), end).lookingAt()
                || OTHER_SIDE.matcher(field.substring(Math.max(start, span.start() - 40), span.start())).find();
    }

    private static int sentenceStart(String field, int from) {
        for (int i = from - 1; i > 0; i--) {
            char c = field.charAt(i);
            if (c == '\n' || (c == ' ' && ".!?".indexOf(field.charAt(i - 1)) >= 0)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String field, int from) {
        for (int i = from; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\n' || ".!?".indexOf(c) >= 0 && (i + 1 == field.length() || field.charAt(i + 1) == ' '
                    || field.charAt(i + 1) == '\n')) {
                return i;
            }
        }
        return field.length();
    }
}
