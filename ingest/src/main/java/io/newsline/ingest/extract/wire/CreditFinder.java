package io.newsline.ingest.extract.wire;

import io.newsline.ingest.extract.wire.Agencies.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every place a story's page names a news agency and says what kind of evidence of the text's source each one
 * is: a dateline ("MOSCOW (AFP) -", "PARIS, 3 mars (AFP) -", "Madrid, 13 sep (EFE).-", "Berlin (dpa/lhe) -"), a
 * byline or closing credit line ("By AFP", "AFP/Relaxnews", "-- BERNAMA", "dpa/lnw", "© dpa-infocom",
 * "Source: Xinhua", "(With inputs from PTI)"), a credit at the end of the last paragraph ("... said. -- AFP"), a
 * shared credit ("The Associated Press contributed to this report", "Contributing: X, Associated Press", "With
 * reporting by AFP and Reuters"), the agency speaking of its own reporting ("an AFP reporter saw", "a Reuters poll",
 * "un journaliste de l'AFP a vu") or of its interviews ("told AFP", "a déclaré à l'AFP", "disse à Lusa": evidence
 * of the agency's copy, never a credit), the text citing an agency ("according to Xinhua", "Xinhua reported"), a
 * photo credit ("(Photo by X / AFP)", "AP Photo/X", "Symbolfoto: dpa") or a mere mention. A name that is also an everyday word ("PA", "TT",
 * "MENA") counts only as a credit or photo credit; look-alikes are nothing more than mentions: an acronym introduced
 * ("Americans for Prosperity (AFP), the ..."), a citation format ("MLA / APA"). The shapes are the same for every agency ({@link CreditWords}, in English,
 * French, Spanish, German, Portuguese and Italian); the agencies are data ({@link Agencies}). Which evidence wins is
 * publish's decision; this class only classifies. Immutable and thread-safe.
 */
public final class CreditFinder {

    /** Kinds of evidence, strongest first. */
    public enum Kind { DATELINE, BYLINE, CLOSING, PHRASE, CITATION, PHOTO, MENTION }

    /**
     * @param agency the agency code
     * @param kind what kind of evidence it is
     * @param text the words that carry it, as printed (at most {@value #MAX_TEXT} characters)
     */
    public record Evidence(String agency, Kind kind, String text) {
    }

    static final int MAX_TEXT = 120;
    private static final int MAX_EVIDENCE = 12;
    /** How many lines from a list of citation formats a name is still part of the "cite this" block. */
    private static final int STYLE_REACH = 3;
    /** A dateline without brackets: "MELBOURNE, AAP - text", the place in capitals. */
    private static final Pattern BARE_DATELINE_PLACE = Pattern.compile("^\\p{Lu}[\\p{Lu}.'’\\- ]{1,40},\\s*$");
    private static final Pattern DASH_THEN_TEXT = Pattern.compile("^\\s*[-–—:]+\\s+\\S");
    /**
     * A word a dateline's place and date do not hold: a lower-case word of five letters or more that is not a
     * month ("Singapore's ruling People's Action Party (PAP) won": an acronym introduced, not a dateline).
     */
    private static final Pattern NOT_PLACE_OR_DATE = Pattern.compile("(?u)(?<!\\p{L})(?!(?:jan|feb|fev|fév|mar|mär|"
            + "apr|avr|abr|mai|may|mag|jun|jui|giu|jul|lug|aug|aoû|ago|sep|set|oct|okt|ott|out|nov|dec|déc|dic|dez|"
            + "ene|gen)\\p{L}*)\\p{Ll}{5,}");
    private static final Pattern ARTICLE_FIRST = Pattern.compile("^(?:The|A|An|Der|Die|Das|Le|La|Les|El|Los|Las|Il|"
            + "Lo|Gli|O|Os|As|Een|De|Het)\\s");
    private static final Pattern RIGHTS_RESERVED = Pattern.compile(
            "(?iu).*(rights reserved|réservés|reservados|vorbehalten|riservat[ie])\\.?$");

    private final Agencies agencies;

    public CreditFinder(Agencies agencies) {
        this.agencies = agencies;
    }

    /**
     * @param lines the story's lines in reading order: header (headline, byline, date), paragraphs, captions among
     *     them, and what follows the text up to the first list of other stories
     * @param bodyStart the index of the first paragraph of the story; credit lines above it are bylines, below closing
     * @param captions the indexes of lines known to be photo captions: every agency they name is a photo credit
     * @return the evidence, strongest kind first and in reading order within a kind; one per agency and kind
     */
    public List<Evidence> find(List<String> lines, int bodyStart, Set<Integer> captions) {
        List<Evidence> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Kind previous = null;
            int previousEnd = 0;
            List<Mention> mentions = agencies.findAll(line);
            // the lines around are read only for a line that names an agency: for every line of a page of
            // thousands of lines (a hub page of links) that read was a twentieth of its extraction
            boolean citationFormat = !mentions.isEmpty() && nearCitationFormats(lines, i);
            for (Mention m : mentions) {
                Kind kind = captions.contains(i) ? Kind.PHOTO
                        : citationFormat ? Kind.MENTION : classify(line, m, i < bodyStart);
                // "With AFP and Reuters": a name listed after a credit shares its kind.
                if (previous != null && isCredit(previous) && !isCredit(kind) && kind != Kind.PHOTO
                        && CreditWords.LIST_JOIN.matcher(line.substring(previousEnd, m.start())).matches()) {
                    kind = previous;
                }
                if (m.creditOnly() && !isCredit(kind) && kind != Kind.PHOTO) {
                    continue; // "the MENA region", "Pittsburgh, PA": an everyday word, not this agency
                }
                found.add(new Evidence(m.code(), kind, excerpt(line, m)));
                previous = kind;
                previousEnd = m.end();
            }
        }
        found.sort(Comparator.comparingInt((Evidence e) -> e.kind().ordinal()));
        List<Evidence> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Evidence e : found) {
            if (out.size() < MAX_EVIDENCE && seen.add(e.agency() + "|" + e.kind())) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Whether line {@code i} is part of a "cite this article" block: it, or a line at most {@value #STYLE_REACH}
     * away, is a list of citation formats with one that is no agency's name ("MLA", "Harvard").
     */
    private static boolean nearCitationFormats(List<String> lines, int i) {
        for (int k = Math.max(0, i - STYLE_REACH); k <= Math.min(lines.size() - 1, i + STYLE_REACH); k++) {
            String line = lines.get(k).strip();
            if (line.length() <= 60 && CreditWords.CITATION_STYLES.matcher(line).matches()
                    && CreditWords.STYLE_OTHER_THAN_AGENCY.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether evidence of this kind credits the text to the agency: a dateline, byline or closing credit. */
    public static boolean isCredit(Kind kind) {
        return kind.compareTo(Kind.CLOSING) <= 0;
    }

    private Kind classify(String line, Mention m, boolean header) {
        String before = line.substring(Math.max(0, m.start() - 60), m.start());
        String after = line.substring(m.end(), Math.min(line.length(), m.end() + 40));
        if (isPhoto(before, after)) {
            return Kind.PHOTO;
        }
        if (isDateline(line, m)) {
            return Kind.DATELINE;
        }
        if (isCreditLine(line, m.creditOnly()) || isCreditEnding(line, m)
                || CreditWords.CREDIT_BEFORE.matcher(before).find()
                || CreditWords.LEADING_CREDIT.matcher(line.substring(0, m.start())).find()
                || CreditWords.CONTRIBUTING_BEFORE.matcher(line.substring(0, m.start())).find()
                || CreditWords.CREDIT_AFTER.matcher(line.substring(m.end(), Math.min(line.length(), m.end() + 140)))
                        .find()
                || CreditWords.CONTRIBUTED_AFTER.matcher(line.substring(m.end())).find()
                || CreditWords.STAFF_TITLE_BEFORE.matcher(before).find()
                        && CreditWords.STAFF_TITLE_AFTER.matcher(after).find()) {
            return header ? Kind.BYLINE : Kind.CLOSING;
        }
        // "told AFP": the agency's own interview, evidence of its copy (an AFP story says it), never a credit: "told
        // Reuters" inside an AFP story weighs less than any credit of AFP's, and publish names no source from it on a
        // page that no other site carries (a paper quoting the agency's interview).
        if (CreditWords.TOLD_BEFORE.matcher(before).find() || CreditWords.OWN_AFTER.matcher(after).find()
                || CreditWords.OWN_BEFORE.matcher(before).find()) {
            return Kind.PHRASE;
        }
        if (CreditWords.CITE_BEFORE.matcher(before).find() || CreditWords.CITE_AFTER.matcher(after).find()) {
            return Kind.CITATION;
        }
        return Kind.MENTION;
    }

    private static boolean isPhoto(String before, String after) {
        // Only within the clause of the name: "Photo: AFP", "(AFP / NAME)", not a sentence away.
        String b = before.substring(Math.max(0, before.length() - 30));
        int cut = Math.max(b.lastIndexOf(". "), b.lastIndexOf(") "));
        b = cut >= 0 ? b.substring(cut + 2) : b;
        String a = after.substring(0, Math.min(after.length(), 15));
        int end = a.indexOf(". ");
        a = end >= 0 ? a.substring(0, end) : a;
        return CreditWords.PHOTO.matcher(b + " " + a).find() || CreditWords.NAME_AFTER_SLASH.matcher(after).find()
                || CreditWords.NAME_BEFORE_SLASH.matcher(before).find()
                || CreditWords.IN_BRACKETS_AFTER_NAME.matcher(before).find();
    }

    /**
     * "PLACE[, date] (… AGENCY …) - text", "PLACE, date. /AGENCY/. text", "(AGENCY) - text" at the start of a
     * paragraph, or "PLACE, AGENCY - text" with the place in capitals.
     */
    private boolean isDateline(String line, Mention m) {
        int open = line.lastIndexOf('(', m.start());
        int close = line.indexOf(')', m.end());
        String head = line.substring(0, m.start()).stripTrailing();
        String tail = line.substring(m.end()).stripLeading();
        if (head.endsWith("/") && tail.startsWith("/")) {
            open = head.length() - 1;
            close = line.length() - tail.length();
        } else if (open < 0 && !m.creditOnly() && BARE_DATELINE_PLACE.matcher(line.substring(0, m.start())).matches()) {
            return DASH_THEN_TEXT.matcher(line.substring(m.end())).find() && words(tail) >= 5;
        }
        if (open < 0 || close < 0 || open > 70 || close - open > 100 || line.lastIndexOf(')', m.start()) > open) {
            return false;
        }
        String inside = line.substring(open + 1, close);
        String insideRest = inside;
        for (Mention x : agencies.findAll(inside)) {
            insideRest = insideRest.replace(inside.substring(x.start(), x.end()), " ");
        }
        if (words(insideRest.replaceAll("[\\p{P}\\p{S}\\p{N}]+", " ")) > 8) {
            return false;
        }
        String prefix = line.substring(0, open).strip();
        String rest = line.substring(close + 1);
        if (rest.startsWith(",") || spellsInitials(prefix, inside.strip())) {
            return false; // "Americans for Prosperity (AFP), the group ...": an acronym introduced
        }
        boolean dash = rest.matches("(?s)^\\s*\\.?\\s*[-–—:]+.*");
        String text = rest.replaceFirst("^[\\s.,:;\\-–—]+", "");
        if (words(text) < 4) {
            return false;
        }
        if (prefix.isEmpty()) {
            return dash;
        }
        // Without a dash after the brackets ("Taipei, March 5 (CNA) Taiwan's ...", "München (AFP) Zum ..."), a
        // dateline has a date, a place in capitals or a short place name: "The Unified Payments Interface (UPI)
        // handled" introduces an acronym.
        String place = prefix.split(",")[0];
        boolean marked = dash || rest.startsWith(". ") || prefix.matches("(?s).*\\p{N}.*")
                || place.equals(place.toUpperCase(java.util.Locale.ROOT))
                || words(place) <= 3 && !ARTICLE_FIRST.matcher(place).find();
        return marked && Character.isUpperCase(prefix.codePointAt(0)) && words(prefix) <= 9 && prefix.length() <= 70
                && !prefix.matches("(?s).*[!?\"“”«»].*") && !prefix.matches("(?s).*\\p{Ll}{3,}\\.\\s.*")
                && !NOT_PLACE_OR_DATE.matcher(prefix).find();
    }

    /**
     * A short line that holds agency names, credit words and dates, and hardly anything else; when the name is also
     * an everyday word, nothing else at all ("PAP wins" is a headline, not a credit) but a byline's author name.
     */
    private boolean isCreditLine(String line, boolean strict) {
        if (line.length() > 110 || words(line) > 14
                || line.endsWith(".") && words(line) > 6 && !RIGHTS_RESERVED.matcher(line).matches()) {
            return false;
        }
        boolean by = CreditWords.BY_START.matcher(line).find();
        return residue(line) <= (strict ? (by ? 3 : 0) : by ? 4 : 2);
    }

    /** Words of {@code text} that are neither agency names, nor credit words, nor desk codes ("lnw", "sfr"). */
    private int residue(String text) {
        String rest = text;
        List<Mention> mentions = agencies.findAll(text);
        for (int k = mentions.size() - 1; k >= 0; k--) {
            rest = rest.substring(0, mentions.get(k).start()) + " " + rest.substring(mentions.get(k).end());
        }
        rest = CreditWords.CREDIT_LINE.matcher(rest).replaceAll(" ");
        int residue = 0;
        for (String w : rest.strip().split("\\s+")) {
            if (!w.isEmpty() && !CreditWords.LOWER_CODE.matcher(w).matches()) {
                residue++;
            }
        }
        return residue;
    }

    /**
     * The last part of the paragraph, after its last sentence, dash or opening bracket, is a credit and nothing
     * else: "... said. -- AFP", "... (AFP)", "... (with PTI inputs)", "... officials. APP/ams".
     */
    private boolean isCreditEnding(String line, Mention m) {
        if (m.start() == 0) {
            return false;
        }
        Matcher boundary = CreditWords.SEGMENT_START.matcher(line);
        int from = -1;
        while (boundary.find() && boundary.end() <= m.start()) {
            from = boundary.end();
        }
        return from >= 0 && residue(line.substring(from)) == 0;
    }

    /**
     * Whether the words just before a bracket, after any comma, spell its acronym ("Americans for Prosperity
     * (AFP)", "Agence Publique (AP)"), with or without their short joining words.
     */
    static boolean spellsInitials(String prefix, String acronym) {
        if (acronym.length() < 2 || acronym.length() > 8 || !acronym.chars().allMatch(Character::isLetter)) {
            return false;
        }
        // only the name after the place's comma: "ASUNCION, Paraguay (AP)" is a dateline
        String[] words = prefix.substring(prefix.lastIndexOf(',') + 1).strip().split("[\\s\\-]+");
        for (boolean withShort : new boolean[] {true, false}) {
            StringBuilder initials = new StringBuilder();
            for (int k = words.length - 1; k >= 0 && initials.length() < acronym.length(); k--) {
                String w = words[k];
                if (w.isEmpty() || !Character.isLetter(w.charAt(0))
                        || !withShort && Character.isLowerCase(w.charAt(0))) {
                    continue;
                }
                initials.insert(0, Character.toUpperCase(w.charAt(0)));
            }
            if (initials.toString().equals(acronym.toUpperCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String excerpt(String line, Mention m) {
        if (line.length() <= MAX_TEXT) {
            return line;
        }
        int from = Math.max(0, Math.min(m.start() - 50, line.length() - MAX_TEXT));
        int to = Math.min(line.length(), from + MAX_TEXT);
        return line.substring(from, to).strip();
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
