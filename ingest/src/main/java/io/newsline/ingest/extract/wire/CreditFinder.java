package io.newsline.ingest.extract.wire;

import io.newsline.ingest.extract.wire.Agencies.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds every place a story's page names a news agency and says what kind of evidence of the text's source each one
 * is: a dateline ("MOSCOW (AFP) -", "PARIS, 3 mars (AFP) -", "Madrid, 13 sep (EFE).-", "Berlin (dpa/lhe) -"), a
 * byline or closing credit line ("By AFP", "AFP/Relaxnews", "-- BERNAMA", "dpa/lnw", "© dpa-infocom",
 * "Source: Xinhua", "(With inputs from PTI)"), a credit at the end of the last paragraph ("... said. -- AFP"), the
 * agency speaking of its own reporting ("an AFP reporter saw", "told AFP", "a Reuters poll", "a déclaré à l'AFP"),
 * the text citing an agency ("according to Xinhua", "Xinhua reported"), a photo credit ("(Photo by X / AFP)",
 * "AP Photo/X", "Symbolfoto: dpa") or a mere mention. Which evidence wins is publish's decision; this class only
 * classifies, by the words around each name, in English, French, German and Spanish. Immutable and thread-safe.
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

    private static final Pattern PHOTO_WORDS = Pattern.compile("(?iu)(?<!\\p{L})(photos?|fotos?|bild|bilder|images?|"
            + "pictures?|pics?|photographs?|photographie|file|symbolfoto|symbolbild|getty|"
            + "credits?|crédits?|via|shutterstock|epa|illustration|caption)(?!\\p{L})");
    /** "AFP / ERIC PIERMONT", "AP Photo/Name": a slash and a person's name after the agency. */
    private static final Pattern NAME_AFTER_SLASH = Pattern.compile("^\\s*/\\s*\\p{Lu}[\\p{L}.'’\\-]+\\s+\\p{Lu}");
    /** "Charlie Neibergall / AP": a person's name and a slash before the agency. */
    private static final Pattern NAME_BEFORE_SLASH = Pattern.compile("\\p{Lu}[\\p{L}.'’\\-]+\\s+\\p{Lu}[\\p{L}.'’\\-]+\\s*/\\s*$");
    private static final Pattern SELF_AFTER = Pattern.compile("(?iu)^[\\s'’\\-]{0,3}(reporters?|correspondents?|"
            + "journalists?|photographers?|photojournalists?|team|crew|staff|stringers?|tally|count|calculations?|poll|"
            + "survey|investigation|has learned|learned|understands|reported seeing|saw|witnessed|footage|"
            + "journalistes?|correspondante?s?|photographes?|équipe|décompte|sondage|enquête|reporterin|"
            + "korrespondent(?:in)?|fotograf(?:in)?|umfrage|periodistas?|corresponsal(?:es)?|fotógrafos?|equipo|"
            + "recuento|encuesta|constató|pudo constatar)(?!\\p{L})");
    private static final Pattern SELF_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(told|tells|telling|tell|said to|"
            + "confirmed to|explained to|interview with|interviewed by|contacted by|polled by|surveyed by|"
            + "spoke to|speaking to|speaking with|journalistes?|correspondante?s?|photographes?|équipe|décompte|"
            + "calculs?|déclaré|indiqué|dit|confié|expliqué|affirmé|précisé|assuré|interrogée?s?|contactée?s?|"
            + "sondée?s?|consensus|sagte|sagten|erklärte|erklärten|betonte|dijo|declaró|explicó|afirmó|indicó|aseguró|"
            + "precisó|manifestó)\\s+(?:à\\s+l['’]|à\\s+|par\\s+l['’]|par\\s+|de\\s+l['’]|a\\s+la\\s+|a\\s+|der\\s+"
            + "|dem\\s+|the\\s+|by\\s+)?$");
    private static final Pattern CITE_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(according to|citing|cited by|"
            + "quoted by|quoting|reports?|reported by|as reported by|selon|d['’]après|citant|cité par|rapporte|laut|"
            + "berichtete|berichtet|meldete|meldet|según|citando|informó|per)\\s+(?:the\\s+|l['’]|la\\s+|der\\s+|dem\\s+|die\\s+|el\\s+)?"
            + "(?:(?:state\\s+)?news\\s+agency\\s+|agence\\s+|agencia\\s+|nachrichtenagentur\\s+)?$");
    private static final Pattern CITE_AFTER = Pattern.compile("(?iu)^\\s*(?:(?:state\\s+)?news\\s+agency|agency|"
            + "nachrichtenagentur|agencia)?\\s*,?\\s*(reported|reports|said|says|quoted|cited|added|a rapporté|"
            + "rapporte|a annoncé|berichtete|berichtet|meldete|meldet|zufolge|informó|reportó|dijo)(?!\\p{L})");
    /** Words a credit line may hold besides agency names. */
    private static final Pattern CREDIT_WORDS = Pattern.compile("(?iu)(?<!\\p{L})(by|par|von|por|di|de|source|"
            + "sources|quelle|quellen|fuente|fuentes|agency|agencies|agence|agences|agencia|agencias|agentur|news|"
            + "newswires?|wires?|service|with|inputs?|from|additional|reporting|texte?|copyright|end|fin|published|"
            + "updated|publié|mis à jour|veröffentlicht|aktualisiert|am|on|le|el|and|et|und|y|relaxnews|infocom|"
            + "redacción|rédaction|redaktion|staff|desk)(?!\\p{L})|©|\\(c\\)|[\\p{N}]+|[\\p{P}\\p{S}]+");
    private static final Pattern LOWER_CODE = Pattern.compile("^\\p{Ll}{2,4}$");
    private static final Pattern BY_START = Pattern.compile("(?iu)^(by|par|von|por|di|door)\\s");
    /** A credit at the end of a paragraph: "... said. -- AFP", "... (AFP)", "... (With inputs from PTI)". */
    private static final Pattern TRAILING = Pattern.compile(
            "(?iu)(?:[-–—]{1,2}\\s*|\\(\\s*(?:with\\s+inputs?\\s+from\\s+)?)$");

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
            for (Mention m : agencies.findAll(line)) {
                Kind kind = captions.contains(i) ? Kind.PHOTO : classify(line, m, i < bodyStart);
                found.add(new Evidence(m.code(), kind, excerpt(line, m)));
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

    private Kind classify(String line, Mention m, boolean header) {
        String before = line.substring(Math.max(0, m.start() - 60), m.start());
        String after = line.substring(m.end(), Math.min(line.length(), m.end() + 40));
        if (isPhoto(line, m, before, after)) {
            return Kind.PHOTO;
        }
        if (isDateline(line, m)) {
            return Kind.DATELINE;
        }
        if (isCreditLine(line)) {
            return header ? Kind.BYLINE : Kind.CLOSING;
        }
        if (isTrailingCredit(line, m, before)) {
            return Kind.CLOSING;
        }
        if (SELF_AFTER.matcher(after).find() || SELF_BEFORE.matcher(before).find()) {
            return Kind.PHRASE;
        }
        if (CITE_BEFORE.matcher(before).find() || CITE_AFTER.matcher(after).find()) {
            return Kind.CITATION;
        }
        return Kind.MENTION;
    }

    private static boolean isPhoto(String line, Mention m, String before, String after) {
        // Only within the clause of the name: "Photo: AFP", "(AFP / NAME)", not a sentence away.
        String b = before.substring(Math.max(0, before.length() - 30));
        int cut = Math.max(b.lastIndexOf(". "), b.lastIndexOf(") "));
        b = cut >= 0 ? b.substring(cut + 2) : b;
        String a = after.substring(0, Math.min(after.length(), 15));
        int end = a.indexOf(". ");
        a = end >= 0 ? a.substring(0, end) : a;
        return PHOTO_WORDS.matcher(b + " " + a).find() || NAME_AFTER_SLASH.matcher(after).find()
                || NAME_BEFORE_SLASH.matcher(before).find();
    }

    /** "PLACE[, date] (… AGENCY …) - text", or "(AGENCY) - text" at the start of a paragraph. */
    private boolean isDateline(String line, Mention m) {
        int open = line.lastIndexOf('(', m.start());
        int close = line.indexOf(')', m.end());
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
        boolean dash = rest.matches("(?s)^\\s*\\.?\\s*[-–—:]+.*");
        String text = rest.replaceFirst("^[\\s.,:;\\-–—]+", "");
        if (words(text) < 4) {
            return false;
        }
        if (prefix.isEmpty()) {
            return dash;
        }
        return Character.isUpperCase(prefix.codePointAt(0)) && words(prefix) <= 9 && prefix.length() <= 70
                && !prefix.matches("(?s).*[!?\"“”«»].*") && !prefix.matches("(?s).*\\p{Ll}{3,}\\.\\s.*");
    }

    /** A short line that holds agency names, credit words and dates, and hardly anything else. */
    private boolean isCreditLine(String line) {
        if (line.length() > 110 || words(line) > 14 || line.endsWith(".") && words(line) > 6) {
            return false;
        }
        String rest = line;
        List<Mention> mentions = agencies.findAll(line);
        for (int k = mentions.size() - 1; k >= 0; k--) {
            rest = rest.substring(0, mentions.get(k).start()) + " " + rest.substring(mentions.get(k).end());
        }
        rest = CREDIT_WORDS.matcher(rest).replaceAll(" ");
        int residue = 0;
        for (String w : rest.strip().split("\\s+")) {
            if (!w.isEmpty() && !LOWER_CODE.matcher(w).matches()) {
                residue++;
            }
        }
        return residue <= (BY_START.matcher(line).find() ? 4 : 2);
    }

    /** The name closes the paragraph: "... said. -- AFP", "... (AFP)", "... (With inputs from PTI)". */
    private static boolean isTrailingCredit(String line, Mention m, String before) {
        String tail = line.substring(m.end()).replaceAll("(?iu)\\s*/\\s*[\\p{L}\\-]{2,12}", "");
        return tail.matches("\\s*\\)?\\s*\\.?\\s*") && TRAILING.matcher(before).find() && m.start() > 0;
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
